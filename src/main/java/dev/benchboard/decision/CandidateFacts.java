package dev.benchboard.decision;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A candidate as the decision core sees it: its name, the key of its framework profile and the facts
 * measured from the user's uploads. A missing key means "no evidence" for that fact.
 *
 * @param frameworkKey the candidate's framework profile, or null when it has none (judged without one)
 * @param facts        keyed by {@link FactKey#key()} (e.g. "p99Ms"); unknown keys or wrong units are rejected
 * @param faultPlan    the fault types its chaos runs injected (e.g. process-kill, network-partition), sorted;
 *                     empty without chaos runs. Reliability figures are compared only between equal plans.
 */
public record CandidateFacts(String name, String frameworkKey, Map<String, Fact> facts, List<String> faultPlan) {

    public CandidateFacts(String name, String frameworkKey, Map<String, Fact> facts) {
        this(name, frameworkKey, facts, List.of());
    }

    public CandidateFacts {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("candidate name must not be blank");
        if (frameworkKey != null && frameworkKey.isBlank()) frameworkKey = null;
        Map<String, Fact> checked = new TreeMap<>();
        for (Map.Entry<String, Fact> entry : facts.entrySet()) {
            String key = entry.getKey();
            Fact fact = Objects.requireNonNull(entry.getValue(), () -> "candidate '" + name + "': fact '" + key + "' is null");
            FactKey factKey = FactKey.byKey(key).orElseThrow(() -> new IllegalArgumentException(
                    "candidate '" + name + "': unknown fact '" + key + "'; expected one of " + FactKey.keys()));
            if (!factKey.unit().equals(fact.unit())) {
                throw new IllegalArgumentException("candidate '" + name + "': fact '" + key + "' must be in "
                        + factKey.unit() + ", got '" + fact.unit() + "'");
            }
            String problem = factKey.checkValue(fact.value());
            if (problem != null) throw new IllegalArgumentException("candidate '" + name + "': fact '" + key + "' " + problem);
            checked.put(key, fact);
        }
        facts = Collections.unmodifiableMap(checked);
        faultPlan = faultPlan == null ? List.of() : faultPlan.stream().map(String::strip).distinct().sorted().toList();
    }

    public Optional<Fact> fact(FactKey key) {
        return Optional.ofNullable(facts.get(key.key()));
    }
}
