package org.budgetlens.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sql "SELECT ..."}: an ad-hoc query on the warehouse, in a sandbox: opened read-only, no file access, settings
 * locked, exactly one SELECT (docs/reliability.md).
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {
            "Runs one read-only SELECT on the warehouse's views and tables (WITH …, FROM …, DESCRIBE, SHOW and "
                + "SUMMARIZE are SELECTs too). Anything else is refused with exit code 2: more than one statement, "
                + "a statement that changes data, COPY, EXPORT, ATTACH, SET, PRAGMA, INSTALL, LOAD. The warehouse "
                + "is opened read-only, DuckDB reads and writes no file (read_csv, read_text, read_blob, glob … "
                + "are refused too) and its settings, the memory limit among them, are locked (docs/reliability.md).",
            "With --format csv, a text cell that a spreadsheet would run as a formula (its first character one of "
                + "= + - @, tab, CR, LF) gets a leading apostrophe, and a plain number such as -12.50 stays a number.",
            "Views: agencies, disclosures, line_items (money, 万元), facts (other figures), line_items_by_year, "
                + "disclosure_tables, rejects, load_runs (docs/normalized-format.md); metrics: figures, "
                + "execution_rates, personnel_shares, three_public, spending_structure, carryover_rates, "
                + "admin_running_costs, procurement_shares, performance_scores, agency_trend, metric_values "
                + "(docs/metrics.md).",
            "Example: budgetlens sql \"SELECT disclosure_id, amount FROM line_items WHERE table_id = "
                + "'gpb_expenditure' AND line_code = 'total' AND measure = 'total' AND stat = ''\""},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the statement ran", "  1  the warehouse could not be opened",
            "  2  the statement was refused or failed (the message says why)"})
public class SqlCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STATEMENT", description = "one SELECT statement (quote it for the shell)")
    String statement;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ReadOnlyWarehouse.sandboxed(root.db(), err, warehouse -> {
            Optional<String> refusal = AdHocStatement.parse(warehouse, statement).refusal();
            if (refusal.isPresent()) {
                err.println("error: " + refusal.get());
                return ExitCode.USAGE;
            }
            try (Statement st = warehouse.connection().createStatement();
                    ResultSet rows = st.executeQuery(statement)) {
                format.write(rows, out);
            }
            out.flush();
            return ExitCode.OK;
        });
    }
}
