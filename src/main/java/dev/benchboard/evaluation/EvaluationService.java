package dev.benchboard.evaluation;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, edits and reads evaluations and their candidates. Returns immutable records only. */
@Service
public class EvaluationService {

    private final EvaluationRepository evaluations;
    private final CandidateRepository candidates;
    private final Frameworks frameworks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationService(EvaluationRepository evaluations, CandidateRepository candidates, Frameworks frameworks,
                      ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.candidates = candidates;
        this.frameworks = frameworks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EvaluationSummary> list() {
        return evaluations.summaries();
    }

    @Transactional(readOnly = true)
    public EvaluationDetails get(long id) {
        return details(load(id));
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return evaluations.existsById(id);
    }

    @Transactional
    public EvaluationDetails create(EvaluationDraft draft) {
        return details(evaluations.save(new Evaluation(draft, false, clock.instant())));
    }

    /** For the demo loader: a demo evaluation is labelled as such everywhere. */
    @Transactional
    public EvaluationDetails createDemo(EvaluationDraft draft, List<CandidateDraft> candidateDrafts) {
        Evaluation evaluation = new Evaluation(draft, true, clock.instant());
        candidateDrafts.forEach(c -> evaluation.getCandidates().add(
                new Candidate(evaluation, c, frameworks.resolve(c.name(), c.framework()), clock.instant())));
        return details(evaluations.save(evaluation));
    }

    @Transactional
    public EvaluationDetails update(long id, EvaluationDraft draft) {
        Evaluation evaluation = load(id);
        evaluation.apply(draft, clock.instant());
        changed(id);
        return details(evaluation);
    }

    @Transactional
    public void delete(long id) {
        evaluations.delete(load(id));
        changed(id);
    }

    @Transactional
    public CandidateView addCandidate(long evaluationId, CandidateDraft draft) {
        Evaluation evaluation = load(evaluationId);
        candidates.findByEvaluationIdAndNameIgnoreCase(evaluationId, draft.name().strip()).ifPresent(c -> {
            throw new IllegalArgumentException("name: a candidate named '" + c.getName() + "' already exists");
        });
        Candidate candidate = candidates.save(new Candidate(evaluation, draft,
                frameworks.resolve(draft.name(), draft.framework()), clock.instant()));
        evaluation.getCandidates().add(candidate);
        evaluation.touch(clock.instant());
        changed(evaluationId);
        return candidate.view();
    }

    /**
     * The candidate with this name (case-insensitive), created when new: the upload API's contract. A new
     * candidate gets the profile {@code framework} (a key or "none"; null: matched from the name); an
     * existing one keeps its own, and a different {@code framework} for it is refused rather than ignored.
     */
    @Transactional
    public CandidateView findOrCreateCandidate(long evaluationId, String name, String framework) {
        CandidateDraft draft = CandidateDraft.named(name, framework);
        return candidates.findByEvaluationIdAndNameIgnoreCase(evaluationId, name.strip())
                .map(existing -> {
                    if (framework != null && !java.util.Objects.equals(existing.getFramework(),
                            frameworks.resolve(name, framework))) {
                        throw new IllegalArgumentException("framework: candidate '" + existing.getName()
                                + "' already has the profile " + (existing.getFramework() == null ? "none"
                                : "'" + existing.getFramework() + "'") + "; change it on the evaluation page");
                    }
                    return existing.view();
                })
                .orElseGet(() -> addCandidate(evaluationId, draft));
    }

    /** As {@link #findOrCreateCandidate(long, String, String)} with the profile matched from the name. */
    @Transactional
    public CandidateView findOrCreateCandidate(long evaluationId, String name) {
        return findOrCreateCandidate(evaluationId, name, null);
    }

    @Transactional
    public CandidateView updateCandidate(long candidateId, CandidateDraft draft) {
        Candidate candidate = candidates.findById(candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        long evaluationId = candidate.getEvaluation().getId();
        candidates.findByEvaluationIdAndNameIgnoreCase(evaluationId, draft.name().strip())
                .filter(other -> !other.getId().equals(candidateId))
                .ifPresent(other -> {
                    throw new IllegalArgumentException("name: a candidate named '" + other.getName() + "' already exists");
                });
        candidate.apply(draft, frameworks.resolve(draft.name(), draft.framework()));
        candidate.getEvaluation().touch(clock.instant());
        changed(evaluationId);
        return candidate.view();
    }

    @Transactional
    public void removeCandidate(long candidateId) {
        Candidate candidate = candidates.findById(candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        Evaluation evaluation = candidate.getEvaluation();
        evaluation.getCandidates().remove(candidate);
        evaluation.touch(clock.instant());
        changed(evaluation.getId());
    }

    private Evaluation load(long id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFoundException("evaluation", id));
    }

    private void changed(long evaluationId) {
        events.publishEvent(new EvaluationChanged(evaluationId));
    }

    private static EvaluationDetails details(Evaluation e) {
        return new EvaluationDetails(e.getId(), e.getName(), e.getDescription(), e.isDemo(), e.getRequirements(),
                e.getWeights(), e.getSettings(), e.getCandidates().stream().map(Candidate::view).toList(),
                e.getCreatedAt(), e.getUpdatedAt());
    }
}
