package org.budgetlens.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.budgetlens.extract.ExtractRun;
import org.budgetlens.extract.Registry;
import org.budgetlens.generate.AnswerKey;
import org.budgetlens.ingest.IngestRunner;
import org.budgetlens.metrics.NamedQuery;
import org.budgetlens.metrics.QueryFilter;
import org.budgetlens.report.ReportOptions;
import org.budgetlens.report.ReportWriter;
import org.budgetlens.warehouse.RunCounts;
import org.budgetlens.warehouse.Warehouse;

/**
 * Times, in one run on the same generated files: DuckDB's own read_csv of the files (the reference), the ingest
 * job, a second ingest of the unchanged files, and every named query (cold and warm); and records the process's
 * peak resident memory.
 */
public final class IngestBenchmark {

    /** One named query's timings: cold (first run) and warm (best of three), unfiltered and for one agency. */
    public record QueryTiming(String name, long rows, double coldSeconds, double warmSeconds, long agencyRows,
            double agencyWarmSeconds) {
    }

    /** Extraction of published-text documents: how many, in how long. */
    public record ExtractionTiming(int documents, double seconds) {

        public double perSecond() {
            return documents / seconds;
        }
    }

    /** PDF documents extracted (PDF to normalized figures), their pages, and the time; peak heap seen while at it. */
    public record PdfTiming(int documents, long pages, double seconds, long peakHeapMb, String source,
            LongDocument longDocument) {

        public double documentsPerSecond() {
            return documents / seconds;
        }

        public double pagesPerSecond() {
            return pages / seconds;
        }
    }

    /**
     * One long PDF ({@link #LONG_PAGES} pages of the real PDFs, repeated) extracted on its own: its time, the largest
     * heap seen while at it, and the heap retained after each round of the document runs (first and last), which does
     * not grow with the number of documents.
     */
    public record LongDocument(int pages, double seconds, long peakHeapMb, long retainedFirstMb, long retainedLastMb) {
    }

    /** The measured figures. */
    public record Result(String workload, int files, long referenceRows, double referenceSeconds, long records,
            double ingestSeconds, IngestRunner.Phases phases, double rerunSeconds, long peakRssKb, long corpusBytes,
            List<QueryTiming> queries, long lineItems, double reportSeconds, int reportCharts,
            ExtractionTiming extraction, AnswerKeyScore.Score score, PdfTiming pdf) {

        /** Records loaded per second by the load phase (read, validate, load; no metrics or audit) ÷ read_csv's. */
        public double loadRatio() {
            return (records / (phases.loadMillis() / 1000.0)) / (referenceRows / referenceSeconds);
        }

        /** The same for the whole job, metrics, audit and checkpoint included. */
        public double ratio() {
            return (records / ingestSeconds) / (referenceRows / referenceSeconds);
        }
    }

    private IngestBenchmark() {
    }

    public static Result run(Workload workload, Path data, Path work, int chunkSize, PrintWriter log, Path pdfs)
            throws Exception {
        int files = workload.files();
        long bytes = workload.bytes();
        Path referenceDb = work.resolve("reference.duckdb");
        deleteDb(referenceDb);
        log.println("reference: DuckDB read_csv of the same files ...");
        log.flush();
        long t0 = System.nanoTime();
        long referenceRows;
        try (Warehouse reference = Warehouse.openForWrite(referenceDb)) {
            reference.update("benchmark/reference_load.sql", workload.referenceGlob());
            referenceRows = reference.query("benchmark/count_reference.sql", r -> r.getLong(1)).get(0);
        }
        double referenceSeconds = seconds(t0);

        Path ingestDb = work.resolve("ingest.duckdb");
        deleteDb(ingestDb);
        log.println("ingest job ...");
        log.flush();
        StringWriter progress = new StringWriter();
        long t1 = System.nanoTime();
        IngestRunner.Outcome first = IngestRunner.run(ingestDb, workload.ingestInputs(), chunkSize, false, false,
                false, new PrintWriter(progress));
        double ingestSeconds = seconds(t1);
        check(first);
        log.println("ingest again (every file unchanged) ...");
        log.flush();
        long t2 = System.nanoTime();
        check(IngestRunner.run(ingestDb, workload.ingestInputs(), chunkSize, false, false, false,
                new PrintWriter(progress)));
        double rerunSeconds = seconds(t2);
        RunCounts counts = first.counts();
        log.println("named queries, cold and warm ...");
        log.flush();
        List<QueryTiming> queries = new ArrayList<>();
        long lineItems;
        AnswerKeyScore.Score score;
        try (Warehouse warehouse = Warehouse.openReadOnly(ingestDb)) {
            lineItems = warehouse.query("benchmark/count_line_items.sql", r -> r.getLong(1)).get(0);
            for (NamedQuery q : NamedQuery.all()) {
                queries.add(time(warehouse, q, workload.sampleAgency()));
            }
            score = workload.answerKey() == null ? null
                    : AnswerKeyScore.score(warehouse, AnswerKey.read(workload.answerKey()));
        }
        log.println("report ...");
        log.flush();
        long t3 = System.nanoTime();
        ReportWriter.Result report;
        try (Warehouse warehouse = Warehouse.openReadOnly(ingestDb)) {
            report = ReportWriter.write(warehouse.connection(), new ReportOptions(null, null, null, "final", "本级",
                    ReportOptions.DEFAULT_TOP, work.resolve("report")), List.of("benchmark"));
        }
        double reportSeconds = seconds(t3);
        log.println("extraction of published-text documents ...");
        log.flush();
        ExtractionTiming extraction = extraction(data, work.resolve("extracted"));
        PdfTiming pdf = null;
        if (pdfs != null) {
            log.println("PDF extraction of the PDFs under " + pdfs + " ...");
            log.flush();
            pdf = pdfExtraction(pdfs, work.resolve("pdf"));
        } else if (workload.answerKey() != null) {
            log.println("PDF extraction: disclosures rendered as PDFs, then read back ...");
            log.flush();
            pdf = pdfExtraction(workload.corpus(), work.resolve("pdf"));
        }
        return new Result(workload.description(), files, referenceRows, referenceSeconds, counts.recordsRead(),
                ingestSeconds, first.phases(), rerunSeconds, peakRssKb(), bytes, queries, lineItems, reportSeconds,
                report.charts(), extraction, score, pdf);
    }

    /**
     * Extracts the published-text documents under {@code data/sources}, 50 times each per run, over and over for at
     * least three seconds after a warm-up run, writing every normalized file and report as the command does.
     */
    static ExtractionTiming extraction(Path data, Path out) throws IOException {
        List<Path> seeds = ExtractRun.documents(List.of(data.resolve("sources")));
        List<Path> documents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            documents.addAll(seeds);
        }
        Registry registry = Registry.read(data.resolve("agencies.csv"));
        new ExtractRun(registry, out, data).run(documents);
        int done = 0;
        long t0 = System.nanoTime();
        while (seconds(t0) < 3.0) {
            done += new ExtractRun(registry, out, data).run(documents).documents();
        }
        return new ExtractionTiming(done, seconds(t0));
    }

    /** How many generated disclosures the PDF timing renders and reads back. */
    static final int PDF_DOCUMENTS = 60;

    /**
     * Renders the first {@link #PDF_DOCUMENTS} generated disclosures as PDFs ({@code generate --format pdf}), then
     * extracts them — PDF to normalized figures and reports, as the command does — over and over for at least five
     * seconds after a warm-up run, on every core; counts documents and pages, and the peak heap while at it.
     */
    static PdfTiming pdfExtraction(Path given, Path out) throws IOException {
        List<Path> real;
        try (java.util.stream.Stream<Path> walk = Files.walk(given)) {
            real = walk.filter(p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        if (!Files.isDirectory(given.resolve("qinghai"))) {
            long pages = 0;
            for (Path p : real) {
                try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(p.toFile())) {
                    pages += d.getNumberOfPages();
                }
            }
            PdfTiming timing = time(Registry.empty(), real, given, out, pages, "real PDFs under " + given);
            return new PdfTiming(timing.documents(), timing.pages(), timing.seconds(), timing.peakHeapMb(),
                    timing.source(), longDocument(real, out.resolve("long")));
        }
        Path corpus = given;
        List<Path> csvs;
        try (java.util.stream.Stream<Path> walk = Files.walk(corpus.resolve("qinghai"))) {
            csvs = walk.filter(p -> p.toString().endsWith(".csv")).sorted().limit(PDF_DOCUMENTS).toList();
        }
        Path pdfs = out.resolve("in");
        org.budgetlens.files.Folders.deleteTree(out);
        java.util.Map<String, String> names = org.budgetlens.generate.pdf.PdfDisclosures.agencyNames(
                corpus.resolve("agencies.csv"));
        List<Path> documents = new ArrayList<>();
        long pages = 0;
        for (Path csv : csvs) {
            Path copy = pdfs.resolve(corpus.relativize(csv).toString().replace('/', '_'));
            Files.createDirectories(pdfs);
            Files.copy(csv, copy);
            pages += org.budgetlens.generate.pdf.PdfDisclosures.render(copy, 1, names);
            Files.delete(copy);
            documents.add(copy.resolveSibling(copy.getFileName().toString().replaceFirst("\\.csv$", ".pdf")));
        }
        return time(Registry.read(corpus.resolve("agencies.csv")), documents, pdfs, out, pages,
                "generated disclosures rendered as PDFs");
    }

    private static PdfTiming time(Registry registry, List<Path> documents, Path pdfs, Path out, long pages,
            String source) throws IOException {
        new ExtractRun(registry, out.resolve("x"), pdfs).run(documents);
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long peak = 0;
        int done = 0;
        long readPages = 0;
        long t0 = System.nanoTime();
        while (seconds(t0) < 5.0) {
            done += new ExtractRun(registry, out.resolve("x"), pdfs).run(documents).documents();
            readPages += pages;
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }
        return new PdfTiming(done, readPages, seconds(t0), peak / 1024 / 1024, source, null);
    }

    /** How many pages the long document of the PDF timing has (issue: "a 500-page PDF stays within bounded memory"). */
    static final int LONG_PAGES = 500;

    /**
     * Builds a {@link #LONG_PAGES}-page PDF from the pages of the given PDFs, repeated, and extracts it on its own,
     * sampling the heap every 10 ms; then extracts it with every given PDF twice more, the heap retained (after a
     * collection) measured after the first round and after the last.
     */
    static LongDocument longDocument(List<Path> pdfs, Path out) throws IOException {
        org.budgetlens.files.Folders.deleteTree(out);
        Path in = out.resolve("in");
        Files.createDirectories(in);
        Path doc = in.resolve("long.pdf");
        List<org.apache.pdfbox.pdmodel.PDDocument> sources = new ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument target = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (Path p : pdfs) {
                sources.add(org.apache.pdfbox.Loader.loadPDF(p.toFile()));
            }
            for (int n = 0; n < LONG_PAGES; ) {
                for (org.apache.pdfbox.pdmodel.PDDocument d : sources) {
                    for (org.apache.pdfbox.pdmodel.PDPage page : d.getPages()) {
                        if (n++ < LONG_PAGES) {
                            target.importPage(page);
                        }
                    }
                }
            }
            target.save(doc.toFile());
        } finally {
            for (org.apache.pdfbox.pdmodel.PDDocument d : sources) {
                d.close();
            }
        }
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "heap-sampler");
                    t.setDaemon(true);
                    return t;
                });
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 10, java.util.concurrent.TimeUnit.MILLISECONDS);
        long t0 = System.nanoTime();
        try {
            new ExtractRun(Registry.empty(), out.resolve("x"), in).run(List.of(doc));
        } finally {
            sampler.shutdownNow();
        }
        double seconds = seconds(t0);
        List<Path> many = new ArrayList<>(List.of(doc));
        many.addAll(pdfs);
        long[] retained = new long[2];
        for (int round = 0; round < 3; round++) {
            new ExtractRun(Registry.empty(), out.resolve("x" + round), in).run(many);
            System.gc();
            retained[round == 0 ? 0 : 1] = memory.getHeapMemoryUsage().getUsed() / 1024 / 1024;
        }
        return new LongDocument(LONG_PAGES, seconds, peak.get() / 1024 / 1024, retained[0], retained[1]);
    }

    private static QueryTiming time(Warehouse warehouse, NamedQuery query, String agency) throws SQLException {
        QueryFilter all = new QueryFilter(null, null, null, null, null, Set.of("province"));
        QueryFilter one = new QueryFilter(null, agency, null, null, null, Set.of("province"));
        long t0 = System.nanoTime();
        long rows = run(warehouse, query, all);
        double cold = seconds(t0);
        double warm = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            run(warehouse, query, all);
            warm = Math.min(warm, seconds(t));
        }
        long agencyRows = 0;
        double agencyWarm = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            agencyRows = run(warehouse, query, one);
            agencyWarm = Math.min(agencyWarm, seconds(t));
        }
        return new QueryTiming(query.name(), rows, cold, warm, agencyRows, agencyWarm);
    }

    /** Runs a named query and reads every row and column; returns the row count. */
    private static long run(Warehouse warehouse, NamedQuery query, QueryFilter filter) throws SQLException {
        try (PreparedStatement statement = query.prepare(warehouse.connection(), filter)) {
            long rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    private static void check(IngestRunner.Outcome outcome) {
        if (!outcome.completed() || outcome.counts().recordsRejected() > 0) {
            throw new IllegalStateException("the benchmark's ingest did not load cleanly: " + outcome);
        }
    }

    /** Peak resident set size of this process (Linux), or -1 where it cannot be read. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void deleteDb(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
