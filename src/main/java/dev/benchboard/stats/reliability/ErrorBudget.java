package dev.benchboard.stats.reliability;

import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The availability SLO's error budget over the observed window, and how sure we are the SLO is met.
 *
 * @param allowedDowntimeSeconds (1 − SLO)·T
 * @param spentFraction          D / allowed downtime (above 1 = budget overspent)
 * @param remainingSeconds       allowed − D (negative when overspent)
 * @param meetsSloObserved       observed availability U/T ≥ SLO
 * @param requiredMtbfHours      MTBF needed for the SLO at the observed MTTR: SLO·MTTR/(1 − SLO)
 * @param probabilitySloMet      F_χ²(2r+2)(2U / required MTBF); null when r = 0 (no repair time observed)
 * @param method                 how the probability was obtained, in words
 */
public record ErrorBudget(
        double availabilitySlo,
        double windowSeconds,
        double downtimeSeconds,
        double allowedDowntimeSeconds,
        double spentFraction,
        double remainingSeconds,
        boolean meetsSloObserved,
        Double requiredMtbfHours,
        Double probabilitySloMet,
        Sentence method,
        List<Sentence> warnings) {

    static final Sentence METHOD = Sentence.of("reliability.budget.method");

    public ErrorBudget {
        warnings = List.copyOf(warnings);
    }

    public static ErrorBudget evaluate(double availabilitySlo, double windowSeconds, double downtimeSeconds,
                                       int failures) {
        if (!(availabilitySlo > 0 && availabilitySlo < 1)) throw new IllegalArgumentException("SLO must be in (0, 1)");
        if (!(windowSeconds > 0)) throw new IllegalArgumentException("window must be > 0");
        List<Sentence> warnings = new ArrayList<>();
        double allowed = (1 - availabilitySlo) * windowSeconds;
        double uptime = windowSeconds - downtimeSeconds;
        boolean meets = uptime / windowSeconds >= availabilitySlo;
        Double required = null;
        Double probability = null;
        if (failures == 0) {
            warnings.add(Sentence.of("reliability.budget.warning.no-failures"));
        } else if (uptime <= 0) {
            warnings.add(Sentence.of("reliability.budget.warning.no-uptime"));
            probability = 0.0;
        } else {
            double mttr = downtimeSeconds / failures;
            double requiredSeconds = availabilitySlo * mttr / (1 - availabilitySlo);
            required = requiredSeconds / 3600;
            probability = mttr == 0 ? 1.0 : MtbfConfidence.confidenceAtLeast(uptime, failures, requiredSeconds);
        }
        return new ErrorBudget(availabilitySlo, windowSeconds, downtimeSeconds, allowed, downtimeSeconds / allowed,
                allowed - downtimeSeconds, meets, required, probability, METHOD, warnings);
    }
}
