package dev.benchboard.ui.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capacity planner's inputs checked before any plan is made, one message per field in words: a negative or
 * zero target, SLO or core count has no plan (CapacityInputs would refuse it), and a plan from the last valid
 * inputs must not stay on screen as if it answered them.
 */
final class CapacityInputsCheck {

    private CapacityInputsCheck() {
    }

    /**
     * Field → the translation key of what is wrong with it; empty when every input can be planned with. Empty fields
     * are "not set".
     */
    static <F> Map<F, String> problems(Double target, Double slo, Double headroom, Integer redundancy, Integer cores,
                                       Double price, Integer sweepCores, F targetField, F sloField, F headroomField,
                                       F redundancyField, F coresField, F priceField, F sweepCoresField) {
        Map<F, String> out = new LinkedHashMap<>();
        if (target != null && !(target > 0)) out.put(targetField, "capacity.invalid.target");
        if (slo != null && !(slo > 0)) out.put(sloField, "capacity.invalid.slo");
        if (headroom != null && !(headroom >= 0)) out.put(headroomField, "capacity.invalid.headroom");
        if (redundancy != null && redundancy < 0) out.put(redundancyField, "capacity.invalid.redundancy");
        if (cores != null && cores < 1) out.put(coresField, "capacity.invalid.cores");
        if (price != null && !(price >= 0)) out.put(priceField, "capacity.invalid.price");
        if (sweepCores != null && sweepCores < 1) out.put(sweepCoresField, "capacity.invalid.sweep-cores");
        return out;
    }
}
