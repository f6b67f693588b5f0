package org.landausweep.jobs.compare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's figures, drawn with JFreeChart (headless) and saved as PNG: white background, light grid,
 * the theorem's reference in black (dashed curve, or a line), the data in one blue with its 1–99 % band
 * shaded, single runs in light grey.
 */
final class Charts {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 460;
    /** Curve samples of the theorem's functions of t. */
    private static final int THEOREM_POINTS = 200;
    /** Smallest E/E(0) drawn on a log axis. */
    private static final double LOG_FLOOR = 1e-16;
    private static final Color DATA = new Color(0x1f, 0x5f, 0xbf);
    private static final Color BAND = new Color(0x1f, 0x5f, 0xbf, 70);
    private static final Color RUN = new Color(150, 150, 150, 110);
    private static final Color GRID = new Color(220, 220, 220);
    private static final Color[] SERIES = {DATA, new Color(0xd9, 0x5f, 0x02), new Color(0x1b, 0x9e, 0x77), new Color(0x75, 0x70, 0xb3)};
    private static final BasicStroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /**
     * E(t)/E(0) of one (d, λmax bin) on a log axis: the 1–99 % band and the median over the runs, each of the
     * {@code curves} up to its own horizon, and {@code bound}(t) dashed.
     */
    static void envelope(Path file, String title, Envelope envelope, List<RunCurve> curves, DoubleUnaryOperator bound, String boundLabel)
            throws IOException {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "t", "E(t)/E(0)", theoremCurve(boundLabel, envelope, bound, LOG_FLOOR));
        XYPlot plot = chart.getXYPlot();
        plot.setRangeAxis(new LogAxis("E(t)/E(0)  (log scale)"));
        plot.setRenderer(0, dashed());
        plot.setDataset(1, band(envelope, LOG_FLOOR));
        plot.setRenderer(1, bandRenderer());
        XYSeriesCollection runs = new XYSeriesCollection();
        for (RunCurve curve : curves) {
            XYSeries series = new XYSeries(runs.getSeriesCount() == 0 ? "single runs (" + curves.size() + "), each to its horizon" : "run " + runs.getSeriesCount(), false);
            for (int i = 0; i < curve.t().length; i++) {
                series.add(curve.t()[i], Math.max(LOG_FLOOR, curve.value()[i]));
            }
            runs.addSeries(series);
        }
        plot.setDataset(2, runs);
        XYLineAndShapeRenderer thin = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < runs.getSeriesCount(); i++) {
            thin.setSeriesPaint(i, RUN);
            thin.setSeriesStroke(i, new BasicStroke(1f));
            thin.setSeriesVisibleInLegend(i, i == 0);
        }
        plot.setRenderer(2, thin);
        save(file, chart);
    }

    /**
     * -E'(t)/E(t) of one (d, λmax bin): the 1–99 % band, the median and the smallest over the runs, against the
     * theorem's instantaneous rate {@code rate}(t), dashed.
     */
    static void instantaneousRate(Path file, String title, Envelope envelope, DoubleUnaryOperator rate, String rateLabel) throws IOException {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "t", "-E'(t)/E(t)", theoremCurve(rateLabel, envelope, rate, Double.NEGATIVE_INFINITY));
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(0, dashed());
        plot.setDataset(1, band(envelope, Double.NEGATIVE_INFINITY));
        plot.setRenderer(1, bandRenderer());
        XYSeries lowest = new XYSeries("smallest over the runs", false);
        for (int i = 0; i < envelope.shownCells(); i++) {
            lowest.add(envelope.t()[i], envelope.quantiles()[i][0]);
        }
        plot.setDataset(2, new XYSeriesCollection(lowest));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, SERIES[1]);
        plot.setRenderer(2, line);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        save(file, chart);
    }

    /** decay_rate_asymptotic/(2(d-1)) of each run against its λmax, a series per d, with a line at 1, the theorem's rate. */
    static void rateAgainstLambda(Path file, String title, Map<Integer, List<RunPoint>> byD) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        double low = 1;
        double high = 1;
        for (var entry : byD.entrySet()) {
            XYSeries series = new XYSeries("d = " + entry.getKey(), false);
            for (RunPoint run : entry.getValue()) {
                if (run.rateRatio() != null) {
                    series.add(run.lambdaMax(), run.rateRatio());
                    low = Math.min(low, run.rateRatio());
                    high = Math.max(high, run.rateRatio());
                }
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createScatterPlot(title, "λmax", "decay_rate_asymptotic / (2(d-1))", data);
        XYPlot plot = chart.getXYPlot();
        dots(plot, data.getSeriesCount());
        ValueMarker one = new ValueMarker(1, Color.BLACK, new BasicStroke(2f));
        one.setLabel("1: Theorem 1's rate 2(d-1)");
        one.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        one.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(one);
        double pad = 0.06 * (high - low);
        plot.getRangeAxis().setRange(low - pad, high + pad);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        save(file, chart);
    }

    /** t0_empirical against t0_theorem, a series per d, with the diagonal t0_empirical = t0_theorem (the theorem: at or below it). */
    static void t0(Path file, String title, Map<Integer, List<RunPoint>> byD) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        double top = 0;
        for (var entry : byD.entrySet()) {
            XYSeries series = new XYSeries("d = " + entry.getKey(), false);
            for (RunPoint run : entry.getValue()) {
                series.add(run.t0Theorem(), run.t0Empirical());
                top = Math.max(top, Math.max(run.t0Theorem(), run.t0Empirical()));
            }
            data.addSeries(series);
        }
        XYSeries diagonal = new XYSeries("t0_empirical = t0_theorem", false);
        diagonal.add(0, 0);
        diagonal.add(1.05 * top, 1.05 * top);
        data.addSeries(diagonal);
        JFreeChart chart = ChartFactory.createScatterPlot(title, "t0_theorem", "t0_empirical (end of the last interval with E' > 0)", data);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = dots(plot, data.getSeriesCount() - 1);
        int last = data.getSeriesCount() - 1;
        renderer.setSeriesLinesVisible(last, true);
        renderer.setSeriesShapesVisible(last, false);
        renderer.setSeriesPaint(last, Color.BLACK);
        renderer.setSeriesStroke(last, DASHED);
        plot.getDomainAxis().setRange(0, 1.05 * top);
        plot.getRangeAxis().setRange(0, 1.05 * top);
        save(file, chart);
    }

    /** Runs per status in each (d, λmax bin), as bars with their counts written on them so that a single run shows. */
    static void statusCounts(Path file, String title, DefaultCategoryDataset counts) throws IOException {
        JFreeChart chart = ChartFactory.createBarChart(title, "d, λmax bin", "runs", counts, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setItemMargin(0.02);
        for (int i = 0; i < counts.getRowCount(); i++) {
            renderer.setSeriesPaint(i, statusColor(counts.getRowKey(i).toString(), i));
        }
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setUpperMargin(0.12);
        saveStyled(file, chart);
    }

    private static Paint statusColor(String status, int i) {
        return switch (status) {
            case "CERTIFIED" -> SERIES[2];
            case "DECIDED" -> SERIES[0];
            case "UNRESOLVED" -> SERIES[1];
            case "FAILED" -> new Color(0xc0, 0x20, 0x20);
            default -> SERIES[(3 + i) % SERIES.length];
        };
    }

    /** {@code f}(t) on the envelope's time range, clipped from below at {@code floor}. */
    private static XYSeriesCollection theoremCurve(String label, Envelope envelope, DoubleUnaryOperator f, double floor) {
        XYSeries curve = new XYSeries(label, false);
        double tEnd = envelope.t()[envelope.t().length - 1];
        for (int i = 0; i <= THEOREM_POINTS; i++) {
            double t = tEnd * i / THEOREM_POINTS;
            curve.add(t, Math.max(floor, f.applyAsDouble(t)));
        }
        return new XYSeriesCollection(curve);
    }

    /** The median and the 1–99 % band of the envelope, where at least half of its runs are still alive. */
    private static YIntervalSeriesCollection band(Envelope envelope, double floor) {
        YIntervalSeries band = new YIntervalSeries("median and 1-99 % of " + envelope.runs() + " runs", false, false);
        for (int i = 0; i < envelope.shownCells(); i++) {
            double[] q = envelope.quantiles()[i];
            band.add(envelope.t()[i], Math.max(floor, q[2]), Math.max(floor, q[1]), Math.max(floor, q[3]));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(band);
        return data;
    }

    private static DeviationRenderer bandRenderer() {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, DATA);
        renderer.setSeriesFillPaint(0, BAND);
        renderer.setAlpha(1f);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        return renderer;
    }

    private static XYLineAndShapeRenderer dashed() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setSeriesStroke(0, DASHED);
        return renderer;
    }

    private static XYLineAndShapeRenderer dots(XYPlot plot, int series) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < series; i++) {
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            Color c = SERIES[i % SERIES.length];
            renderer.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 150)); // see-through: overlapping series stay visible
        }
        plot.setRenderer(renderer);
        return renderer;
    }

    private static void save(Path file, JFreeChart chart) throws IOException {
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        saveStyled(file, chart);
    }

    private static void saveStyled(Path file, JFreeChart chart) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }
}
