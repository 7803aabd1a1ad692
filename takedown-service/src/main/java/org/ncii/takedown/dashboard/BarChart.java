package org.ncii.takedown.dashboard;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A horizontal bar chart drawn as server-side SVG geometry: no script, no inline style (the page's CSP allows
 * neither), every bar labelled with its value so the chart reads without colour.
 */
@TemplateData
public record BarChart(String title, List<Bar> bars, int height) {
    static final int LABEL_WIDTH = 170;
    static final int BAR_SPACE = 300;
    static final int ROW = 28;

    @TemplateData
    public record Bar(String label, String value, int y, int width, int textY, int valueX) {
    }

    public int width() {
        return LABEL_WIDTH + BAR_SPACE + 90;
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    public static BarChart of(String title, List<String> labels, List<Double> values, String unit) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i);
            int width = max <= 0 ? 0 : (int) Math.round(v / max * BAR_SPACE);
            int y = i * ROW + 4;
            String shown = (v == Math.rint(v) ? Long.toString((long) v) : String.format("%.1f", v)) + unit;
            bars.add(new Bar(labels.get(i), shown, y, Math.max(width, v > 0 ? 2 : 0), y + 15, LABEL_WIDTH + width + 6));
        }
        return new BarChart(title, bars, Math.max(labels.size() * ROW + 8, 36));
    }
}
