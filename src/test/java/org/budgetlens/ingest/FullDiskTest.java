package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the warehouse on a 3 MB tmpfs, too small for the bundled data. Needs a machine that lets the
 * test mount a tmpfs (root); elsewhere it is skipped with a message, and {@code FailuresTest} checks the messages on
 * the texts DuckDB printed on such a disk.
 */
class FullDiskTest {

    @TempDir
    Path tmp;

    @Test
    void aFullDiskUnderTheWarehouseIsOneLineAndTheRerunWithRoomEndsAsACleanRun() throws Exception {
        Path small = tmp.resolve("small");
        Files.createDirectories(small);
        Assumptions.assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", small.toString()),
                "skipped: this machine does not let the test mount a 3 MB tmpfs (needs root)");
        Path roomy = tmp.resolve("roomy");
        Files.createDirectories(roomy);
        try {
            Cli.Result full = Cli.ingest(small.resolve("w.duckdb"), RepoData.DATA);
            assertThat(full.exitCode()).isEqualTo(1);
            assertThat(full.err().lines().toList()).as(full.err()).hasSize(1).first().asString()
                    .startsWith("error: no space left on device for the warehouse ")
                    .contains("run the same command again");
            // the disk made larger: the warehouse as the full disk left it, moved to a disk with room
            try (var files = Files.list(small)) {
                for (Path f : files.toList()) {
                    Files.copy(f, roomy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            command("umount", small.toString());
        }
        Cli.Result rerun = Cli.ingest(roomy.resolve("w.duckdb"), RepoData.DATA);
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();

        Path clean = tmp.resolve("clean.duckdb");
        assertThat(Cli.ingest(clean, RepoData.DATA).exitCode()).isZero();
        List<String> expected = Warehouses.fingerprint(clean);
        assertThat(Warehouses.fingerprint(roomy.resolve("w.duckdb"))).isEqualTo(expected);
    }

    private static boolean command(String... args) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no mount command at all
        }
    }
}
