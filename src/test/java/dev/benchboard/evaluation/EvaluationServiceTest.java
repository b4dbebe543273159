package dev.benchboard.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class EvaluationServiceTest {

    @Autowired
    EvaluationService service;

    @Autowired
    JdbcTemplate jdbc;

    private static Requirements requirements() {
        return new Requirements(40000.0, 15.0, 0.9995, 30.0, 1, 8, 16.0, 0.34, true, false, true, false, true);
    }

    @Test
    void storesRequirementsWeightsAndSettingsThroughTheMigratedSchema() {
        EvaluationDetails created = service.create(new EvaluationDraft("Checkout API", "why", requirements(),
                Weights.fromMap(Map.of("p99", 0.4)), new StatisticsSettings(0.01, 3, 5000, 7)));

        EvaluationDetails read = service.get(created.id());
        assertThat(read.requirements()).isEqualTo(requirements());
        assertThat(read.weights().p99()).isEqualTo(0.4);
        assertThat(read.weights().throughput()).isEqualTo(0.2);
        assertThat(read.settings()).isEqualTo(new StatisticsSettings(0.01, 3, 5000, 7));
        // The columns are the migration's, not Hibernate's invention (ddl-auto is off).
        assertThat(jdbc.queryForObject("select p99_slo_ms from evaluation where id = ?", Double.class, created.id()))
                .isEqualTo(15.0);
        assertThat(jdbc.queryForObject("select weight_p99 from evaluation where id = ?", Double.class, created.id()))
                .isEqualTo(0.4);
    }

    @Test
    void candidatesAreUniquePerEvaluationIgnoringCase() {
        long id = service.create(EvaluationDraft.named("Unique names")).id();
        CandidateView gin = service.addCandidate(id, new CandidateDraft("Gin", null, "1.10", "1.22", null));
        assertThat(gin.framework()).isEqualTo("gin");
        assertThatThrownBy(() -> service.addCandidate(id, CandidateDraft.named("gin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: a candidate named 'Gin' already exists");
        assertThat(service.findOrCreateCandidate(id, "GIN").id()).isEqualTo(gin.id());
        CandidateView fiber = service.findOrCreateCandidate(id, "Fiber v2");
        assertThat(fiber.framework()).isEqualTo("fiber");
        assertThat(service.get(id).candidates()).extracting(CandidateView::name).containsExactly("Fiber v2", "Gin");
    }

    @Test
    void deletingAnEvaluationRemovesItsCandidates() {
        long id = service.create(EvaluationDraft.named("To delete")).id();
        service.addCandidate(id, CandidateDraft.named("Chi"));
        service.delete(id);
        assertThat(service.exists(id)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from candidate where evaluation_id = ?", Integer.class, id)).isZero();
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(NotFoundException.class)
                .hasMessage("evaluation " + id + " does not exist");
    }

    @Test
    void rejectsImpossibleRequirementsNamingTheField() {
        Requirements bad = new Requirements(1000.0, 10.0, 99.95, null, null, null, null, null,
                false, false, false, false, false);
        assertThatThrownBy(() -> new EvaluationDraft("x", null, bad, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("availabilitySlo: expected a fraction between 0 and 1 (e.g. 0.9995), got 99.95");
        assertThatThrownBy(() -> Weights.fromMap(Map.of("latency", 0.3)))
                .hasMessageStartingWith("unknown weight 'latency'");
    }
}
