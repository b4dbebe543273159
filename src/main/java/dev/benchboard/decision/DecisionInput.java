package dev.benchboard.decision;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything one decision is made from.
 *
 * @param parameters overrides of the tree's parameters (e.g. "maxInstances"), by name; may be empty
 */
public record DecisionInput(ServiceRequirements requirements, CriterionWeights weights, List<CandidateFacts> candidates,
                            Map<String, Double> parameters) {

    public DecisionInput {
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(weights, "weights");
        candidates = List.copyOf(candidates);
        Set<String> names = new HashSet<>();
        for (CandidateFacts candidate : candidates) {
            // Names identify candidates in the result; "Gin" and "gin" side by side would be ambiguous.
            if (!names.add(candidate.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("duplicate candidate name '" + candidate.name() + "'");
            }
        }
        for (Map.Entry<String, Double> entry : parameters.entrySet()) {
            if (entry.getValue() == null || !Double.isFinite(entry.getValue())) {
                throw new IllegalArgumentException("parameter '" + entry.getKey() + "' must be a finite number");
            }
        }
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public DecisionInput(ServiceRequirements requirements, CriterionWeights weights, List<CandidateFacts> candidates) {
        this(requirements, weights, candidates, Map.of());
    }
}
