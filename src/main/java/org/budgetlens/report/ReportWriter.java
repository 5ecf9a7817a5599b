package org.budgetlens.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
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
import org.budgetlens.progress.ProgressListener;
import org.budgetlens.warehouse.SqlResource;

/**
 * Writes a report folder: {@code index.html}, {@code charts/ID.png} and {@code .svg}, {@code data/ID.csv} for every
 * table behind a chart or shown on the page, and {@code report.xlsx} with all of them. A folder is only ever
 * overwritten when an earlier report wrote it (it holds the marker file), and only once the new report is complete:
 * it is written into a folder beside it and swapped in, so a failure (a full disk) leaves the previous report as it
 * was.
 */
public final class ReportWriter {

    /** Marks a folder as written by this command, so a rerun may replace its files and nothing else. */
    static final String MARKER = ".budgetlens-report";

    private ReportWriter() {
    }

    /** What was written: the folder, the year reviewed, the sections with their charts, how many tables. */
    public record Result(Path folder, Integer year, List<Section> sections, int tables, int agencyPages, boolean pdf,
                         long millis) {

        public int charts() {
            return sections.stream().mapToInt(s -> s.charts().size()).sum();
        }

        public Path index() {
            return folder.resolve("index.html");
        }

        /** The PDF, when one was asked for. */
        public Path pdfFile() {
            return folder.resolve("report.pdf");
        }
    }

    public static Result write(Connection connection, ReportOptions options, List<String> header)
            throws SQLException, IOException {
        return write(connection, options, header, false, ProgressListener.NONE);
    }

    /** As {@link #write(Connection, ReportOptions, List)}, telling {@code progress} of each chart drawn. */
    public static Result write(Connection connection, ReportOptions options, List<String> header,
            ProgressListener progress) throws SQLException, IOException {
        return write(connection, options, header, false, progress);
    }

    /**
     * The report; with {@code pdf} also {@code report.pdf}, the print layout with the named agencies as an annex;
     * {@code progress} is told of the charts, the agency pages and the PDF.
     */
    public static Result write(Connection connection, ReportOptions options, List<String> header, boolean pdf,
            ProgressListener progress) throws SQLException, IOException {
        long started = System.nanoTime();
        LocalDateTime generated = LocalDateTime.now();
        Path target = checkTarget(options.out());
        Path folder = startPartial(target);
        try {
            Integer year = options.year() != null ? options.year() : defaultYear(connection, options);
            List<Section> sections = new ArrayList<>();
            if (year != null) {
                sections.add(new DistrictReview(connection, options, year).build());
            } else {
                sections.add(new Section("review", "机构横向比较", List.of("所选范围内没有"
                        + DistrictReview.kindZh(options.kind()) + "公开（" + options.scope() + "）。"), List.of(),
                        List.of()));
            }
            sections.add(new AnnualTrend(connection, options).build());
            sections.add(new DataQuality(connection, options).build());
            writeCharts(folder, sections, progress);
            Map<String, DataTable> tables = tables(sections);
            for (DataTable t : tables.values()) {
                TableFiles.csv(t, SafeOutput.inside(folder.resolve("data"), t.id() + ".csv"));
            }
            List<String> lines = new ArrayList<>(header);
            lines.add(selection(options, year));
            TableFiles.xlsx(tables.values(), WorkbookAbout.of(connection, options, lines),
                    writable(SafeOutput.inside(folder, "report.xlsx")));
            AgencyPages agencies = AgencyPages.load(connection, options, year);
            Summary.View summary = new Summary(connection, options, year, id -> agencies.link(id, "agencies/"),
                    Summary.Parameters.load()).build(selection(options, year), generated);
            List<PageView.Part> parts = new ArrayList<>();
            for (Section s : sections) {
                parts.add(PageView.part(s, id -> agencies.link(id, "agencies/")));
            }
            Map<String, List<String>> ownCharts = ownCharts(sections);
            int pages = HtmlPage.agencies(folder.resolve("agencies"), agencies, ownCharts, progress);
            Files.writeString(writable(SafeOutput.inside(folder, "index.html")),
                    HtmlPage.index(lines, summary, parts, pages > 0), StandardCharsets.UTF_8);
            if (pdf) {
                List<AgencyPages.View> annex = new ArrayList<>();
                for (String id : agencies.named(summary.named())) {
                    annex.add(agencies.view(id, HtmlPage.chartLinks(ownCharts, id, "")));
                }
                String note = "摘要所列的" + annex.size() + "个机构各一页（全部" + pages + "个机构的页面在 agencies/ 文件夹中）。"
                        + "打印版的长表只列前 " + PageView.ROWS_PRINTED + " 行，全部数据在 data/ 的 CSV 和 report.xlsx 中。";
                progress.start("report: pdf", 0);
                try {
                    PdfReport.write(HtmlPage.print(lines, summary, parts, annex, note), folder,
                            writable(SafeOutput.inside(folder, "report.pdf")));
                } finally {
                    progress.done();
                }
            }
            Files.writeString(folder.resolve(MARKER),
                    "written by budgetlens report; its files are replaced on rerun\n");
            swapIn(folder, target);
            return new Result(target, year, List.copyOf(sections), tables.size(), pages, pdf,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(folder, e); // the previous report, if any, is untouched
            throw e;
        }
    }

    /**
     * Checks every chart's text against the font, then draws the charts on one thread per core: drawing (the SVG's
     * glyph outlines above all) is most of a report's time, and each chart is drawn independently.
     */
    private static void writeCharts(Path folder, List<Section> sections, ProgressListener progress)
            throws IOException {
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
                        progress.advance(1);
                        return null;
                    } catch (IOException e) {
                        throw new IOException("chart " + c.id() + ": " + e.getMessage(), e);
                    }
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        progress.start("report: charts", draws.size());
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
            progress.done();
        }
    }

    /** The charts that draw one agency alone (its trend), by agency: its page shows them. */
    private static Map<String, List<String>> ownCharts(List<Section> sections) {
        Map<String, List<String>> own = new LinkedHashMap<>();
        for (Section s : sections) {
            for (ChartSpec c : s.charts()) {
                if (c.agencies().size() == 1) {
                    own.computeIfAbsent(c.agencies().get(0), k -> new ArrayList<>()).add(c.id());
                }
            }
        }
        return own;
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

    /** What a report writes into its folder; anything else there (a reader's notes) is left alone. */
    static final List<String> GENERATED = List.of(MARKER, "charts", "data", "agencies", "report.xlsx", "report.pdf",
            "index.html");
    private static final String PARTIAL = ".partial-";
    private static final String OLD = ".old-";

    /** The report folder, checked: new, empty, or written by an earlier report; never any other folder. */
    static Path checkTarget(Path out) throws IOException {
        Path folder = out.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ReportException(out + " is a file, not a folder: choose another --out");
        }
        if (Files.isDirectory(folder) && !isEmpty(folder) && !Files.exists(folder.resolve(MARKER))) {
            throw new ReportException(out + " is not empty and was not written by 'budgetlens report': "
                    + "choose an empty or new folder with --out");
        }
        if (folder.getParent() == null) {
            throw new ReportException(out + " is the root of a disk: choose a folder with --out");
        }
        return folder;
    }

    /**
     * A new folder beside the report folder, on the same disk, that the report is written into:
     * {@code .NAME.partial-PID-*}. The partial folders of earlier runs that were killed (their process is gone) are removed first.
     */
    static Path startPartial(Path target) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        removeStale(parent, target.getFileName().toString());
        Path folder = Files.createTempDirectory(parent, "." + target.getFileName() + PARTIAL
                + ProcessHandle.current().pid() + "-");
        Files.createDirectories(folder.resolve("charts"));
        Files.createDirectories(folder.resolve("data"));
        return folder;
    }

    /**
     * Puts the complete new report in place of the old one: the old report's files are moved aside, the new ones
     * moved in (renames on one disk, each all or nothing), then the old ones deleted. A failure on the way puts the
     * old ones back. Files the report does not write stay where they are.
     */
    static void swapIn(Path partial, Path target) throws IOException {
        Files.createDirectories(target);
        Path aside = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + OLD
                + ProcessHandle.current().pid() + "-");
        List<String> out = new ArrayList<>();
        List<String> in = new ArrayList<>();
        try {
            for (String name : GENERATED) {
                if (Files.exists(target.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(target.resolve(name), aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                    out.add(name);
                }
            }
            for (String name : GENERATED) {
                if (Files.exists(partial.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(partial.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                    in.add(name);
                } // report.pdf is only written when asked for: an old one goes with the old report
            }
        } catch (IOException | RuntimeException e) {
            for (String name : in) {
                moveBack(target.resolve(name), partial.resolve(name), e);
            }
            for (String name : out) {
                moveBack(aside.resolve(name), target.resolve(name), e);
            }
            deleteQuietly(aside, e);
            throw e;
        }
        deleteQuietly(aside, null);
        deleteQuietly(partial, null);
    }

    private static void moveBack(Path from, Path to, Exception failure) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Removes the partial and set-aside folders of {@code name} whose report process is gone (killed). */
    static void removeStale(Path parent, String name) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(parent)) {
            entries = list.toList();
        } catch (IOException e) {
            return;
        }
        for (Path p : entries) {
            String n = p.getFileName().toString();
            for (String kind : List.of(PARTIAL, OLD)) {
                String prefix = "." + name + kind;
                if (n.startsWith(prefix) && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    String rest = n.substring(prefix.length());
                    int dash = rest.indexOf('-');
                    try {
                        long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                        if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                            Folders.deleteTree(p);
                        }
                    } catch (NumberFormatException | IOException e) {
                        // not one of ours, or not deletable now
                    }
                }
            }
        }
    }

    private static void deleteQuietly(Path folder, Exception failure) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException | RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } // else: left for removeStale at the next report
        }
    }

    /**
     * Fault injection for the full-disk tests: {@code -Dbudgetlens.fault.reportFull=report.xlsx} (or index.html) makes
     * writing that file fail as on a full disk.
     */
    private static Path writable(Path file) throws java.nio.file.FileSystemException {
        if (file.getFileName().toString().equals(System.getProperty("budgetlens.fault.reportFull"))) {
            throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
        }
        return file;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

}
