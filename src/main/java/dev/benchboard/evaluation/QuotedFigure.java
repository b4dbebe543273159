package dev.benchboard.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A number quoted from a public article: shown, labelled, never mixed with measurements. */
@Entity
class QuotedFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long evaluationId;
    private Long candidateId;
    private String metric;
    private String scope;
    @Column(name = "figure")
    private double value;
    private String unit;
    private String source;

    protected QuotedFigure() {
    }

    QuotedFigure(long evaluationId, Long candidateId, String metric, String scope, double value, String unit, String source) {
        this.evaluationId = evaluationId;
        this.candidateId = candidateId;
        this.metric = metric;
        this.scope = scope;
        this.value = value;
        this.unit = unit;
        this.source = source;
    }

    Long getCandidateId() { return candidateId; }
    String getMetric() { return metric; }
    String getScope() { return scope; }
    double getValue() { return value; }
    String getUnit() { return unit; }
    String getSource() { return source; }
}
