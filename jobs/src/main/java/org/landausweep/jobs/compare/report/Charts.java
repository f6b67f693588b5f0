package org.landausweep.jobs.compare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.landausweep.jobs.compare.Quantiles;

/** The report's figures, drawn with JFreeChart (headless) and saved as PNG. */
final class Charts {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final int HISTOGRAM_BINS = 30;
    /** Curve samples of the theorem's bound. */
    private static final int BOUND_POINTS = 200;
    /** Smallest E/E(0) drawn on a log axis. */
    private static final double LOG_FLOOR = 1e-16;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** A histogram of {@code values} with a vertical line at {@code reference}. */
    static void histogram(Path file, String title, String xLabel, double[] values, double reference) throws IOException {
        HistogramDataset data = new HistogramDataset();
        data.addSeries("runs", values, HISTOGRAM_BINS);
        JFreeChart chart = ChartFactory.createHistogram(title, xLabel, "runs", data, PlotOrientation.VERTICAL, false, false, false);
        chart.getXYPlot().addDomainMarker(new ValueMarker(reference, Color.RED, new BasicStroke(2f)));
        save(file, chart);
    }

    /** t0_theorem and t0_empirical of each run against its λmax. */
    static void t0AgainstLambda(Path file, String title, List<RunPoint> runs) throws IOException {
        XYSeries theorem = new XYSeries("t0_theorem", false);
        XYSeries empirical = new XYSeries("t0_empirical", false);
        for (RunPoint run : runs) {
            theorem.add(run.lambdaMax(), run.t0Theorem());
            empirical.add(run.lambdaMax(), run.t0Empirical());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(theorem);
        data.addSeries(empirical);
        save(file, ChartFactory.createScatterPlot(title, "λmax", "t0", data));
    }

    /**
     * The quantile curves of {@code envelope} and {@code bound}(t), E(t)/E(0) on a log axis.
     *
     * @param boundLabel the legend of the bound
     */
    static void envelope(Path file, String title, Envelope envelope, DoubleUnaryOperator bound, String boundLabel) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int level = 0; level < Quantiles.LEVELS.size(); level++) {
            XYSeries series = new XYSeries("E/E(0) " + Quantiles.LEVELS.get(level).suffix(), false);
            for (int i = 0; i < envelope.t().length; i++) {
                series.add(envelope.t()[i], Math.max(LOG_FLOOR, envelope.quantiles()[i][level]));
            }
            data.addSeries(series);
        }
        XYSeries boundCurve = new XYSeries(boundLabel, false);
        double tEnd = envelope.t()[envelope.t().length - 1];
        for (int i = 0; i <= BOUND_POINTS; i++) {
            double t = tEnd * i / BOUND_POINTS;
            boundCurve.add(t, Math.max(LOG_FLOOR, bound.applyAsDouble(t)));
        }
        data.addSeries(boundCurve);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "t", "E(t)/E(0)", data);
        XYPlot plot = chart.getXYPlot();
        plot.setRangeAxis(new LogAxis("E(t)/E(0)"));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        int boundSeries = data.getSeriesCount() - 1;
        renderer.setSeriesPaint(boundSeries, Color.BLACK);
        renderer.setSeriesStroke(boundSeries, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        save(file, chart);
    }

    private static void save(Path file, JFreeChart chart) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }
}
