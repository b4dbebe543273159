package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API writes a domain sentence as its English text; its description says "string", not an object with a key. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class SentencesInOpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSentenceIsDescribedAsAString() throws Exception {
        String body = mvc.perform(get("/api/openapi")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode schemas = JsonMapper.shared().readTree(body).path("components").path("schemas");
        assertThat(schemas.has("Sentence")).as("a schema named Sentence").isFalse();
        assertThat(schemas.path("UploadError").path("properties").path("error").path("type").asString()).isEqualTo("string");
        assertThat(schemas.path("RegressionRow").path("properties").path("reason").path("type").asString()).isEqualTo("string");
    }
}
