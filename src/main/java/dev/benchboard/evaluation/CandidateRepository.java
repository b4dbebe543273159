package dev.benchboard.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    List<Candidate> findByEvaluationId(long evaluationId);

    Optional<Candidate> findByEvaluationIdAndNameIgnoreCase(long evaluationId, String name);
}
