package org.budgetlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.budgetlens.extract.ExtractRun;
import org.budgetlens.extract.Registry;
import org.budgetlens.progress.ConsoleProgress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract}: published disclosure text to the normalized format, with a report per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Reads published disclosures as downloaded — PDF (tables from their rulings), Excel (.xlsx), or a text "
                + "form (.txt: a table row per line, cells TAB-separated) — and writes each as a normalized disclosure "
                + "file: OUT/<agency_id>/<year>-<kind>.csv, every figure citing its file, page, table and row "
                + "(\"p. 14, 公开05表, row 7, 2080505\"). A disclosure published as two files (a narrative PDF and a "
                + "tables PDF in one folder) is read as one.",
            "Tables are recognised by their title and column headers (the template families of docs/templates.md); "
                + "each table's figures are proven by its own identities (类 = Σ款, rows and totals) and booked "
                + "proven, unproven or failed. The narrative is read by the phrase catalogue (docs/extraction.md). "
                + "Agency, region, year and kind come from the cover: matched against --registry, or without one "
                + "recognised from the name (division codes of GB/T 2260) and written to OUT/agencies.csv.",
            "Beside each file, <year>-<kind>.extraction.md lists the tables found and missing, every figure with "
                + "its place, per page what was read and what was not, and every number that was not used, with the "
                + "reason. Nothing is invented: a value is written only as it stands where it cites."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every document extracted", "  1  failure (an output file could not be written)",
            "  2  usage error"})
public class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "documents (.pdf as published, or .txt text forms) or folders to search for them")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder")
    Path out;

    @Option(names = "--registry", paramLabel = "agencies.csv",
            description = "agency registry whose names and aliases identify the agency (without it, agencies are "
                    + "recognised from their names and written to OUT/agencies.csv)")
    Path registry;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "folder source_doc paths are relative to (default: the folder above each document's, "
                    + "so data/sources/x.txt is cited as sources/x.txt)")
    Path sourceRoot;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("error: no such file or folder: " + input);
                return ExitCode.USAGE;
            }
        }
        if (registry != null && !Files.isRegularFile(registry)) {
            err.println("error: no registry file " + registry);
            return ExitCode.USAGE;
        }
        try {
            Registry reg = registry == null ? Registry.empty() : Registry.read(registry);
            List<Path> docs = ExtractRun.documents(inputs);
            ExtractRun.Summary s;
            try (ConsoleProgress progress = Terminal.progress(err)) {
                progress.start("extract", docs.size());
                s = new ExtractRun(reg, out, sourceRoot).run(docs, progress);
            }
            o.printf(Locale.ROOT, "extract: %d documents in %d disclosures, %d figures, %d unused (see the "
                    + ".extraction.md reports)%s%n", s.documents(), s.disclosures(), s.figures(), s.unused(),
                    s.incomplete() > 0 ? ", " + s.incomplete() + " with undecided agency/year/kind or problems" : "");
            for (Path p : new java.util.LinkedHashSet<>(s.written())) {
                o.println("  " + p);
            }
            if (s.registry() != null) {
                o.println("  " + s.registry() + " (the agencies recognised from the documents; ingest reads it)");
            }
            return ExitCode.OK;
        } catch (IOException | RuntimeException e) {
            return Failures.report(e, err);
        }
    }
}
