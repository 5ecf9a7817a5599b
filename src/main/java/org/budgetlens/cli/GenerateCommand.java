package org.budgetlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.budgetlens.generate.AnswerKey;
import org.budgetlens.generate.Generator;
import org.budgetlens.generate.Registry;
import org.budgetlens.generate.pdf.PdfDisclosures;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: a synthetic province of disclosures with planted defects and their answer key. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic province (青海省, real GB/T 2260 prefectures and counties) for tests and benchmarks: "
                + "OUT/agencies.csv, then for each agency and year a 预算 and a 决算 in the normalized format "
                + "(OUT/qinghai/<city>/<agency_id>/<year>-budget.csv and -final.csv).",
            "Clean disclosures satisfy every audit rule after rounding to 0.01 万元. A fraction --defect-rate of "
                + "them gets one planted defect (a total that does not add up, a class against its items, a wrong "
                + "stated rate, a narrative against its table, a cross-table or cross-year mismatch, a missing "
                + "table); OUT/answer-key.csv lists each with the rule that must fire. Same options, same bytes.",
            "To score an audit against the key: budgetlens ingest OUT, then budgetlens audit, then "
                + "budgetlens score --answer-key OUT/answer-key.csv. See docs/generator.md.",
            "Example: budgetlens generate --agencies 10000 --years 10 --out warehouse/province"},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  written", "  1  failure (could not write)", "  2  usage error"})
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agencies", paramLabel = "N", required = true,
            description = "number of agencies (departments first, then their subordinate units)")
    int agencies;

    @Option(names = "--years", paramLabel = "Y", required = true, description = "number of fiscal years")
    int years;

    @Option(names = "--first-year", paramLabel = "F",
            description = "first fiscal year (default: the one that makes 2024 the last)")
    Integer firstYear;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--defect-rate", paramLabel = "R", defaultValue = "0.05",
            description = "fraction of disclosures given one planted defect, 0 to 1 (default: ${DEFAULT-VALUE})")
    double defectRate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (default): the normalized files only; pdf: also each disclosure rendered as the PDF a "
                + "department publishes, <year>-<kind>.pdf next to its CSV (the CSV is the PDF's answer key)")
    String format;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "output folder; must not exist yet or be empty")
    Path out;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            err.println("error: " + problem);
            return ExitCode.USAGE;
        }
        int first = firstYear != null ? firstYear : 2025 - years;
        try {
            Generator.Result r = new Generator(new Generator.Options(agencies, years, first, seed, defectRate,
                    this.out)).run(err);
            out.printf(Locale.ROOT, "generated: %,d agencies, %,d disclosures, %,d records, %,d planted defects "
                    + "(%s) in %.1f s (%,.0f records/s, %,.0f files/s)%n", r.agencies(), r.disclosures(), r.rows(),
                    r.defects(), this.out.resolve(AnswerKey.FILE), r.seconds(), r.rows() / r.seconds(),
                    r.disclosures() / r.seconds());
            if (format.equals("pdf")) {
                PdfDisclosures.Result p = PdfDisclosures.renderAll(this.out, seed, err);
                out.printf(Locale.ROOT, "rendered: %,d PDFs, %,d pages in %.1f s (%,.0f PDFs/s)%n", p.documents(),
                        p.pages(), p.seconds(), p.documents() / p.seconds());
            }
            out.flush();
            return ExitCode.OK;
        } catch (IOException | RuntimeException e) {
            return Failures.report(e, err);
        }
    }

    private String problem() {
        if (agencies < 1 || agencies > Registry.capacity()) {
            return "--agencies must be between 1 and " + Registry.capacity() + " (got " + agencies + ")";
        }
        if (years < 1 || years > 50) {
            return "--years must be between 1 and 50 (got " + years + ")";
        }
        if (firstYear != null && (firstYear < 1990 || firstYear + years > 2100)) {
            return "--first-year must be between 1990 and " + (2100 - years) + " (got " + firstYear + ")";
        }
        if (!format.equals("csv") && !format.equals("pdf")) {
            return "--format must be csv or pdf (got " + format + ")";
        }
        if (!(defectRate >= 0 && defectRate <= 1)) {
            return "--defect-rate must be between 0 and 1 (got " + defectRate + ")";
        }
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                return "--out " + out + " is a file";
            }
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    return "--out " + out + " is not empty: generate into a new folder";
                }
            } catch (IOException e) {
                return "--out " + out + ": " + e.getMessage();
            }
        }
        return null;
    }
}
