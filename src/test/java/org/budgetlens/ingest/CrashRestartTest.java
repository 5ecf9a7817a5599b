package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.budgetlens.Budgetlens;
import org.budgetlens.Cli;
import org.budgetlens.Corpus;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run killed at any point and started again ends with exactly the warehouse a clean run gives: disclosures, line
 * items, stored metrics and audit findings. The job runs in a separate JVM that is halted at a named point of the run
 * ({@link FaultInjection}: as kill -9 does, no shutdown hooks, DuckDB not closed) or killed with SIGKILL at an
 * arbitrary moment; the restart, the same command, runs in-process. Two starting points: a fresh warehouse, and a
 * warehouse that holds the corpus as it was before some of its files changed (one corrected in the first chunk and one
 * in the last, so that the audit's findings change; one deleted, pruned; one renamed; one whose every record is now
 * rejected). A run that fails there instead (a full disk) is followed by a rerun that ends the same way.
 */
class CrashRestartTest {

    static final int AGENCIES = 8;
    static final String CHUNK = "2";

    @TempDir
    static Path shared;

    /** The corpus as it is after the changes (the fresh runs load it too), and the warehouse from before them. */
    static Path corpus;
    static Path before;
    static Clean fresh;
    static Clean changed;

    @TempDir
    Path tmp;

    /** What the uninterrupted run gives from a starting point: its exit code and the warehouse's contents. */
    record Clean(int exitCode, List<String> fingerprint) {
    }

    /** The warehouse a run starts from: an empty one, or one that holds the corpus as it was before the changes. */
    enum Start {
        FRESH, CHANGED
    }

    @BeforeAll
    static void cleanRuns() throws IOException {
        corpus = Corpus.seed004Copies(shared.resolve("corpus"), AGENCIES);
        before = shared.resolve("before.duckdb");
        Cli.Result first = ingest(before);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("files:   9 found = 9 loaded");
        List<String> beforeFingerprint = Warehouses.fingerprint(before);
        change(corpus);

        fresh = clean(null);
        changed = clean(before);

        assertThat(changed.exitCode()).as("the file whose every record is rejected").isEqualTo(3);
        assertThat(auditOf(changed.fingerprint())).as("the corrections change the audit's findings")
                .isNotEqualTo(auditOf(beforeFingerprint));
        assertThat(changed.fingerprint()).as("the disclosure of the rejected file is kept only where it was loaded")
                .isNotEqualTo(fresh.fingerprint());
    }

    /** The changes between the two versions of the corpus; files in path order, two per chunk. */
    private static void change(Path corpus) throws IOException {
        // chunk 1: a correction that makes the 合计 disagree with its parts (new audit findings)
        RepoData.rewrite(file(corpus, 1), text -> text.replace("gpb_expenditure,total,合计,,total,,,665.38,",
                "gpb_expenditure,total,合计,,total,,,665.48,"));
        Files.delete(file(corpus, 3));                                            // gone: pruned
        Files.move(file(corpus, 4), file(corpus, 4).resolveSibling("2024-final-renamed.csv"));  // chunk 2: moved
        RepoData.rewrite(file(corpus, 6), text -> String.join("\n", text.lines()          // chunk 3: kept
                .map(l -> l.startsWith("#") || l.startsWith("table_id,") ? l : "no_such_" + l).toList()) + "\n");
        // chunk 4: a correction in the last chunk
        RepoData.rewrite(file(corpus, 8), text -> text.replace("summary,210,卫生健康支出,,total,,,652.06,",
                "summary,210,卫生健康支出,,total,,,652.16,"));
    }

    private static Path file(Path corpus, int agency) {
        return corpus.resolve(String.format("630103-copy%03d", agency)).resolve("2024-final.csv");
    }

    private static Clean clean(Path from) throws IOException {
        Path db = shared.resolve((from == null ? "fresh" : "changed") + "-clean.duckdb");
        if (from != null) {
            copyWarehouse(from, db);
        }
        Cli.Result r = ingest(db);
        assertThat(r.exitCode()).as(r.err()).isIn(0, 3);
        return new Clean(r.exitCode(), Warehouses.fingerprint(db));
    }

    /**
     * The kill points of each starting point. In the changed corpus the chunks' transactions are: 1 loads the first
     * correction, 2 moves the renamed file's bookkeeping, 3 records the rejected file, 4 loads the last correction.
     */
    static Stream<Arguments> killPoints() {
        // (halted at "loaded", after every chunk committed, a run leaves what it leaves inside the prune)
        Stream<Arguments> changed = Stream.of("in-chunk:1", "after-chunk:2", "in-chunk:4", "in-prune",
                "before-metrics", "in-metrics", "before-audit", "in-audit", "before-checkpoint", "checkpointed")
                .map(p -> Arguments.of(Start.CHANGED, p));
        // a fresh warehouse: a point in each phase (SIGKILL after a chunk: killedWithSigkillWhileLoading)
        Stream<Arguments> fresh = Stream.of("in-chunk:2", "in-metrics", "in-audit", "checkpointed")
                .map(p -> Arguments.of(Start.FRESH, p));
        return Stream.concat(fresh, changed);
    }

    @ParameterizedTest(name = "{0} warehouse, halted at {1}")
    @MethodSource("killPoints")
    void haltedAtAPointOfTheRun(Start start, String point) throws Exception {
        Path db = warehouse(start);
        Path err = tmp.resolve("halted.err");
        Process halted = start(db, "-D" + FaultInjection.HALT + "=" + point, err);
        assertThat(halted.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(halted.exitValue()).as(Files.readString(err)).isEqualTo(FaultInjection.EXIT_CODE);
        String stale = expectedStaleness(start, point);
        assertThat(state(db, start)).as("what the halt left behind the data, and the run").isEqualTo(
                stale + ",running");

        Cli.Result restart = ingest(db);

        assertRestartIsClean(db, restart, start, "interrupted");
        assertThat(restart.out()).contains(expectedDerived(point, stale));
    }

    @ParameterizedTest(name = "a full disk at {0}")
    @ValueSource(strings = {"in-chunk:4", "in-audit", "before-checkpoint"})
    void failedWithAFullDisk(String point) throws Exception {
        Path db = warehouse(Start.CHANGED);
        Cli.Result failed;
        System.setProperty(FaultInjection.FAIL, point);
        try {
            failed = ingest(db);
        } finally {
            System.clearProperty(FaultInjection.FAIL);
        }
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        assertThat(failed.err()).contains("No space left on device (simulated at " + point + ")");

        Cli.Result rerun = ingest(db);

        assertRestartIsClean(db, rerun, Start.CHANGED, "failed");
    }

    @Test
    void killedWithSigkillWhileLoading() throws Exception {
        Path db = tmp.resolve("w.duckdb");
        Process running = start(db, "-Dbudgetlens.test=sigkill", null);
        List<String> progress = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(running.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                progress.add(line);
                if (line.contains("chunk 2 committed")) {
                    running.destroyForcibly(); // SIGKILL on Linux
                    break;
                }
            }
        }
        assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(progress).anyMatch(l -> l.contains("chunk 2 committed"));
        long loadedBeforeKill = Long.parseLong(Cli.sqlValue(db, "SELECT count(*) FROM disclosures"));
        assertThat(loadedBeforeKill).isBetween(4L, 6L);

        Cli.Result stale = Cli.run("--db", db.toString(), "query", "personnel-share");
        assertThat(stale.exitCode()).isZero();
        assertThat(stale.err()).startsWith("warning: the stored metrics are older than the data")
                .contains("warning: the audit findings are older than the data");

        assertRestartIsClean(db, ingest(db), Start.FRESH, "interrupted");
        assertThat(Cli.run("--db", db.toString(), "query", "personnel-share").err()).isEmpty();
    }

    /**
     * The restart ended as the uninterrupted run from the same start did (exit code, warehouse contents), with the
     * metrics and the audit computed from the data as it is, and the stopped run recorded as {@code stopped}.
     */
    private static void assertRestartIsClean(Path db, Cli.Result restart, Start start, String stopped) {
        Clean clean = start == Start.FRESH ? fresh : changed;
        assertThat(restart.exitCode()).as(restart.err()).isEqualTo(clean.exitCode());
        assertThat(Warehouses.fingerprint(db)).isEqualTo(clean.fingerprint());
        assertThat(state(db, start)).isEqualTo("false,false," + stopped + " finished");
    }

    /**
     * Whether the stored metrics and the audit are behind the data, as the warehouse records it, and the status of
     * each run from this start on (a changed warehouse was made by run 1).
     */
    private static String state(Path db, Start start) {
        return Cli.sqlCsv(db, "SELECT metrics_generation <> data_generation, audit_generation <> data_generation, "
                + "(SELECT string_agg(status, ' ' ORDER BY run_id) FROM load_runs WHERE run_id > "
                + (start == Start.FRESH ? 0 : 1) + ") FROM generations").get(1);
    }

    private static String expectedStaleness(Start start, String point) {
        if (start == Start.CHANGED && point.equals("in-chunk:1")) {
            return "false,false"; // nothing of the run committed: the warehouse as the run found it
        }
        return switch (point) {
            case "before-audit", "in-audit" -> "false,true";
            case "before-checkpoint", "checkpointed" -> "false,false";
            default -> "true,true";
        };
    }

    /** What the restart recomputes: what the halt left behind, or everything when it halted while loading. */
    private static String expectedDerived(String point, String stale) {
        if (point.startsWith("in-chunk:") || point.startsWith("after-chunk:")) {
            return "derived: metrics rebuilt · audit run";
        }
        return switch (stale) {
            case "true,true" -> "derived: metrics rebuilt · audit run";
            case "false,true" -> "derived: metrics up to date · audit run";
            default -> "derived: nothing recomputed";
        };
    }

    private Path warehouse(Start start) throws IOException {
        Path db = tmp.resolve("w.duckdb");
        if (start == Start.CHANGED) {
            copyWarehouse(before, db);
        }
        return db;
    }

    private static void copyWarehouse(Path from, Path to) throws IOException {
        Files.copy(from, to);
        Path wal = from.resolveSibling(from.getFileName() + ".wal");
        if (Files.exists(wal)) {
            Files.copy(wal, to.resolveSibling(to.getFileName() + ".wal"));
        }
    }

    private static List<String> auditOf(List<String> fingerprint) {
        return fingerprint.stream().filter(l -> l.startsWith("audit_result,")).toList();
    }

    /** The command every run here is: the same for the halted run, its restart and the clean runs. */
    private static String[] command(Path db) {
        return new String[] {"--db", db.toString(), "ingest", "--prune", "--verbose", "--chunk-size", CHUNK,
            corpus.toString()};
    }

    private static Cli.Result ingest(Path db) {
        return Cli.run(command(db));
    }

    /** The job in a JVM of its own, started for speed (C1 only: the run is short); stderr to {@code err} if given. */
    private static Process start(Path db, String fault, Path err) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> args = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", fault,
                "-cp", System.getProperty("java.class.path"), Budgetlens.class.getName()));
        args.addAll(List.of(command(db)));
        ProcessBuilder pb = new ProcessBuilder(args);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (err != null) {
            pb.redirectError(err.toFile());
        }
        return pb.start();
    }
}
