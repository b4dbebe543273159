package dev.benchboard.stats.reliability;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.ChaosEvent;
import dev.benchboard.evidence.LitmusResult;
import dev.benchboard.evidence.Outage;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Computes a {@link ReliabilityReport} from one or more chaos experiments. */
public final class ReliabilityAnalyzer {

    static final List<Sentence> METHODS = List.of(
            Sentence.of("reliability.method.window"),
            Sentence.of("reliability.method.union"),
            Sentence.of("reliability.method.definitions"),
            // The template spells out Quantiles.PERCENTILE_DEFINITION (in each language); ReliabilityAnalyzerTest
            // checks the English still matches it.
            Sentence.of("reliability.method.repair-quantiles"),
            Sentence.of("reliability.method.sentence", MtbfConfidence.METHOD),
            Sentence.of("reliability.method.mttr", MttrConfidence.BOOTSTRAP_METHOD, MttrConfidence.LOG_T_METHOD),
            Sentence.of("reliability.method.pooling"),
            Sentence.of("reliability.method.timings"));

    private ReliabilityAnalyzer() {
    }

    public static ReliabilityReport analyse(ChaosData experiment, ReliabilitySettings settings) {
        return analyse(List.of(experiment), settings);
    }

    public static ReliabilityReport analyse(List<ChaosData> experiments, ReliabilitySettings settings) {
        List<Sentence> warnings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Exposure service = Exposure.NONE;
        Map<String, Exposure> byFault = new TreeMap<>();
        Map<String, Exposure> byComponent = new TreeMap<>();
        List<Outage> allOutages = new ArrayList<>();
        List<LitmusResult> litmus = new ArrayList<>();
        List<ReportedFigures> reported = new ArrayList<>();

        for (int index = 0; index < experiments.size(); index++) {
            ChaosData data = experiments.get(index);
            String name = nameOf(data, index);
            Sentence where = Sentence.of("reliability.where.experiment", name.equals(data.experiment()) ? name
                    : Figures.count(index + 1));
            data.reported().forEach(r -> reported.add(ReportedFigures.of(name, r)));
            litmus.addAll(data.litmus());
            if (data.windowStart() == null || data.windowEnd() == null
                    || !data.windowEnd().isAfter(data.windowStart())) {
                if (!data.outages().isEmpty() || !data.events().isEmpty()) {
                    warnings.add(Sentence.of("reliability.warning.window-missing", where));
                }
                continue;
            }
            names.add(name);
            allOutages.addAll(data.outages());
            double window = WindowedOutages.seconds(data.windowStart(), data.windowEnd());
            List<WindowedOutages.Placed> placed = WindowedOutages.place(data, where, warnings);
            service = service.plus(Exposure.of(window, WindowedOutages.merge(placed, p -> true)));
            for (String fault : appearing(data, placed, WindowedOutages.Placed::faultType, ChaosEvent::faultType)) {
                byFault.merge(fault, Exposure.of(window,
                        WindowedOutages.merge(placed, p -> p.faultType().equals(fault))), Exposure::plus);
            }
            for (String component : appearing(data, placed, WindowedOutages.Placed::component, ChaosEvent::component)) {
                byComponent.merge(component, Exposure.of(window,
                        WindowedOutages.merge(placed, p -> p.component().equals(component))), Exposure::plus);
            }
        }

        ReliabilityFigures serviceFigures = service.windowSeconds() > 0
                ? ReliabilityFigures.of(Sentence.of("reliability.scope.service"), "all", service, settings) : null;
        if (serviceFigures == null) warnings.add(Sentence.of("reliability.warning.no-usable-window"));
        ErrorBudget budget = settings.availabilitySlo() != null && serviceFigures != null
                ? ErrorBudget.evaluate(settings.availabilitySlo(), service.windowSeconds(), service.downtimeSeconds(),
                service.failures())
                : null;
        return new ReliabilityReport(names, serviceFigures, figures(Sentence.of("reliability.scope.fault-type"), byFault, settings),
                figures(Sentence.of("reliability.scope.component"), byComponent, settings), FaultTimingsCalculator.timings(allOutages, warnings),
                budget, ResilienceScore.of(litmus, settings), reported, settings, METHODS, warnings);
    }

    /**
     * The experiment's name, or "experiment N" (its position, from 1) when the upload gave none: a
     * probe log or event log names no experiment unless the upload form does.
     */
    static String nameOf(ChaosData data, int index) {
        String name = data.experiment();
        return name == null || name.isBlank() ? "experiment " + (index + 1) : name;
    }

    /** Names of the fault types (or components) an experiment exercised: in its outages or its events. */
    private static Set<String> appearing(ChaosData data, List<WindowedOutages.Placed> placed,
                                         Function<WindowedOutages.Placed, String> ofOutage,
                                         Function<ChaosEvent, String> ofEvent) {
        Set<String> names = new TreeSet<>();
        placed.forEach(p -> names.add(ofOutage.apply(p)));
        for (ChaosEvent e : data.events()) {
            String name = ofEvent.apply(e);
            if (name != null && !name.isBlank()) names.add(name.strip());
        }
        return names;
    }

    private static List<ReliabilityFigures> figures(Sentence scope, Map<String, Exposure> exposures,
                                                    ReliabilitySettings settings) {
        List<ReliabilityFigures> rows = new ArrayList<>();
        exposures.forEach((name, exposure) -> rows.add(ReliabilityFigures.of(scope, name, exposure, settings)));
        return rows;
    }
}
