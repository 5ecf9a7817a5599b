package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.budgetlens.Budgetlens;
import org.budgetlens.Cli;
import org.budgetlens.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed at any point and started again ends with exactly the warehouse a clean run gives. The job runs in a
 * separate JVM that is halted (as kill -9 does: no shutdown hooks, DuckDB not closed) inside a chunk's transaction,
 * right after a chunk committed, or killed with SIGKILL at an arbitrary moment; the restart runs in-process.
 */
class CrashRestartTest {

    static final int AGENCIES = 30;
    static final String CHUNK = "4";

    @TempDir
    static Path shared;

    static Path corpus;
    static List<String> cleanFingerprint;

    @TempDir
    Path tmp;

    @BeforeAll
    static void cleanRun() {
        corpus = Corpus.seed004Copies(shared.resolve("corpus"), AGENCIES);
        Path db = shared.resolve("clean.duckdb");
        Cli.Result clean = Cli.run("--db", db.toString(), "ingest", "--chunk-size", CHUNK, corpus.toString());
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("files:   31 found = 31 loaded");
        cleanFingerprint = Warehouses.fingerprint(db);
    }

    @Test
    void haltedInsideAChunkTransaction() throws Exception {
        Path db = tmp.resolve("w.duckdb");
        Process crashed = start(db, "-Dbudgetlens.fault.haltInChunk=3");
        assertThat(crashed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(crashed.exitValue()).isEqualTo(FaultInjection.EXIT_CODE);
        // two chunks of four files committed; the third was rolled back by DuckDB's recovery
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM disclosures")).isEqualTo("8");

        Cli.Result restart = restart(db);

        assertThat(restart.out()).contains("files:   31 found = 22 loaded + 9 unchanged (skipped)"
                + " + 0 rejected + 0 dropped");
        assertThat(Warehouses.fingerprint(db)).isEqualTo(cleanFingerprint);
        assertThat(Cli.sqlCsv(db, "SELECT status FROM load_runs ORDER BY run_id"))
                .containsExactly("status", "interrupted", "finished");
    }

    @Test
    void haltedRightAfterAChunkCommitted() throws Exception {
        Path db = tmp.resolve("w.duckdb");
        Process crashed = start(db, "-Dbudgetlens.fault.haltAfterChunk=2");
        assertThat(crashed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(crashed.exitValue()).isEqualTo(FaultInjection.EXIT_CODE);
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM disclosures")).isEqualTo("8");
        // the chunks committed, the metric stores were not rebuilt: queries say so until the next run
        Cli.Result stale = Cli.run("--db", db.toString(), "query", "personnel-share");
        assertThat(stale.exitCode()).isZero();
        assertThat(stale.err()).startsWith("warning: the stored metrics are older than the data");

        restart(db);

        assertThat(Warehouses.fingerprint(db)).isEqualTo(cleanFingerprint);
        assertThat(Cli.run("--db", db.toString(), "query", "personnel-share").err()).isEmpty();
    }

    @Test
    void killedWithSigkillWhileLoading() throws Exception {
        Path db = tmp.resolve("w.duckdb");
        Process running = start(db, "-Dbudgetlens.test=sigkill");
        List<String> progress = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(running.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                progress.add(line);
                if (line.contains("chunk 3 committed")) {
                    running.destroyForcibly(); // SIGKILL on Linux
                    break;
                }
            }
        }
        assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(progress).anyMatch(l -> l.contains("chunk 3 committed"));
        long loadedBeforeKill = Long.parseLong(Cli.sqlValue(db, "SELECT count(*) FROM disclosures"));
        assertThat(loadedBeforeKill).isBetween(12L, 30L);

        restart(db);

        assertThat(Warehouses.fingerprint(db)).isEqualTo(cleanFingerprint);
    }

    private static Process start(Path db, String fault) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, fault, "-cp", System.getProperty("java.class.path"),
                Budgetlens.class.getName(), "--db", db.toString(), "ingest", "--verbose", "--chunk-size", CHUNK,
                corpus.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (!fault.contains("sigkill")) {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        return pb.start();
    }

    private static Cli.Result restart(Path db) {
        Cli.Result restart = Cli.run("--db", db.toString(), "ingest", "--chunk-size", CHUNK, corpus.toString());
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        return restart;
    }
}
