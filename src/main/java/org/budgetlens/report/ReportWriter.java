package org.budgetlens.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.budgetlens.files.Folders;
import org.budgetlens.warehouse.SqlResource;

/**
 * Writes a report folder: {@code index.html}, {@code charts/ID.png} and {@code .svg}, {@code data/ID.csv} for every
 * table behind a chart or shown on the page, and {@code report.xlsx} with all of them. A folder is only ever
 * overwritten when an earlier report wrote it (it holds the marker file).
 */
public final class ReportWriter {

    /** Marks a folder as written by this command, so a rerun may replace its files and nothing else. */
    static final String MARKER = ".budgetlens-report";

    private ReportWriter() {
    }

    /** What was written: the folder, the year reviewed, the sections with their charts, how many tables. */
    public record Result(Path folder, Integer year, List<Section> sections, int tables, long millis) {

        public int charts() {
            return sections.stream().mapToInt(s -> s.charts().size()).sum();
        }

        public Path index() {
            return folder.resolve("index.html");
        }
    }

    public static Result write(Connection connection, ReportOptions options, List<String> header)
            throws SQLException, IOException {
        long started = System.nanoTime();
        Path folder = prepare(options.out());
        Integer year = options.year() != null ? options.year() : defaultYear(connection, options);
        List<Section> sections = new ArrayList<>();
        if (year != null) {
            sections.add(new DistrictReview(connection, options, year).build());
        } else {
            sections.add(new Section("review", "机构横向比较", List.of("所选范围内没有"
                    + DistrictReview.kindZh(options.kind()) + "公开（" + options.scope() + "）。"), List.of(), List.of()));
        }
        sections.add(new AnnualTrend(connection, options).build());
        sections.add(new DataQuality(connection, options).build());
        writeCharts(folder, sections);
        Map<String, DataTable> tables = tables(sections);
        for (DataTable t : tables.values()) {
            TableFiles.csv(t, SafeOutput.inside(folder.resolve("data"), t.id() + ".csv"));
        }
        TableFiles.xlsx(tables.values(), SafeOutput.inside(folder, "report.xlsx"));
        List<String> lines = new ArrayList<>(header);
        lines.add(selection(options, year));
        Files.writeString(SafeOutput.inside(folder, "index.html"),
                HtmlPage.render("预算公开分析报告", lines, sections), StandardCharsets.UTF_8);
        return new Result(folder, year, List.copyOf(sections), tables.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Checks every chart's text against the font, then draws the charts on one thread per core: drawing (the SVG's
     * glyph outlines above all) is most of a report's time, and each chart is drawn independently.
     */
    private static void writeCharts(Path folder, List<Section> sections) throws IOException {
        Path charts = folder.resolve("charts");
        List<Callable<Void>> draws = new ArrayList<>();
        for (Section s : sections) {
            for (ChartSpec c : s.charts()) {
                List<String> undrawable = ChartLabels.undrawable(c.chart());
                if (!undrawable.isEmpty()) {
                    throw new ReportException("chart " + c.id() + " has text the report font cannot draw: "
                            + undrawable + " (a label outside the agency names, which are made drawable: please "
                            + "report this)");
                }
                Path png = SafeOutput.inside(charts, c.id() + ".png");
                Path svg = SafeOutput.inside(charts, c.id() + ".svg");
                draws.add(() -> {
                    try {
                        ChartFiles.png(c, png);
                        ChartFiles.svg(c, svg);
                        return null;
                    } catch (IOException e) {
                        throw new IOException("chart " + c.id() + ": " + e.getMessage(), e);
                    }
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            for (Future<Void> done : pool.invokeAll(draws)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the charts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("drawing a chart failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, DataTable> tables(List<Section> sections) {
        Map<String, DataTable> tables = new LinkedHashMap<>();
        for (Section s : sections) {
            for (ChartSpec c : s.charts()) {
                tables.putIfAbsent(c.data().id(), c.data());
            }
            for (DataTable t : s.tables()) {
                tables.putIfAbsent(t.id(), t);
            }
        }
        return tables;
    }

    private static String selection(ReportOptions o, Integer year) {
        return "范围：" + (o.region() == null ? "全部地区" : "区划代码 " + o.region() + " 及其下级")
                + (o.sector() == null ? "，全部行业" : "，行业 " + o.sector())
                + "；横向比较年度：" + (year == null ? "无" : year + "年")
                + "（" + DistrictReview.kindZh(o.kind()) + "，" + o.scope() + "）；金额单位：万元。";
    }

    private static Integer defaultYear(Connection connection, ReportOptions o) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(SqlResource.statement("report/default_year.sql"))) {
            s.setObject(1, o.regionPrefix());
            s.setObject(2, o.sector());
            s.setObject(3, o.kind());
            s.setObject(4, o.scope());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int year = rs.getInt(1);
                return rs.wasNull() ? null : year;
            }
        }
    }

    /** Creates the folder, or clears the files an earlier report wrote there; refuses any other non-empty folder. */
    static Path prepare(Path out) throws IOException {
        Path folder = out.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ReportException(out + " is a file, not a folder: choose another --out");
        }
        if (Files.isDirectory(folder) && !isEmpty(folder) && !Files.exists(folder.resolve(MARKER))) {
            throw new ReportException(out + " is not empty and was not written by 'budgetlens report': "
                    + "choose an empty or new folder with --out");
        }
        for (String generated : List.of("charts", "data")) {
            Folders.deleteTree(folder.resolve(generated));
        }
        Files.deleteIfExists(folder.resolve("index.html"));
        Files.deleteIfExists(folder.resolve("report.xlsx"));
        Files.createDirectories(folder.resolve("charts"));
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve(MARKER), "written by budgetlens report; its files are replaced on rerun\n");
        return folder;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

}
