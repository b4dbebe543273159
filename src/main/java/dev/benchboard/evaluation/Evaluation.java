package dev.benchboard.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One decision ("pick the API framework for checkout") with its requirements and candidates. */
@Entity
class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String description;
    private boolean demo;

    @Embedded
    private Requirements requirements = Requirements.none();

    @Embedded
    private Weights weights = Weights.defaults();

    @Embedded
    private StatisticsSettings settings = StatisticsSettings.defaults();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Candidate> candidates = new ArrayList<>();

    protected Evaluation() {
    }

    Evaluation(EvaluationDraft draft, boolean demo, Instant now) {
        this.demo = demo;
        this.createdAt = now;
        apply(draft, now);
    }

    void apply(EvaluationDraft draft, Instant now) {
        this.name = draft.name().strip();
        this.description = draft.description();
        this.requirements = draft.requirements();
        this.weights = draft.weights();
        this.settings = draft.settings();
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getDescription() { return description; }
    boolean isDemo() { return demo; }
    Requirements getRequirements() { return requirements; }
    Weights getWeights() { return weights; }
    StatisticsSettings getSettings() { return settings; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    List<Candidate> getCandidates() { return candidates; }
}
