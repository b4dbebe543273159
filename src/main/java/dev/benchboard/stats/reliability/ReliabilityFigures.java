package dev.benchboard.stats.reliability;

import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.Quantiles;
import java.util.ArrayList;
import java.util.List;

/**
 * MTBF, MTTR, availability and failure rate of one scope over its pooled exposure. Times in seconds
 * except MTBF (hours) and failure rate (per hour), the units SREs quote them in. Null means "not
 * defined for this data" and a warning says why.
 *
 * @param scope                 "service", "fault type" or "component" (words; the API writes their English)
 * @param name                  "all" for the service, else the fault type or component
 * @param experiments           experiments pooled (sums of window, downtime and failures)
 * @param failures              r: merged down periods
 * @param outagesMerged         outages that overlapped another and were merged into its down period
 * @param mttrSeconds           D / r
 * @param medianRepairSeconds   median of the down-period durations (type 7)
 * @param p90RepairSeconds      P90 of the down-period durations (type 7)
 * @param mtbfHours             U / r
 * @param mtbfCiHours           χ² interval (see {@link MtbfConfidence})
 * @param availability          U / T
 * @param availabilityCi        from the MTBF interval with MTTR held at its observed mean: [L/(L+MTTR), H/(H+MTTR)]
 * @param nines                 −log10(1 − availability), null when there was no downtime (infinite)
 * @param failureRatePerHour    r / U
 * @param failureRateCiPerHour  reciprocal of the MTBF interval
 * @param mttrCi                bootstrap and log-t intervals of repair time
 */
public record ReliabilityFigures(
        Sentence scope,
        String name,
        int experiments,
        double windowSeconds,
        double downtimeSeconds,
        double uptimeSeconds,
        int failures,
        int outagesMerged,
        Double mttrSeconds,
        Double medianRepairSeconds,
        Double p90RepairSeconds,
        Double mtbfHours,
        Interval mtbfCiHours,
        double availability,
        Interval availabilityCi,
        Double nines,
        Double failureRatePerHour,
        Interval failureRateCiPerHour,
        MttrConfidence mttrCi,
        List<Sentence> warnings) {

    static final Sentence AVAILABILITY_CI_METHOD = Sentence.of("reliability.interval.availability");

    /** The name of a scope with no fault type or component given (an outage row without them). */
    public static final String UNSPECIFIED = WindowedOutages.UNSPECIFIED;

    public ReliabilityFigures {
        warnings = List.copyOf(warnings);
    }

    static ReliabilityFigures of(Sentence scope, String name, Exposure e, ReliabilitySettings settings) {
        List<Sentence> warnings = new ArrayList<>();
        double c = settings.confidence();
        int r = e.failures();
        double window = e.windowSeconds();
        double down = e.downtimeSeconds();
        double up = e.uptimeSeconds();
        double upHours = up / 3600;
        double availability = up / window;
        Double nines = availability < 1 ? -Math.log10(1 - availability) : null;
        if (nines == null) warnings.add(Sentence.of("reliability.warning.no-downtime"));

        Double mttr = null;
        Double median = null;
        Double p90 = null;
        Double mtbf = null;
        if (r > 0) {
            double[] repairs = e.repairArray();
            mttr = down / r;
            median = Quantiles.type7(repairs, 0.5);
            p90 = Quantiles.type7(repairs, 0.9);
            mtbf = upHours / r;
        } else {
            warnings.add(Sentence.of("reliability.warning.no-failures"));
        }

        Interval mtbfCi = null;
        Interval rateCi = null;
        Double rate = null;
        Interval availabilityCi = null;
        if (up > 0) {
            rate = r / upHours;
            mtbfCi = MtbfConfidence.interval(upHours, r, c);
            // 1/∞ = 0: with no failures the rate's lower end is 0.
            rateCi = new Interval(1 / mtbfCi.upper(), 1 / mtbfCi.lower(), c,
                    Sentence.of("reliability.interval.failure-rate"));
            if (mttr != null) {
                double mttrHours = mttr / 3600;
                availabilityCi = new Interval(mtbfCi.lower() / (mtbfCi.lower() + mttrHours),
                        mtbfCi.upper() / (mtbfCi.upper() + mttrHours), c, AVAILABILITY_CI_METHOD);
            }
        } else {
            warnings.add(Sentence.of("reliability.warning.no-uptime"));
        }
        MttrConfidence mttrCi = MttrConfidence.of(e.repairArray(), c, settings.bootstrapResamples(), settings.seed());
        if (e.outagesMerged() > 0) {
            warnings.add(Sentence.of("reliability.warning.merged", Figures.count(e.outagesMerged())));
        }
        return new ReliabilityFigures(scope, name, e.experiments(), window, down, up, r, e.outagesMerged(), mttr,
                median, p90, mtbf, mtbfCi, availability, availabilityCi, nines, rate, rateCi, mttrCi, warnings);
    }
}
