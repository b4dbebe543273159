package dev.benchboard.evaluation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quoted figures of an evaluation (the demo's numbers from public articles). */
@Service
public class QuotedFigureService {

    private final QuotedFigureRepository figures;
    private final CandidateRepository candidates;

    QuotedFigureService(QuotedFigureRepository figures, CandidateRepository candidates) {
        this.figures = figures;
        this.candidates = candidates;
    }

    @Transactional(readOnly = true)
    public List<QuotedFigureView> list(long evaluationId) {
        List<QuotedFigure> all = figures.findByEvaluationIdOrderByIdAsc(evaluationId);
        Map<Long, String> names = candidates.findAllById(all.stream().map(QuotedFigure::getCandidateId)
                        .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Candidate::getId, Candidate::getName, (a, b) -> a));
        return all.stream().map(f -> new QuotedFigureView(
                f.getCandidateId() == null ? null : names.get(f.getCandidateId()),
                f.getMetric(), f.getScope(), f.getValue(), f.getUnit(), f.getSource())).toList();
    }

    @Transactional
    public void add(long evaluationId, List<QuotedFigureView> quoted) {
        Map<String, Long> byName = candidates.findByEvaluationId(evaluationId).stream()
                .collect(Collectors.toMap(c -> c.getName().toLowerCase(java.util.Locale.ROOT), Candidate::getId,
                        (a, b) -> a));
        for (QuotedFigureView q : quoted) {
            Long candidateId = q.candidate() == null ? null : byName.get(q.candidate().toLowerCase(java.util.Locale.ROOT));
            if (q.candidate() != null && candidateId == null) {
                throw new IllegalArgumentException("quoted figure names unknown candidate '" + q.candidate() + "'");
            }
            figures.save(new QuotedFigure(evaluationId, candidateId, q.metric(), q.scope(), q.value(), q.unit(), q.source()));
        }
    }

}
