package dev.benchboard.backup;

import static dev.benchboard.security.SecurityFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.security.ApiTokens;
import dev.benchboard.security.Role;
import dev.benchboard.security.SecurityFixture;
import dev.benchboard.security.UserAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Who may back up and restore, with real API tokens: the API's one rule (reading needs a viewer,
 * changing an editor; a token limited to some evaluations reaches only those and creates nothing new).
 *
 * <p>The context is closed afterwards: each new application context installs its own global
 * SecurityContextHolder strategy (Vaadin's security auto-configuration), and BearerTokenFilter writes
 * to the global one while the other filters of an older, cached context read their own; a token
 * test reusing this context after other contexts started would see its tokens ignored (401).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class BackupAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    JdbcClient jdbc;

    private String token(Role role, List<Long> scope) {
        SecurityFixture fixture = new SecurityFixture(accounts, tokens, evaluations, jdbc);
        return fixture.token(fixture.user(role), scope);
    }

    private RequestBuilder restore(byte[] archive, String token) {
        return multipart("/api/evaluations/restore").file(new MockMultipartFile("file", "b.zip", "application/zip", archive))
                .with(bearer(token));
    }

    private long evaluationCount() {
        return evaluations.list().size();
    }

    @Test
    void readersBackUpEditorsRestoreScopedTokensStayInTheirScope() throws Exception {
        long mine = evaluations.create(EvaluationDraft.named("in scope")).id();
        long other = evaluations.create(EvaluationDraft.named("out of scope")).id();
        String viewer = token(Role.VIEWER, null);
        String editor = token(Role.EDITOR, null);
        String scopedEditor = token(Role.EDITOR, List.of(mine));

        byte[] archive = mvc.perform(get("/api/evaluations/{id}/backup", mine).with(bearer(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Archives.entries(archive)).containsKeys("manifest.json", "evaluation.json");
        mvc.perform(get("/api/evaluations/{id}/backup", mine).with(bearer(scopedEditor))).andExpect(status().isOk());
        mvc.perform(get("/api/evaluations/{id}/backup", other).with(bearer(scopedEditor))).andExpect(status().isForbidden());
        mvc.perform(get("/api/evaluations/{id}/backup", mine)).andExpect(status().isUnauthorized());

        long before = evaluationCount();
        mvc.perform(restore(archive, viewer)).andExpect(status().isForbidden());
        mvc.perform(restore(archive, scopedEditor)).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/evaluations/restore").file(new MockMultipartFile("file", "b.zip", "application/zip", archive)))
                .andExpect(status().isUnauthorized());
        assertThat(evaluationCount()).isEqualTo(before);
        mvc.perform(restore(archive, editor)).andExpect(status().isCreated());
        assertThat(evaluationCount()).isEqualTo(before + 1);
    }
}
