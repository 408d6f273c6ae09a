package org.amicable.dispute.adapter.web.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server for an inline SVG: every bar's rectangle in the SVG's own units, so
 * that the page draws it with presentation attributes only (no inline style, no script). Bars of a group
 * stand side by side, one colour a series; heights are in proportion to the largest value of the chart.
 *
 * @param width    the SVG's width
 * @param height   the SVG's height
 * @param baseline the y of the line the bars stand on
 * @param bars   the bars, group by group
 * @param labels the groups' labels under their bars
 * @param series the series, with their colours, for the legend
 */
record BarChart(int width, int height, int baseline, List<Bar> bars, List<Label> labels, List<Series> series) {

    static final int PLOT_TOP = 20;
    static final int PLOT_HEIGHT = 160;
    static final int BAR_WIDTH = 28;
    static final int GAP = 24;
    static final int LEFT = 10;
    private static final List<String> COLOURS = List.of("#2f6db5", "#e08a1e", "#3c9a5f", "#b33c3c");

    /** One bar: where it stands, the value it shows (as the table writes it), and which series it belongs to. */
    record Bar(String group, String series, long value, String shown, int x, int y, int width, int height, String fill) {
    }

    /** A group's label, centred under its bars. */
    record Label(String text, int x, int y) {
    }

    /** A series and its colour. */
    record Series(String name, String fill) {
    }

    /** A group of bars: its label and one value a series, in the order of the series. */
    record Group(String label, List<Long> values, List<String> shown) {
    }

    /** Lays out the groups; each group has one value for each of {@code seriesNames}. */
    static BarChart of(List<String> seriesNames, List<Group> groups) {
        long largest = groups.stream().flatMap(group -> group.values().stream()).mapToLong(Long::longValue).max()
                .orElse(0);
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < seriesNames.size(); i++) {
            series.add(new Series(seriesNames.get(i), COLOURS.get(i % COLOURS.size())));
        }
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int x = LEFT;
        int groupWidth = seriesNames.size() * BAR_WIDTH;
        for (Group group : groups) {
            // A group as wide as its label needs (about 6 units a character at the labels' size).
            int span = Math.max(groupWidth, group.label().length() * 6);
            x += (span - groupWidth) / 2;
            for (int i = 0; i < seriesNames.size(); i++) {
                long value = group.values().get(i);
                // A bar's height in proportion to the largest; a value that is not nothing shows at least a line.
                int height = largest == 0 ? 0 : (int) Math.max(value == 0 ? 0 : 1, Math.round((double) value * PLOT_HEIGHT / largest));
                bars.add(new Bar(group.label(), seriesNames.get(i), value, group.shown().get(i), x + i * BAR_WIDTH,
                        PLOT_TOP + PLOT_HEIGHT - height, BAR_WIDTH - 4, height, series.get(i).fill()));
            }
            labels.add(new Label(group.label(), x + groupWidth / 2, PLOT_TOP + PLOT_HEIGHT + 16));
            x += groupWidth + (span - groupWidth + 1) / 2 + GAP;
        }
        return new BarChart(Math.max(x, 200), PLOT_TOP + PLOT_HEIGHT + 30, PLOT_TOP + PLOT_HEIGHT, bars, labels, series);
    }
}
