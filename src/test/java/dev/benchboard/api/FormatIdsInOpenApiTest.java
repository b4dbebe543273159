package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.ImporterCatalog;
import dev.benchboard.ingest.model.Importer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI description's upload format field enumerates every importer's id (no Spring context needed). */
class FormatIdsInOpenApiTest {

    @Test
    void theFormatFieldListsEveryFormatId() {
        List<String> ids = ImporterCatalog.all().stream().map(Importer::format).sorted().toList();
        ObjectSchema multipart = new ObjectSchema();
        multipart.addProperty("format", new StringSchema());
        multipart.addProperty("file", new StringSchema());
        Operation upload = new Operation().requestBody(new RequestBody().content(
                new Content().addMediaType("multipart/form-data", new MediaType().schema(multipart))));
        Operation query = new Operation().addParametersItem(new Parameter().name("format").schema(new StringSchema()));
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/evaluations/{id}/uploads", new PathItem().post(upload))
                .addPathItem("/api/other", new PathItem().get(query)));

        ApiDescription.enumerateFormats(api, ids);

        assertThat(multipart.getProperties().get("format").getEnum()).containsExactlyElementsOf(ids)
                .contains("autocannon", "locust-stats", "locust-history", "locust-failures", "jmh", "gatling-log",
                        "gatling-stats", "ab", "siege");
        assertThat(multipart.getProperties().get("file").getEnum()).isNull();
        assertThat(query.getParameters().getFirst().getSchema().getEnum()).containsExactlyElementsOf(ids);
    }
}
