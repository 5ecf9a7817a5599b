package org.budgetlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.budgetlens.metrics.QueryFilter;
import org.budgetlens.progress.ConsoleProgress;
import org.budgetlens.report.ReportException;
import org.budgetlens.report.ReportOptions;
import org.budgetlens.report.ReportWriter;
import org.budgetlens.report.SafeOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report}: the summary report for oversight as a folder of HTML, PNG/SVG charts, CSV and XLSX. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Writes a self-contained report folder: index.html (opens offline, Chinese font embedded), every chart as "
                + "PNG and SVG in charts/, every table behind a chart as CSV in data/ and all of them in report.xlsx.",
            "Sections: the district review of one year (agencies ranked by execution rate, personnel share and 三公, "
                + "peer median and outliers marked, key figures per agency), the annual trend (region totals, basic "
                + "vs project, 三公 by component, the largest agencies year by year), and data quality (audit findings "
                + "per disclosure, ingest rejects). Each chart states its formula and denominator; amounts in 万元.",
            "Large selections stay readable: rankings show the --top agencies at the end that concerns oversight "
                + "(lowest execution rate, highest personnel share and 三公), the CSV and workbook hold them all."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  report written (its path is printed)",
            "  1  failure (a full disk, say: the previous report in the folder is left as it was)", "  2  usage error",
            "  5  nothing matched the selection (--year, --region, --sector): the years, regions and sectors that "
                + "exist are printed"})
public class ReportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y",
            description = "fiscal year of the district review (default: the latest with a disclosure of --kind)")
    Integer year;

    @Option(names = "--region", paramLabel = "CODE",
            description = "GB/T 2260 code: 630000 a province, 630100 a city, 630103 a district (default: all)")
    String region;

    @Option(names = "--sector", paramLabel = "S", description = "sector, as in the registry, e.g. 医疗保障")
    String sector;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "final",
            description = "disclosures compared in the review: final (决算) or budget (预算) (default: ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "本级",
            description = "本级 (the agency itself) or 汇总 (with its subordinate units); never mixed (default: "
                + "${DEFAULT-VALUE})")
    String scope;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + ReportOptions.DEFAULT_TOP,
            description = "agencies per ranking chart, and at most this many trend charts of flagged agencies and "
                + "of districts (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--out", paramLabel = "DIR",
            description = "report folder (default: reports/report-YEAR-REGION[-SECTOR] for the default warehouse, "
                + "reports/NAME-report-YEAR-REGION[-SECTOR] for the warehouse NAME.duckdb of --db or $BUDGETLENS_DB); "
                + "an existing folder is only replaced when an earlier report wrote it")
    Path out;

    @Option(names = "--pdf",
            description = "also write report.pdf: the summary and sections laid out for A4 (long tables cut to their "
                + "first rows, the CSV and workbook hold all), the agencies the summary names as an annex, the "
                + "Chinese font embedded")
    boolean pdf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            err.println("error: " + problem);
            return ExitCode.USAGE;
        }
        ReportOptions selection = new ReportOptions(year, region, sector, kind, scope, top, null);
        Path folder = this.out != null ? this.out : defaultFolder(root.db(), selection);
        ReportOptions chosen = selection.withOut(folder);
        return ReadOnlyWarehouse.run(root.db(), err, warehouse -> {
            if (warehouse.query("metrics/lookup/selection_count.sql", r -> r.getLong(1), year,
                    selection.regionPrefix(), sector).get(0) == 0) {
                err.println("nothing matched the selection. " + EmptySelection.whatExists(warehouse));
                return ExitCode.NO_MATCH;
            }
            try (ConsoleProgress progress = Terminal.progress(err)) {
                ReportWriter.Result r = ReportWriter.write(warehouse.connection(), chosen,
                        List.of("数据：" + root.db().getFileName() + "（budgetlens 仓库）"), pdf, progress);
                err.printf(Locale.ROOT, "report: %d charts, %d tables, %d agency pages%s, %.1f s%n", r.charts(),
                        r.tables(), r.agencyPages(), r.pdf() ? ", report.pdf" : "", r.millis() / 1000.0);
                out.println(r.index());
                if (r.pdf()) {
                    out.println(r.pdfFile());
                }
                return ExitCode.OK;
            } catch (ReportException e) {
                err.println("error: " + e.getMessage());
                return ExitCode.USAGE;
            } catch (IOException e) {
                String full = Failures.diskFull(e, folder);
                err.println("error: " + (full != null ? full : "cannot write the report to " + folder + ": "
                        + Failures.message(e)) + (java.nio.file.Files.exists(folder.resolve("index.html"))
                                ? "; the previous report in " + folder + " is unchanged" : ""));
                return ExitCode.FAILURE;
            }
        });
    }

    /**
     * The report folder when --out is not given: {@code reports/report-…} for the default warehouse, and for any other
     * {@code reports/<its file name without .duckdb>-report-…}, so that a report of another warehouse never replaces
     * the default one's.
     */
    static Path defaultFolder(Path db, ReportOptions selection) {
        String name = selection.defaultFolderName();
        if (db.toAbsolutePath().normalize().equals(RootCommand.DEFAULT_DB.toAbsolutePath().normalize())) {
            return Path.of("reports", name);
        }
        String stem = db.getFileName().toString().replaceFirst("(?i)\\.duckdb$", "");
        return Path.of("reports", SafeOutput.fileName(stem + "-" + name));
    }

    private String problem() {
        if (region != null && QueryFilter.regionPrefix(region) == null) {
            return "--region " + region + " is not a GB/T 2260 code (2, 4 or 6 digits, e.g. 630103)";
        }
        if (!kind.equals("final") && !kind.equals("budget")) {
            return "--kind must be final (决算) or budget (预算), not " + kind;
        }
        if (!scope.equals("本级") && !scope.equals("汇总")) {
            return "--scope must be 本级 or 汇总, not " + scope;
        }
        if (top < 1 || top > 200) {
            return "--top must be between 1 and 200, not " + top;
        }
        return null;
    }
}
