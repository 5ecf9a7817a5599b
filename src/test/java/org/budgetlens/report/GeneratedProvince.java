package org.budgetlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.budgetlens.Cli;
import org.budgetlens.files.Folders;
import org.budgetlens.warehouse.Warehouse;

/**
 * A generated province (60 agencies, 2022–2024, seed 42, planted defects) ingested by the real command line, and its
 * report — built once per test run and shared by the report tests that need more agencies than data/ has.
 */
final class GeneratedProvince {

    static final int TOP = 20;

    private static GeneratedProvince instance;

    final Path work;
    final Path db;
    final Path folder;
    final ReportWriter.Result result;

    private GeneratedProvince() throws Exception {
        work = Files.createTempDirectory("generated-province");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Folders.deleteTree(work);
            } catch (IOException | RuntimeException e) {
                // left in the temp dir
            }
        }));
        Path out = work.resolve("generated");
        Cli.Result g = Cli.run("generate", "--agencies", "60", "--years", "3", "--seed", "42", "--defect-rate", "0.3",
                "--out", out.toString());
        check(g);
        db = work.resolve("w.duckdb");
        check(Cli.ingest(db, out.resolve("agencies.csv"), out.resolve("qinghai")));
        folder = work.resolve("report");
        try (Warehouse w = Warehouse.openReadOnly(db)) {
            Connection c = w.connection();
            result = ReportWriter.write(c, new ReportOptions(null, null, null, "final", "本级", TOP, folder),
                    List.of("数据：w.duckdb（budgetlens 仓库）"));
        }
    }

    static synchronized GeneratedProvince get() {
        if (instance == null) {
            try {
                instance = new GeneratedProvince();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    ChartSpec chart(String id) {
        return result.sections().stream().flatMap(s -> s.charts().stream()).filter(c -> c.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no chart " + id));
    }

    List<ChartSpec> charts() {
        return result.sections().stream().flatMap(s -> s.charts().stream()).toList();
    }

    private static void check(Cli.Result r) {
        if (r.exitCode() != 0) {
            throw new AssertionError(r.err());
        }
    }
}
