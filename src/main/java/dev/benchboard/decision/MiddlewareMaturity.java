package dev.benchboard.decision;

/**
 * How ready-made a framework's integration is for four everyday needs, each on a 0..3 scale:
 * 0 nothing known; 1 only through an adapter or hand-written glue; 2 a maintained drop-in middleware;
 * 3 first-class: maintained drop-in middleware that the tool's own docs or the framework's org ship,
 * with several alternatives.
 */
public record MiddlewareMaturity(int otel, int swagger, int jwt, int prometheus) {

    public static final int MAX = 3;

    public MiddlewareMaturity {
        for (int value : new int[] {otel, swagger, jwt, prometheus}) {
            if (value < 0 || value > MAX) throw new IllegalArgumentException("maturity must be 0.." + MAX + ", got " + value);
        }
    }

    /**
     * Ecosystem score in [0, 1]: (otel + swagger + jwt + prometheus) / (4 × 3). Equal weights, because
     * the product names the four needs without ranking them; a team that cares about one only can
     * test that maturity directly in its tree.
     */
    public double ecosystemScore() {
        return (otel + swagger + jwt + prometheus) / (4.0 * MAX);
    }
}
