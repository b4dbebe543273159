package dev.benchboard.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A framework under test in one evaluation, with the environment it was tested in. */
@Entity
class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    private String name;
    private String framework;
    private String version;
    private String goVersion;
    private String notes;
    private Instant createdAt;

    protected Candidate() {
    }

    /** @param framework the profile key, resolved by {@link Frameworks}; null for none */
    Candidate(Evaluation evaluation, CandidateDraft draft, String framework, Instant now) {
        this.evaluation = evaluation;
        this.createdAt = now;
        apply(draft, framework);
    }

    void apply(CandidateDraft draft, String framework) {
        this.name = draft.name().strip();
        this.framework = framework;
        this.version = draft.version();
        this.goVersion = draft.goVersion();
        this.notes = draft.notes();
    }

    Long getId() { return id; }
    Evaluation getEvaluation() { return evaluation; }
    String getName() { return name; }
    String getFramework() { return framework; }
    String getVersion() { return version; }
    String getGoVersion() { return goVersion; }
    String getNotes() { return notes; }

    CandidateView view() {
        return new CandidateView(id, name, framework, version, goVersion, notes);
    }
}
