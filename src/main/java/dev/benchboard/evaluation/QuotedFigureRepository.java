package dev.benchboard.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuotedFigureRepository extends JpaRepository<QuotedFigure, Long> {

    List<QuotedFigure> findByEvaluationIdOrderByIdAsc(long evaluationId);
}
