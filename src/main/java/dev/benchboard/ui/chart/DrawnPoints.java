package dev.benchboard.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Thins a long x/y series for drawing only: a browser draws every point of a scatter as an SVG element, and a GC
 * trace of an hour has thousands of cycles, more than a chart a few hundred pixels wide can show apart (issue 15:
 * the GC page took seconds to draw). The x range is cut into equal slices and each slice keeps its lowest and its
 * highest point, so spikes and dips stay where they are; the figures are computed elsewhere, from every point. A
 * chart drawn from fewer points says so ({@link #note}).
 */
public record DrawnPoints(List<Series.XY> points, int of) {

    /** Points per series above which a series is thinned: two per slice, about one per two pixels of a chart. */
    public static final int MAX_DRAWN = 300;

    /** The points to draw of {@code all} (in x order), at most {@code max}: all of them when they are no more. */
    public static DrawnPoints of(List<Series.XY> all, int max) {
        if (all.size() <= max || max < 2) return new DrawnPoints(List.copyOf(all), all.size());
        List<Series.XY> sorted = all.stream().sorted(java.util.Comparator.comparingDouble(Series.XY::x)).toList();
        int slices = max / 2;
        double first = sorted.getFirst().x();
        double width = (sorted.getLast().x() - first) / slices;
        List<Series.XY> kept = new ArrayList<>(max);
        int i = 0;
        for (int slice = 0; slice < slices && i < sorted.size(); slice++) {
            double end = slice == slices - 1 || width == 0 ? Double.POSITIVE_INFINITY : first + width * (slice + 1);
            int low = -1, high = -1;
            for (; i < sorted.size() && sorted.get(i).x() < end; i++) {
                if (low < 0 || sorted.get(i).y() < sorted.get(low).y()) low = i;
                if (high < 0 || sorted.get(i).y() > sorted.get(high).y()) high = i;
            }
            if (low < 0) continue;
            kept.add(sorted.get(Math.min(low, high)));
            if (low != high) kept.add(sorted.get(Math.max(low, high)));
        }
        return new DrawnPoints(List.copyOf(kept), all.size());
    }

    public boolean thinned() {
        return points.size() < of;
    }

    /**
     * "drawn: 300 of 1,200 cycles (each time slice’s lowest and highest); every figure uses all" in the reader's
     * language, or null when all are drawn.
     */
    public String note(java.util.Locale locale) {
        if (!thinned()) return null;
        return dev.benchboard.ui.i18n.Translations.get(locale, "chart.drawn-points.cycles",
                dev.benchboard.format.Figures.count(points.size()), dev.benchboard.format.Figures.count(of));
    }
}
