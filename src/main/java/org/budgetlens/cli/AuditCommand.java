package org.budgetlens.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.budgetlens.audit.Audit;
import org.budgetlens.audit.Severity;
import org.budgetlens.warehouse.Warehouse;
import org.budgetlens.warehouse.WarehouseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit}: checks every loaded disclosure against the rule catalogue and lists what fails. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {
            "Checks every loaded disclosure against the rules of docs/rules.md (accounting identities within tables, "
                + "classification sums, narrative against tables, stated percentages), with a tolerance that "
                + "knows amounts are rounded to 0.01 万元, and lists the failed checks with the figures they read.",
            "Results stay in the views audit_findings and the table audit_result (pass / fail / not_enough_data per "
                + "rule and disclosure). ingest runs the audit itself when the data changed.",
            "--year, --agency, --region, --sector and --severity narrow the list printed (the audit always checks "
                + "everything; the summary line counts everything). Each finding names its rule by id and Chinese "
                + "text (--lang en: the English description).",
            "Severity: error and warning findings count against a disclosure; info findings (a percentage truncated "
                + "instead of rounded, a share forced to 100%%) are shown and counted nowhere."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no error-severity finding", "  1  failure", "  2  usage error",
            "  4  error-severity findings exist"})
public class AuditCommand implements Callable<Integer> {

    /** Exit code when error-severity findings exist. */
    static final int FINDINGS = 4;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--severity", paramLabel = "S",
            description = "only error, only warning or only info findings (info: shown, never counted)")
    Severity severity;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "the language of the rule's text: zh (default) or en (the description of docs/rules.md)")
    Lang lang;

    /** The languages a rule's text is kept in (audit/rules.csv: text_zh, description). */
    enum Lang {
        zh, en
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!java.nio.file.Files.isRegularFile(root.db())) {
            err.println("error: no warehouse at " + root.db() + ": run 'budgetlens ingest DIR' first");
            return ExitCode.FAILURE;
        }
        if (selection.problem() != null) {
            err.println("error: " + selection.problem());
            return ExitCode.USAGE;
        }
        try (Warehouse warehouse = Warehouse.openForWrite(root.db())) {
            Audit.Summary s = Audit.run(warehouse);
            try (var statement = warehouse.connection().prepareStatement(
                    org.budgetlens.warehouse.SqlResource.statement("audit/select_findings.sql"))) {
                statement.setObject(1, selection.year);
                statement.setObject(2, selection.agencyOrNull());
                statement.setObject(3, selection.regionPrefix());
                statement.setObject(4, selection.sectorOrNull());
                statement.setObject(5, severity == null ? null : severity.name());
                statement.setObject(6, lang.name());
                try (var rows = statement.executeQuery()) {
                    format.write(rows, out);
                }
            }
            err.printf(Locale.ROOT, "audit: %d rules, %,d checks passed, %,d failed (%,d of error severity), %,d "
                    + "without enough data%s%n", s.rules(), s.passed(), s.failed(), s.errors(), s.notEnoughData(),
                    s.info() == 0 ? "" : String.format(Locale.ROOT, ", %,d for information only (not counted)",
                            s.info()));
            return s.errors() > 0 ? FINDINGS : ExitCode.OK;
        } catch (WarehouseException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (java.sql.SQLException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
