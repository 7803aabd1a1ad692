package org.ncii.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The two PNG charts: intake latency percentiles against offered rate, and a backlog drained over time. */
final class Charts {
    private Charts() {
    }

    @SuppressWarnings("unchecked")
    static void intakeLatency(Map<String, Object> s1, Path file) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries p50 = new XYSeries("p50");
        XYSeries p90 = new XYSeries("p90");
        XYSeries p99 = new XYSeries("p99");
        for (Map<String, Object> step : (List<Map<String, Object>>) s1.get("steps")) {
            double rate = ((Number) step.get("offeredRate")).doubleValue();
            p50.add(rate, Math.max(0.1, ((Number) step.get("p50Ms")).doubleValue()));
            p90.add(rate, Math.max(0.1, ((Number) step.get("p90Ms")).doubleValue()));
            p99.add(rate, Math.max(0.1, ((Number) step.get("p99Ms")).doubleValue()));
        }
        data.addSeries(p50);
        data.addSeries(p90);
        data.addSeries(p99);
        JFreeChart chart = ChartFactory.createXYLineChart("Intake: latency from scheduled send vs offered rate",
                "offered rate (reports/s)", "latency (ms, log)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis log = new LogAxis("latency (ms, log)");
        log.setSmallestValue(0.1);
        plot.setRangeAxis(log);
        ValueMarker target = new ValueMarker(((Number) s1.get("p99TargetMs")).doubleValue(), Color.RED, new BasicStroke(1.5f));
        target.setLabel("p99 target");
        plot.addRangeMarker(target);
        double limit = ((Number) ((Map<String, Object>) s1.get("limit")).get("transactionsPerSecond")).doubleValue();
        ValueMarker limitMarker = new ValueMarker(limit, Color.DARK_GRAY, new BasicStroke(1.5f));
        limitMarker.setLabel("PostgreSQL limit");
        plot.addDomainMarker(limitMarker);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 520);
    }

    @SuppressWarnings("unchecked")
    static void backlog(Map<String, Map<String, Object>> runs, Path file) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, Map<String, Object>> run : runs.entrySet()) {
            XYSeries series = new XYSeries(run.getKey());
            for (double[] point : (List<double[]>) run.getValue().get("timeline")) {
                series.add(point[0], point[1]);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Notifier: backlog drained after the partner came back",
                "seconds since the partner came back", "notices not yet delivered", data, PlotOrientation.VERTICAL, true, false, false);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 520);
    }
}
