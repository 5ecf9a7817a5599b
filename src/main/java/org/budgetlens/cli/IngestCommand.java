package org.budgetlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.budgetlens.files.SpreadsheetText;
import org.budgetlens.ingest.DroppedInputs;
import org.budgetlens.ingest.IngestRunner;
import org.budgetlens.ingest.InputScanner;
import org.budgetlens.ingest.RawDisclosures;
import org.budgetlens.model.Rejection;
import org.budgetlens.progress.ConsoleProgress;
import org.budgetlens.warehouse.Loader;
import org.budgetlens.warehouse.RunCounts;
import org.budgetlens.warehouse.Warehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest DIR...}: runs the Spring Batch ingest job on every disclosure file under the folders. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Loads agency registries (agencies.csv) and normalized disclosure files (*.csv starting with "
                + "'# budgetlens-disclosure: 1') found under DIR... (recursively) into the warehouse.",
            "Each record is validated; a bad record is rejected with file, line and reason, and the good records "
                + "of the same file still load. A file already loaded with the same content is skipped; a changed "
                + "file replaces its disclosure as a whole. A run that is killed can simply be started again.",
            "A file whose every record is rejected loads nothing: the version of its disclosure loaded before stays "
                + "('kept'). A renamed file with the same content is not read again ('moved'). A disclosure whose file "
                + "is gone from DIR... stays, listed as 'gone', until a run with --prune removes it.",
            "The stored metrics and the audit are recomputed when the data changed since they were computed "
                + "(by this run or one that was killed), and only then ('derived').",
                        "An input that cannot be read at all (no read access, a file over --max-file-size, a broken or looping "
                + "link) is dropped: named with what to do, and the run goes on with the others. Links are followed; "
                + "a file reached by several paths is read once, the path without a link first.",
            "Prints files found = loaded + unchanged + rejected + dropped and records read = loaded + rejected; "
                + "writes the rejected records to a CSV report and to the view 'rejects'. See docs/reliability.md."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  everything loaded", "  1  failure", "  2  usage error",
            "  3  finished, but records or files of the inputs are rejected (in this run or an earlier one), or "
                + "inputs were dropped (not readable)"})
public class IngestCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders (or single files) to read")
    List<Path> inputs;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "200",
            description = "disclosure files per DuckDB transaction (default: ${DEFAULT-VALUE})")
    int chunkSize;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "reject report to write (default: <warehouse>.rejects.csv next to the warehouse file)")
    Path rejects;

    @Option(names = "--force", description = "read every file again, even those unchanged since they were loaded")
    boolean force;

    @Option(names = "--prune", description = "remove the disclosures whose file is gone from the given folders "
            + "(listed by every run as 'gone'), with their metrics and audit findings")
    boolean prune;

    @Option(names = {"-v", "--verbose"}, description = "print a progress line after every chunk")
    boolean verbose;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "256M",
            description = "the largest input file read, in bytes or with K, M, G (each is read into memory whole; a "
                + "larger one is dropped and named) (default: ${DEFAULT-VALUE})")
    String maxFileSize;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("error: input " + input + " does not exist (give folders that hold agencies.csv and "
                        + "disclosure files)");
                return ExitCode.USAGE;
            }
        }
        if (chunkSize < 1) {
            err.println("error: --chunk-size must be at least 1");
            return ExitCode.USAGE;
        }
        long maxFileBytes = size(maxFileSize);
        if (maxFileBytes < 1) {
            err.println("error: --max-file-size must be a size such as 256M, 1G or 1048576 (bytes), not "
                    + maxFileSize);
            return ExitCode.USAGE;
        }
        Path db = root.db();
        Path report = rejects != null ? rejects : defaultReport(db);
        IngestRunner.Outcome outcome;
        try (ConsoleProgress progress = Terminal.progress(err)) {
            outcome = IngestRunner.run(db, inputs, chunkSize, force, prune, verbose, maxFileBytes,
                    progress.messages(), progress);
        }
        if (!outcome.completed()) {
            String full = Failures.diskFull(outcome.failures());
            if (full != null) {
                err.println("error: " + full + " (it resumes: nothing of an unfinished chunk was kept)");
                return ExitCode.FAILURE;
            }
            err.println("error: the ingest job " + outcome.status().toString().toLowerCase(Locale.ROOT) + ": "
                    + String.join("; ", new java.util.LinkedHashSet<>(outcome.failures())));
            err.println("Nothing of an unfinished chunk was kept; run the same command again to resume.");
            return ExitCode.FAILURE;
        }
        int runId = outcome.runId();
        RunCounts counts = outcome.counts();
        Set<String> files = new HashSet<>();
        List<Path> scannedRoots = new ArrayList<>(inputs);
        if (Files.isDirectory(RawDisclosures.folder(db))) {
            scannedRoots.add(RawDisclosures.folder(db));
        }
        InputScanner.Inputs scanned = InputScanner.scan(scannedRoots);
        scanned.registries().forEach(p -> files.add(p.toString()));
        scanned.csvFiles().forEach(p -> files.add(p.toString()));
        Outstanding outstanding = writeReport(db, runId, files, report);
        List<DroppedInputs.Dropped> dropped = outcome.dropped();
        printSummary(out, db, runId, counts, dropped.size(), outstanding, report);
        for (DroppedInputs.Dropped d : dropped) {
            out.println("dropped: " + d.path() + ": " + d.reason());
        }
        for (DroppedInputs.Dropped p : outcome.passedOver()) {
            out.println("passed over: " + p.path() + " (" + p.reason() + ")");
        }
        printFiles(out, outcome.files());
        printDerived(out, outcome.derived());
        for (Path key : scanned.answerKeys()) {
            out.println("passed over: " + key + " (the answer key of 'generate': not a disclosure; give it to "
                    + "'score --answer-key')");
        }
        IngestRunner.Phases t = outcome.phases();
        out.printf(Locale.ROOT, "time:    load %.1f s · metrics %.1f s · audit %.1f s · checkpoint %.1f s%n",
                t.loadMillis() / 1000.0, t.metricsMillis() / 1000.0, t.auditMillis() / 1000.0,
                t.checkpointMillis() / 1000.0);
        auditLine(out, db);
        if (counts.filesFound() > 0 && counts.recordsLoaded() == 0 && counts.filesUnchanged() == 0) {
            err.println("nothing loaded: no record of the " + counts.filesFound() + " file(s) was loaded; "
                    + (outstanding.total() > 0 ? "every record was rejected (see " + report + ")"
                            : "they hold no disclosure"));
        } else if (counts.filesFound() == 0 && !dropped.isEmpty()) {
            err.println("nothing loaded: every input under " + inputs + " was dropped (listed above)");
        } else if (counts.filesFound() == 0) {
            err.println("nothing loaded: no disclosure (.csv, .pdf, .txt) under " + inputs);
        }
        if (!dropped.isEmpty() || outstanding.total() > 0) {
            List<String> why = new ArrayList<>();
            if (!dropped.isEmpty()) {
                why.add(String.format(Locale.ROOT, "%,d input(s) dropped, not read (listed above as 'dropped:' with "
                        + "what to do)", dropped.size()));
            }
            if (outstanding.total() > 0) {
                why.add(String.format(Locale.ROOT, "%,d record(s) rejected, listed with file, line and reason in %s",
                        outstanding.total(), report));
            }
            err.println("exit 3: " + String.join("; ", why) + (dropped.isEmpty() ? "; fix them there" : "; fix them")
                    + " and run the same command again (unchanged files are skipped)");
            return ExitCode.REJECTS;
        }
        return ExitCode.OK;
    }

    /** One line on what the audit found in the warehouse and the command that lists it. */
    private static void auditLine(PrintWriter out, Path db) {
        try (Warehouse warehouse = Warehouse.openReadOnly(db)) {
            long[] c = warehouse.query("audit/findings_count.sql",
                    r -> new long[] {r.getLong("errors"), r.getLong("warnings"), r.getLong("disclosures")}).get(0);
            out.printf(Locale.ROOT, "audit:   %,d error and %,d warning findings in %,d disclosures%s%n", c[0], c[1],
                    c[2], c[0] + c[1] == 0 ? "" : "; list them: budgetlens --db " + db + " audit --severity error "
                            + "(or the report's 数据质量 section)");
        } catch (java.sql.SQLException | RuntimeException e) {
            out.println("audit:   could not be counted (" + e.getMessage() + "); run 'budgetlens audit'");
        }
    }

    /** The rejects of the given files still in the warehouse: all of them, and how many this run recorded. */
    record Outstanding(long total, long thisRun) {
    }

    /** {@code <warehouse name>.rejects.csv} next to the warehouse file. */
    static Path defaultReport(Path db) {
        String name = db.getFileName().toString().replaceFirst("\\.duckdb$", "");
        return db.toAbsolutePath().resolveSibling(name + ".rejects.csv");
    }

    private static Outstanding writeReport(Path db, int runId, Set<String> files, Path report) throws IOException {
        List<Rejection> rejections = new ArrayList<>();
        long thisRun = 0;
        try (Warehouse warehouse = Warehouse.openReadOnly(db); Loader reader = new Loader(warehouse)) {
            for (var entry : reader.allRejects()) {
                if (files.contains(entry.getValue().sourceFile())) {
                    rejections.add(entry.getValue());
                    thisRun += entry.getKey() == runId ? 1 : 0;
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("reading the rejects: " + e.getMessage(), e);
        }
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                        .setHeader("source_file", "file_line", "disclosure_id", "reason", "record").get())) {
            for (Rejection r : rejections) {
                csv.printRecord(SpreadsheetText.cell(r.sourceFile()), r.fileLine(),
                        SpreadsheetText.cell(r.disclosureId()), SpreadsheetText.cell(r.reason()),
                        SpreadsheetText.cell(r.record()));
            }
        }
        return new Outstanding(rejections.size(), thisRun);
    }

    /**
     * The disclosures not simply loaded or unchanged, each with its file: moved with a renamed file, kept at their
     * previous version while their file is rejected, and those whose file is gone (removed with --prune).
     */
    private static void printFiles(PrintWriter out, IngestRunner.FileReport f) {
        if (!f.moved().isEmpty()) {
            out.printf(Locale.ROOT, "moved:   %,d file(s) renamed, same content: the disclosure keeps what was loaded "
                    + "and now names the new path%n", f.moved().size());
            f.moved().forEach(m -> out.println("         " + m.from() + " -> " + m.to() + " (" + m.disclosureId()
                    + ")"));
        }
        if (!f.kept().isEmpty()) {
            out.printf(Locale.ROOT, "kept:    %,d disclosure(s) at the version loaded before, their file now "
                    + "rejected (see the rejects)%n", f.kept().size());
            f.kept().forEach(k -> out.println("         " + k.file() + " (" + k.disclosureId() + ")"));
        }
        if (!f.gone().isEmpty()) {
            out.printf(Locale.ROOT, "%s%,d disclosure(s) whose file is gone%s%n",
                    f.goneRemoved() ? "removed: " : "gone:    ", f.gone().size(), f.goneRemoved()
                            ? " (--prune), with their metrics and audit findings"
                            : ": still in the warehouse; run the same command with --prune to remove them");
            f.gone().forEach(g -> out.println("         " + g.file() + " (" + g.disclosureId() + ")"));
        }
    }

    /** What the run recomputed, and why: nothing when the metrics and the audit were computed from this data. */
    private static void printDerived(PrintWriter out, IngestRunner.Derived d) {
        if (!d.metricsRebuilt() && !d.audited()) {
            out.printf(Locale.ROOT, "derived: nothing recomputed (the metrics and the audit are computed from this "
                    + "data already, generation %d)%n", d.dataGeneration());
        } else {
            out.printf(Locale.ROOT, "derived: %s · %s (data generation %d)%n",
                    d.metricsRebuilt() ? "metrics rebuilt" : "metrics up to date",
                    d.audited() ? "audit run" : "audit up to date", d.dataGeneration());
        }
    }

    /** A size: bytes, or a number with K, M, G or T (powers of 1024, an optional B or iB after it); -1 if not one. */
    static long size(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*([KMGT]?)(?:I?B)?")
                .matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return -1;
        }
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        try {
            long n = Long.parseLong(m.group(1));
            return n > (Long.MAX_VALUE >> shift) ? -1 : n << shift;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void printSummary(PrintWriter out, Path db, int runId, RunCounts c, long dropped,
            Outstanding rejects, Path report) {
        out.printf(Locale.ROOT, "ingest run %d into %s%n", runId, db);
        // every input accounted for: found = loaded + unchanged + rejected + dropped
        out.printf(Locale.ROOT, "files:   %,d found = %,d loaded + %,d unchanged (skipped) + %,d rejected + %,d "
                + "dropped%n", c.filesFound() + dropped, c.filesLoaded(), c.filesUnchanged(), c.filesRejected(),
                dropped);
        out.printf(Locale.ROOT, "records: %,d read = %,d loaded + %,d rejected%n", c.recordsRead(), c.recordsLoaded(),
                c.recordsRejected());
        if (rejects.total() == 0) {
            out.println("rejects: none");
        } else {
            out.printf(Locale.ROOT, "rejects: %,d listed in %s and in the view rejects (%,d from this run, %,d from "
                    + "earlier runs of files that did not change since)%n", rejects.total(), report,
                    rejects.thisRun(), rejects.total() - rejects.thisRun());
        }
        out.flush();
    }
}
