package org.budgetlens.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.budgetlens.ingest.IngestRunner;
import org.budgetlens.warehouse.RunCounts;
import org.budgetlens.warehouse.Warehouse;

/**
 * Times, in one run on the same generated files: DuckDB's own read_csv of the files (the reference), the ingest
 * job, and a second ingest of the unchanged files; and records the process's peak resident memory.
 */
public final class IngestBenchmark {

    /** The measured figures. */
    public record Result(int files, long referenceRows, double referenceSeconds, long records, double ingestSeconds,
            double rerunSeconds, long peakRssKb, long corpusBytes) {

        public double ratio() {
            return (records / ingestSeconds) / (referenceRows / referenceSeconds);
        }
    }

    private IngestBenchmark() {
    }

    public static Result run(Path data, Path work, int copies, int chunkSize, PrintWriter log) throws Exception {
        Path corpus = work.resolve("corpus");
        log.printf(Locale.ROOT, "building the corpus: %d copies of every disclosure in %s ...%n", copies, data);
        log.flush();
        int files = Corpus.build(data, corpus, copies);
        long bytes = size(corpus);

        Path referenceDb = work.resolve("reference.duckdb");
        deleteDb(referenceDb);
        log.println("reference: DuckDB read_csv of the same files ...");
        log.flush();
        long t0 = System.nanoTime();
        long referenceRows;
        try (Warehouse reference = Warehouse.openForWrite(referenceDb)) {
            reference.update("benchmark/reference_load.sql",
                    corpus.resolve(Corpus.DISCLOSURES).toString() + "/*/*.csv");
            referenceRows = reference.query("benchmark/count_reference.sql", r -> r.getLong(1)).get(0);
        }
        double referenceSeconds = seconds(t0);

        Path ingestDb = work.resolve("ingest.duckdb");
        deleteDb(ingestDb);
        log.println("ingest job ...");
        log.flush();
        StringWriter progress = new StringWriter();
        long t1 = System.nanoTime();
        IngestRunner.Outcome first = IngestRunner.run(ingestDb, List.of(corpus), chunkSize, false, false,
                new PrintWriter(progress));
        double ingestSeconds = seconds(t1);
        check(first);
        log.println("ingest again (every file unchanged) ...");
        log.flush();
        long t2 = System.nanoTime();
        check(IngestRunner.run(ingestDb, List.of(corpus), chunkSize, false, false, new PrintWriter(progress)));
        double rerunSeconds = seconds(t2);
        RunCounts counts = first.counts();
        return new Result(files, referenceRows, referenceSeconds, counts.recordsRead(), ingestSeconds, rerunSeconds,
                peakRssKb(), bytes);
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

    private static long size(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteDb(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
