package dev.benchboard.api;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.FormatRegistry;
import dev.benchboard.ingest.model.Importer;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header: what every call shares (authentication, the one error body). */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Benchboard API", version = "1", description = """
        Every call needs `Authorization: Bearer <token>` (POST /api/tokens with HTTP Basic mints one).

        **Errors.** Every refusal is a 4xx with one JSON body, `{error, format, line, column, field, expected, found,
        problems[], problemCount, existingUploadId}` (absent fields left out): `error` says what is wrong, the others
        where and what was expected. 400: a bad parameter, invalid JSON (with its JSON path), a text longer than its
        column (the message says the limit: evaluation name 200, description 4000, candidate name 100, version and Go
        version 50, notes 2000, upload file name 500, label 200), a malformed multipart body (no or invalid boundary,
        cut off, a control character such as NUL in the file name). 401/403: credentials or scope. 404: no such
        evaluation, upload or share, or no such API path. 405/415: a method or Content-Type the path does not take.
        409: the same file again. 413: a size limit (the message names the property). 422: a file or backup that
        cannot be used (format, line, field, expected) — except from GET /api/evaluations/{id}/gate, whose 422 is
        the CI gate's "fail" with its own body ({pass: false, failing: [rows with their explanation], …}). A 500 is a fault of the server: its body gives a reference
        to the server log. No message names a Java class."""))
class ApiDescription {

    static final String FORMAT_PARAMETER = "format";

    static {
        // A domain sentence is written as its English text (Sentence's JSON serialiser); described as what it is on the wire.
        SpringDocUtils.getConfig().replaceWithClass(Sentence.class, String.class);
    }

    /** The upload's {@code format} parameter lists the format ids the server reads, from the registry itself. */
    @Bean
    OpenApiCustomizer formatIds(FormatRegistry formats) {
        List<String> ids = formats.all().stream().map(Importer::format).sorted().toList();
        return openApi -> enumerateFormats(openApi, ids);
    }

    /** Every parameter or multipart field named {@code format} becomes an enumeration of {@code ids}. */
    static void enumerateFormats(OpenAPI openApi, List<String> ids) {
        if (openApi.getPaths() == null) return;
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op -> enumerateFormats(op, ids)));
    }

    private static void enumerateFormats(Operation op, List<String> ids) {
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                if (FORMAT_PARAMETER.equals(p.getName())) p.setSchema(formatSchema(ids));
            }
        }
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) return;
        op.getRequestBody().getContent().values().forEach(media -> {
            Schema<?> body = media.getSchema();
            @SuppressWarnings("rawtypes")
            Map<String, Schema> properties = body == null ? null : body.getProperties();
            if (properties != null && properties.containsKey(FORMAT_PARAMETER)) {
                properties.put(FORMAT_PARAMETER, formatSchema(ids));
            }
        });
    }

    private static StringSchema formatSchema(List<String> ids) {
        StringSchema schema = new StringSchema();
        schema.setEnum(ids);
        schema.setDescription("The file's format id; detected from the content when absent.");
        return schema;
    }
}
