package org.budgetlens.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sql "SELECT ..."}: an ad-hoc query on the warehouse, opened read-only. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {
            "Runs one SQL statement on the warehouse, opened read-only: a statement that would change or drop "
                + "data is refused.",
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

    @Parameters(index = "0", paramLabel = "STATEMENT", description = "the SQL statement (quote it for the shell)")
    String statement;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ReadOnlyWarehouse.run(root.db(), err, warehouse -> {
            try (Statement st = warehouse.connection().createStatement()) {
                if (!st.execute(statement)) {
                    out.println("ok (" + Math.max(0, st.getUpdateCount()) + " rows affected)");
                    return ExitCode.OK;
                }
                try (ResultSet rows = st.getResultSet()) {
                    format.write(rows, out);
                }
                out.flush();
                return ExitCode.OK;
            }
        });
    }
}
