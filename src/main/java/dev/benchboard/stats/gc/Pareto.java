package dev.benchboard.stats.gc;

import java.util.List;

/** Pareto efficiency when every criterion is to be minimised. */
public final class Pareto {

    private Pareto() {
    }

    /** True when b is at least as good as a everywhere and strictly better somewhere. */
    public static boolean dominates(double[] b, double[] a) {
        boolean strictly = false;
        for (int i = 0; i < a.length; i++) {
            if (b[i] > a[i]) return false;
            if (b[i] < a[i]) strictly = true;
        }
        return strictly;
    }

    /** For each point, whether no other point dominates it. */
    public static boolean[] efficient(List<double[]> points) {
        boolean[] efficient = new boolean[points.size()];
        for (int i = 0; i < points.size(); i++) {
            efficient[i] = true;
            for (int j = 0; j < points.size() && efficient[i]; j++) {
                if (j != i && dominates(points.get(j), points.get(i))) efficient[i] = false;
            }
        }
        return efficient;
    }
}
