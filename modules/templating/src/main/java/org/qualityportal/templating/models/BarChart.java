package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart laid out in Java for an inline SVG: groups (a year, a mechanism) of bars,
 * one bar per series (МУМ, РУМ), lengths scaled to {@code max}. The template only draws the
 * shapes at the coordinates given here, and prints the same numbers as a data table beside it.
 */
public final class BarChart {
    static final double WIDTH = 640;
    static final double LABEL_WIDTH = 90;
    static final double VALUE_WIDTH = 60;
    static final double BAR_HEIGHT = 18;
    static final double BAR_GAP = 4;
    static final double GROUP_GAP = 14;

    private final String title;
    private final String groupHeading;
    private final List<String> series;
    private final List<Group> groups = new ArrayList<>();
    private final double height;

    /** One bar: its series (index for the colour), value as printed, and where it is drawn. */
    public record Bar(String series, int seriesIndex, String valueText, double y, double width, double textX,
                      double textY) {
    }

    /** A labelled group of bars; {@code values} holds the table cells, "—" where a value is missing. */
    public record Group(String label, double labelY, List<Bar> bars, List<String> values) {
    }

    /**
     * @param groupHeading the table's heading of the group column, e.g. «Год»
     * @param values one row per group label, one value per series ({@code null} when missing)
     * @param format how a value is printed, e.g. {@code v -> v + " %"}
     */
    public BarChart(String title, String groupHeading, List<String> series, List<String> labels,
                    List<List<Number>> values, double max, DoubleFunction<String> format) {
        this.title = title;
        this.groupHeading = groupHeading;
        this.series = List.copyOf(series);
        double plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double y = GROUP_GAP / 2;
        for (int g = 0; g < labels.size(); g++) {
            List<Bar> bars = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            double top = y;
            for (int s = 0; s < series.size(); s++) {
                Number value = values.get(g).get(s);
                if (value == null) {
                    cells.add("—");
                    continue;
                }
                String text = format.apply(value.doubleValue());
                cells.add(text);
                double length = max <= 0 ? 0 : Math.max(0, Math.min(1, value.doubleValue() / max)) * plot;
                bars.add(new Bar(series.get(s), s, text, round(y), round(length), round(LABEL_WIDTH + length + 6),
                        round(y + BAR_HEIGHT * 0.75)));
                y += BAR_HEIGHT + BAR_GAP;
            }
            double middle = bars.isEmpty() ? top + BAR_HEIGHT : (top + y - BAR_GAP) / 2 + 5;
            groups.add(new Group(labels.get(g), round(middle), bars, cells));
            y += GROUP_GAP - BAR_GAP;
        }
        this.height = round(y + GROUP_GAP / 2);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public String getTitle() {
        return title;
    }

    public String getGroupHeading() {
        return groupHeading;
    }

    public List<String> getSeries() {
        return series;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public double getWidth() {
        return WIDTH;
    }

    public double getHeight() {
        return height;
    }

    public double getPlotX() {
        return LABEL_WIDTH;
    }

    public double getBarHeight() {
        return BAR_HEIGHT;
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
