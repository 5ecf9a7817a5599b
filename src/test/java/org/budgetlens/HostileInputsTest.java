package org.budgetlens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.budgetlens.files.TempFiles;
import org.budgetlens.warehouse.NativeLibrary;
import org.budgetlens.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs and a hostile machine, each against the real command line, real files and a real DuckDB: one bad
 * input never stops the others (it is dropped or rejected, named with what to do, the rest loads, exit 3); a full
 * disk or temp dir is one line, never a stack trace, and never costs the previous report; nothing is left in the temp
 * dir. Listed in docs/reliability.md ("Bad inputs").
 *
 * <p>Permissions do not bind root: as root the unreadable-file case runs in a child JVM without the capabilities
 * that override them ({@code setpriv}). A full disk cannot be made without root either: the report's is simulated by
 * a fault hook ({@code budgetlens.fault.reportFull}), the temp dir's is real (a child JVM under {@code ulimit -f},
 * where the kernel refuses the write), the warehouse's message is checked in FailuresTest on DuckDB's own words.
 */
class HostileInputsTest {

    private static final String SEED_2024 = "qinghai/xining/630103-ylbzj/2024-final.csv";
    private static final long TWO_GB = 2_200_000_000L;

    @TempDir
    Path tmp;

    private Path data() {
        return RepoData.copyTo(tmp.resolve("in/data"));
    }

    private static String value(Path db, String sql) {
        return Cli.sqlValue(db, sql);
    }

    private static long disclosures(Path db) {
        return Long.parseLong(value(db, "SELECT count(*) FROM disclosures"));
    }

    // ---- one bad input never stops the others ----

    @Test
    void unreadableFilesFoldersAndRawTextsAreDroppedByNameAndTheRestLoads() throws Exception {
        Path data = data();
        Path locked = data.resolve("locked.csv");
        Files.copy(data.resolve(SEED_2024), locked);
        Path folder = data.resolve("locked-folder");
        Files.createDirectories(folder);
        Files.copy(data.resolve(SEED_2024), folder.resolve("copy.csv"));
        Path text = data.resolve("raw/notice.txt");
        Files.createDirectories(text.getParent());
        Files.writeString(text, "西宁市城中区医疗保障局\n2024年度部门决算\n", StandardCharsets.UTF_8);
        List<Path> unreadable = List.of(locked, text, folder);
        Path db = tmp.resolve("w.duckdb");
        try {
            for (Path p : unreadable) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
            }
            Cli.Result r = java(withoutPermissionOverride(), "--db", db.toString(), "ingest", data.toString());

            assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
            assertThat(r.out()).contains("files:   8 found = 5 loaded + 0 unchanged (skipped) + 0 rejected + 3 dropped")
                    .contains("records: 1,180 read = 1,180 loaded + 0 rejected")
                    .contains("dropped: " + locked + ": cannot read the file (permission denied): give the user "
                            + "running budgetlens read access to it, or move it out of the input folders")
                    .contains("dropped: " + text + ": cannot read the file (permission denied)")
                    .contains("dropped: " + folder + ": cannot open the folder (permission denied): none of its "
                            + "files is read");
            assertThat(r.err()).contains("exit 3: 3 input(s) dropped, not read (listed above as 'dropped:' with what "
                    + "to do)").doesNotContain("\tat ");
        } finally {
            for (Path p : unreadable) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            }
        }
        assertThat(disclosures(db)).isEqualTo(4);
    }

    @Test
    void failingTwoGigabyteAndEmptyInputsAreDroppedByNameEvenRegistriesAndTheRestLoads() throws Exception {
        // /proc/self/mem opens, but reading its first byte fails (EIO) for any user: a disk's read error, for real
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "Linux /proc");
        Path data = data();
        List<Path> failing = List.of(data.resolve("eio/agencies.csv"), data.resolve("eio/2024-final.csv"),
                data.resolve("eio/notice.txt"));
        List<Path> huge = List.of(data.resolve("huge/agencies.csv"), data.resolve("huge/2024-final.csv"),
                data.resolve("huge/notice.txt"));
        for (Path p : failing) {
            Files.createDirectories(p.getParent());
            Files.createSymbolicLink(p, mem);
        }
        for (Path p : huge) {
            Files.createDirectories(p.getParent());
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(TWO_GB); // sparse: takes no disk, reads as 2.2 GB of zeros
            }
        }
        Path empty = data.resolve("raw/empty.txt");
        Files.createDirectories(empty.getParent());
        Files.write(empty, new byte[0]);
        Path db = tmp.resolve("w.duckdb");

        Cli.Result r = Cli.ingest(db, data);

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("files:   12 found = 5 loaded + 0 unchanged (skipped) + 0 rejected + 7 dropped")
                .contains("records: 1,180 read = 1,180 loaded + 0 rejected");
        for (Path p : failing) {
            assertThat(r.out()).contains("dropped: " + p + ": cannot read the file (IOException: Input/output error)"
                    + ": give the user running budgetlens read access to it, or move it out of the input folders");
        }
        for (Path p : huge) {
            assertThat(r.out()).contains("dropped: " + p + ": the file is 2.0 GiB (2,200,000,000 bytes), over the "
                    + "limit of 256 MiB (268,435,456 bytes) for one input file (it is read into memory whole): split "
                    + "it (one disclosure per file), or raise the limit with --max-file-size");
        }
        assertThat(r.out()).contains("dropped: " + empty + ": the document could not be read as text: the file is "
                + "empty (its extraction report: ");
        assertThat(r.err()).contains("(not read: dropped)")
                .contains("exit 3: 7 input(s) dropped, not read (listed above as 'dropped:' with what to do)");
        assertThat(disclosures(db)).isEqualTo(4);
    }

    @Test
    void theSizeLimitIsAnOptionStatedInHelp() {
        Path data = data();
        Path db = tmp.resolve("w.duckdb");

        Cli.Result r = Cli.run("--db", db.toString(), "ingest", "--max-file-size", "20K", data.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("files:   5 found = 2 loaded + 0 unchanged (skipped) + 0 rejected + 3 dropped")
                .contains("dropped: " + data.resolve(SEED_2024) + ": the file is 51.7 KiB (52,897 bytes), over the "
                        + "limit of 20 KiB (20,480 bytes)");
        assertThat(Cli.run("ingest", "--max-file-size", "lots", data.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("ingest", "--help").out()).contains("--max-file-size=SIZE").contains("default: 256M");
    }

    @Test
    void brokenRegistriesAreRejectedWithTheirPathAndTheRestLoads() throws Exception {
        Path data = data();
        byte[] binary = new byte[4096];
        new Random(5).nextBytes(binary);
        byte[] utf16 = ("\uFEFF" + Files.readString(data.resolve("agencies.csv"))).getBytes(StandardCharsets.UTF_16);
        List<byte[]> broken = List.of(binary, utf16, new byte[0],
                "id,name\nx,y\n".getBytes(StandardCharsets.UTF_8),
                (Files.readString(data.resolve("agencies.csv")) + "\"never closed,").getBytes(StandardCharsets.UTF_8));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < broken.size(); i++) {
            Path p = data.resolve("broken-" + i + "/agencies.csv");
            Files.createDirectories(p.getParent());
            Files.write(p, broken.get(i));
            files.add(p);
        }
        Path db = tmp.resolve("w.duckdb");

        Cli.Result r = Cli.ingest(db, data);

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
        for (Path p : files) {
            assertThat(value(db, "SELECT count(*) FROM rejects WHERE source_file = '" + p + "'"))
                    .as(p.toString()).isNotEqualTo("0");
        }
        assertThat(value(db, "SELECT string_agg(DISTINCT reason, ' | ') FROM rejects")).contains(
                "the file is UTF-16", "the file is empty", "a quoted field opened here is never closed",
                "header line 1: expected the columns agency_id");
        assertThat(disclosures(db)).isEqualTo(4);
    }

    @Test
    void linksAreFollowedOnceTheRealFileWinsAndLoopsAndBrokenLinksAreNamed() throws Exception {
        Path data = data();
        Path real = data.resolve(SEED_2024);
        Path link = real.resolveSibling("0-link.csv"); // sorts before the real file
        Files.createSymbolicLink(link, real.getFileName());
        Files.createSymbolicLink(data.resolve("self.csv"), Path.of("self.csv"));
        Files.createSymbolicLink(data.resolve("broken.csv"), Path.of("missing.csv"));
        Files.createSymbolicLink(data.resolve("loop"), Path.of("."));
        // a folder outside the inputs, linked in: followed, read under the link's path
        Path outside = tmp.resolve("elsewhere");
        Files.createDirectories(outside);
        Path moved = data.resolve("xinjiang/urumqi/650104-ylbzj/2023-performance.csv");
        Files.move(moved, outside.resolve("2023-performance.csv"));
        Files.createSymbolicLink(data.resolve("linked"), outside);
        Path pipe = data.resolve("pipe.csv");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
        Path db = tmp.resolve("w.duckdb");

        Cli.Result r = Cli.ingest(db, data);

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out())
                .contains("passed over: " + link + " (a link to " + real + ", which is read there)")
                .contains("dropped: " + data.resolve("self.csv") + ": a link to self.csv that leads back to itself "
                        + "(a loop): fix or remove the link")
                .contains("dropped: " + data.resolve("broken.csv") + ": a link to missing.csv, which does not exist")
                .contains("dropped: " + pipe + ": not a regular file (a pipe, socket or device)")
                .contains("passed over: " + data.resolve("loop") + " (a link to a folder around it ("
                        + data.toRealPath() + "), whose files are read once)")
                .contains("files:   8 found = 5 loaded + 0 unchanged (skipped) + 0 rejected + 3 dropped");
        assertThat(value(db, "SELECT source_file FROM disclosures WHERE disclosure_id = '630103-ylbzj/2024/final'"))
                .isEqualTo(real.toString());
        assertThat(value(db, "SELECT source_file FROM disclosures WHERE disclosure_id = '650104-ylbzj/2023/perf"
                + "ormance'")).isEqualTo(data.resolve("linked/2023-performance.csv").toString());
        assertThat(value(db, "SELECT count(*) FROM rejects")).isEqualTo("0");
        assertThat(disclosures(db)).isEqualTo(4);
    }

    @Test
    void crOnlyLineEndsAreReadAndARejectNamesItsLine() throws Exception {
        Path data = data();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                RepoData.rewrite(p, t -> t.replace("\r\n", "\n").replace('\n', '\r'));
            }
        }
        Path seed = data.resolve(SEED_2024);
        RepoData.rewrite(seed, t -> t.replace("一般公共预算财政拨款收入,,total,,,665.38,", "一般公共预算财政拨款收入,,total,,,abc,"));
        Path db = tmp.resolve("w.duckdb");

        Cli.Result r = Cli.ingest(db, data);

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("records: 1,180 read = 1,179 loaded + 1 rejected");
        assertThat(Cli.sqlCsv(db, "SELECT source_file, file_line FROM rejects"))
                .containsExactly("source_file,file_line", seed + ",10");
        assertThat(disclosures(db)).isEqualTo(4);
    }

    @Test
    void controlAndInvisibleCharactersInAgencyNamesAreRejectedWithTheirLine() throws Exception {
        Path data = data();
        String row = ",630103,青海省,西宁市,城中区,医疗保障,county,本级,行政,,\n";
        RepoData.rewrite(data.resolve("agencies.csv"), t -> t
                + "630103-a,\"西宁\n市局\"" + row                 // line 5 (a quoted line break: two lines)
                + "630103-b,西宁市\u202E局甲" + row                // line 7
                + "630103-c,西宁\u200B市局" + row                  // line 8
                + "630103-d,西宁\t市局" + row                      // line 9
                + "630103-e,西宁市城中区财政局" + row);           // line 10, loads
        Path db = tmp.resolve("w.duckdb");

        Cli.Result r = Cli.ingest(db, data);

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
        String fix = ": remove it (a name must show as what it is: such a character can make it read as another, or "
                + "break the lines of a report)";
        assertThat(Cli.sqlCsv(db, "SELECT file_line || ' ' || reason AS r FROM rejects ORDER BY file_line"))
                .containsExactly("r",
                "\"5 agency_name has the control character U+000A (LINE FEED (LF)) at character 3" + fix + "\"",
                "\"7 agency_name has the invisible formatting character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 4"
                        + fix + "\"",
                "\"8 agency_name has the invisible formatting character U+200B (ZERO WIDTH SPACE) at character 3" + fix
                        + "\"",
                "\"9 agency_name has the control character U+0009 (CHARACTER TABULATION) at character 3" + fix + "\"");
        assertThat(value(db, "SELECT count(*) FROM agencies")).isEqualTo("4");
        assertThat(disclosures(db)).isEqualTo(4);
    }

    // ---- full disks and temp dirs ----

    @Test
    void aReportFailingOnAFullDiskLeavesThePreviousReportAsItWas() throws Exception {
        Path db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, data()).exitCode()).isZero();
        Path folder = tmp.resolve("reports/r");
        assertThat(Cli.run("--db", db.toString(), "report", "--out", folder.toString()).exitCode()).isZero();
        Files.writeString(folder.resolve("notes.txt"), "a reader's notes");
        byte[] index = Files.readAllBytes(folder.resolve("index.html"));
        List<String> before = listing(folder);
        Path killed = Files.createDirectories(tmp.resolve("reports/.r.partial-" + Long.MAX_VALUE + "-1"));

        Cli.Result full;
        System.setProperty("budgetlens.fault.reportFull", "report.xlsx");
        try {
            full = Cli.run("--db", db.toString(), "report", "--out", folder.toString());
        } finally {
            System.clearProperty("budgetlens.fault.reportFull");
        }

        assertThat(full.exitCode()).isEqualTo(1);
        assertThat(full.err().lines().toList()).hasSize(1);
        assertThat(full.err()).startsWith("error: no space left on device writing ")
                .contains("report.xlsx: free space on that disk, or write elsewhere (--out)")
                .contains("; the previous report in " + folder + " is unchanged");
        assertThat(Files.readAllBytes(folder.resolve("index.html"))).isEqualTo(index);
        assertThat(listing(folder)).isEqualTo(before);
        assertThat(listing(tmp.resolve("reports"))).as("no partial folder left, a killed run's removed")
                .doesNotContain(killed.getFileName().toString()).noneMatch(n -> n.startsWith(".r."));

        Cli.Result again = Cli.run("--db", db.toString(), "report", "--out", folder.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("a reader's notes");
        assertThat(listing(folder)).isEqualTo(before);
        assertThat(listing(tmp.resolve("reports"))).containsExactly("r");
    }

    @Test
    void aFullTempDirIsOneLineAndAMissingOneToo() throws Exception {
        Path db = tmp.resolve("w.duckdb");
        Path data = data();
        // the kernel refuses every write past 20 MB (ulimit -f): DuckDB's 70 MB library cannot be unpacked
        List<String> limited = List.of("bash", "-c", "ulimit -f 20000 && exec \"$0\" \"$@\"");
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash");

        Cli.Result ingest = java(limited, "--db", db.toString(), "ingest", data.toString());

        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(ingest.err().lines().filter(l -> l.startsWith("error: "))).singleElement().asString()
                .startsWith("error: the file size limit of this process (ulimit -f) was reached in the temp dir "
                        + javaTmp() + " (writing " + javaTmp() + "): free space there, or start Java with "
                        + "-Djava.io.tmpdir=DIR on a disk with space");

        Files.write(db, new byte[0]); // a warehouse file to open: DuckDB's library is loaded before it is read
        Cli.Result missing = javaWithTmp(List.of(), tmp.resolve("no-such-dir"), "--db", db.toString(), "sql",
                "SELECT 1");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: cannot unpack DuckDB's native library (about 70 MB) into the "
                + "temp dir \"" + tmp.resolve("no-such-dir") + "\": the folder does not exist; free space there or "
                + "start Java with -Djava.io.tmpdir=DIR (a folder with space)\n");
    }

    @Test
    void aFailedCommitIsReportedAsItselfNotAsTheAutocommitSwitchAfterIt() {
        Path db = tmp.resolve("w.duckdb");
        try (Warehouse w = Warehouse.openForWrite(db)) {
            // DuckDB ends the transaction when its commit fails (a full disk): the work here does the same
            assertThatThrownBy(() -> w.inTransaction(() -> {
                w.execute("COMMIT");
                throw new SQLException("IO Error: Could not write file \"" + db + "\": No space left on device");
            })).hasMessageContaining("No space left on device")
                    .satisfies(e -> assertThat(Arrays.stream(e.getSuppressed()).map(Throwable::getMessage))
                            .anyMatch(m -> m.contains("cannot commit - no transaction is active")));
        }
    }

    @Test
    void aKilledRunsTempFilesGoAtTheNextStartAndARunLeavesNothing() throws Exception {
        Path db = tmp.resolve("w.duckdb");
        Path data = data();
        Path ours = javaTmp().resolve("budgetlens-" + System.getProperty("user.name"));

        Cli.Result killed = java(List.of(), "-Dbudgetlens.fault.halt=after-chunk:1", "--db", db.toString(), "ingest",
                "--chunk-size", "1", data.toString());

        assertThat(killed.exitCode()).as(killed.err()).isEqualTo(137);
        assertThat(listing(ours)).as("the killed run's own folder, with its staging files").hasSize(1);
        if (Files.isReadable(Path.of("/proc/self/maps"))) {
            assertThat(listing(javaTmp())).as("DuckDB's library is deleted once loaded")
                    .noneMatch(n -> n.startsWith("libduckdb_java"));
        }
        Path oldCopy = Files.write(javaTmp().resolve("libduckdb_java123.so"), new byte[16]);
        Files.setLastModifiedTime(oldCopy, FileTime.from(Instant.now().minusSeconds(3600)));
        Path newCopy = Files.write(javaTmp().resolve("libduckdb_java456.so"), new byte[16]);

        Cli.Result resumed = java(List.of(), "--db", db.toString(), "ingest", data.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(listing(ours)).as("the killed run's folder removed at the next start, this run's at its exit")
                .isEmpty();
        assertThat(listing(javaTmp())).as("a stale copy of DuckDB's library removed, a fresh one kept")
                .containsExactly(ours.getFileName().toString(), newCopy.getFileName().toString());
        assertThat(disclosures(db)).isEqualTo(4);
    }

    @Test
    void staleTempFoldersAreThoseOfRunsThatAreGone() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("base"));
        Path gone = Files.createDirectories(base.resolve(Long.MAX_VALUE + "-1"));
        Path running = Files.createDirectories(base.resolve(TempFiles.runName(ProcessHandle.current())));
        Path other = Files.createDirectories(base.resolve("not-a-run"));

        assertThat(TempFiles.removeStale(base)).containsExactly(gone);
        assertThat(running).exists();
        assertThat(other).exists();
        assertThat(NativeLibrary.removeStaleCopies(tmp.resolve("none"), Instant.now())).isEmpty();
    }

    // ---- running budgetlens, files ----

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path javaTmp() throws IOException {
        return Files.createDirectories(tmp.resolve("java-tmp"));
    }

    /** A wrapper that takes away root's power over permissions, so that an unreadable file is one; none otherwise. */
    private List<String> withoutPermissionOverride() throws IOException {
        Path probe = Files.writeString(tmp.resolve("probe"), "x");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
        boolean permissionsBind = !Files.isReadable(probe);
        Files.delete(probe);
        if (permissionsBind) {
            return List.of();
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv, to run without root's overrides");
        return List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search");
    }

    /** budgetlens in a JVM of its own (its temp dir this test's), behind {@code wrapper}; JVM options may lead args. */
    private Cli.Result java(List<String> wrapper, String... args) throws Exception {
        return javaWithTmp(wrapper, javaTmp(), args);
    }

    private Cli.Result javaWithTmp(List<String> wrapper, Path javaTmp, String... args) throws Exception {
        List<String> command = new ArrayList<>(wrapper);
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Djava.io.tmpdir=" + javaTmp);
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty() && rest.get(0).startsWith("-D")) {
            command.add(rest.remove(0));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Budgetlens.class.getName()));
        command.addAll(rest);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("budgetlens did not finish: " + command);
        }
        return new Cli.Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
