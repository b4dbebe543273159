package dev.benchboard.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** Every MockMvc request of a test acts as a signed-in editor (the API's stateless chain sees that user). */
@TestConfiguration
public class ActAsEditor {

    @Bean
    public MockMvcBuilderCustomizer actAsEditor() {
        return builder -> builder.defaultRequest(get("/").with(user("ci").roles("EDITOR")));
    }
}
