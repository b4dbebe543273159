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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationService(EvaluationRepository evaluations, CandidateRepository candidates,
                      ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.candidates = candidates;
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
        candidateDrafts.forEach(c -> evaluation.getCandidates().add(new Candidate(evaluation, c, clock.instant())));
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
        Candidate candidate = candidates.save(new Candidate(evaluation, draft, clock.instant()));
        evaluation.getCandidates().add(candidate);
        evaluation.touch(clock.instant());
        changed(evaluationId);
        return candidate.view();
    }

    /** The candidate with this name (case-insensitive), created when new: the upload API's contract. */
    @Transactional
    public CandidateView findOrCreateCandidate(long evaluationId, String name) {
        return candidates.findByEvaluationIdAndNameIgnoreCase(evaluationId, name.strip())
                .map(Candidate::view)
                .orElseGet(() -> addCandidate(evaluationId, CandidateDraft.named(name)));
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
        candidate.apply(draft);
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
