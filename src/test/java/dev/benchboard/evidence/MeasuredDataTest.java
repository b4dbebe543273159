package dev.benchboard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * The UI-thread guard refuses the store's methods marked {@link MeasuredData}. Which methods hand out measured data is
 * read here from their signatures, independently of the mark: a method returning (or feeding a consumer with) a run,
 * a histogram, a GC trace, a chaos experiment or an evaluation's evidence must carry it, and no other method may (the
 * provenance lines the overview lists stay allowed).
 */
class MeasuredDataTest {

    /** What grows with the uploads: per-request histograms, series, cycles, events. */
    private static final Set<Class<?>> MEASURED = Set.of(Evidence.class, RunData.class, EvidenceStore.StoredRun.class,
            EvidenceRows.Run.class, EvidenceRows.GcTrace.class, EvidenceRows.ChaosExperiment.class, GcTraceData.class,
            ChaosData.class, Histogram.class);

    @Test
    void everyPublicMethodHandingOutMeasuredDataIsMarkedAndNoOther() {
        Set<String> handingOut = new TreeSet<>();
        Set<String> marked = new TreeSet<>();
        for (Method method : EvidenceStore.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers())) continue;
            if (handsOutMeasuredData(method)) handingOut.add(method.getName());
            if (method.isAnnotationPresent(MeasuredData.class)) marked.add(method.getName());
        }
        assertThat(handingOut).as("found from the signatures").contains("load", "runs", "runRows", "gcTraceRows",
                "chaosExperimentRows").doesNotContain("list", "get", "insert", "uploadRow");
        assertThat(marked).isEqualTo(handingOut);
    }

    /** Its return type, or what a {@code Consumer} parameter is fed, names a measured type (inside generics too). */
    private static boolean handsOutMeasuredData(Method method) {
        if (mentionsMeasured(method.getGenericReturnType())) return true;
        return Arrays.stream(method.getGenericParameterTypes())
                .anyMatch(p -> p instanceof ParameterizedType consumer && consumer.getRawType() == Consumer.class
                        && mentionsMeasured(consumer));
    }

    private static boolean mentionsMeasured(Type type) {
        return switch (type) {
            case Class<?> c -> MEASURED.contains(c) || c.isArray() && mentionsMeasured(c.getComponentType());
            case ParameterizedType p -> mentionsMeasured(p.getRawType())
                    || Arrays.stream(p.getActualTypeArguments()).anyMatch(MeasuredDataTest::mentionsMeasured);
            case WildcardType w -> Arrays.stream(w.getLowerBounds()).anyMatch(MeasuredDataTest::mentionsMeasured)
                    || Arrays.stream(w.getUpperBounds()).anyMatch(MeasuredDataTest::mentionsMeasured);
            default -> false;
        };
    }
}
