package dev.benchboard.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    @Query("select new dev.benchboard.evaluation.EvaluationSummary(e.id, e.name, e.demo, size(e.candidates), e.updatedAt)"
            + " from Evaluation e order by e.demo asc, e.updatedAt desc")
    List<EvaluationSummary> summaries();

    Optional<Evaluation> findFirstByDemoTrueAndName(String name);
}
