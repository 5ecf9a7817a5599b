package org.budgetlens.cli;

import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.budgetlens.metrics.NamedQuery;
import org.budgetlens.metrics.QueryFilter;
import org.budgetlens.metrics.QueryShape;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code query NAME}: a named cross-agency comparison on the warehouse (read-only). */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {
            "Runs a named comparison query on the warehouse (opened read-only). 'query --list' describes each.",
            "Filters are bound as parameters: an agency name with quotes or %% is just a name.",
            "Definitions (formula, denominator, source): docs/metrics.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  budgetlens query execution-rate --year 2024          (who under-executes: lowest first)",
            "  budgetlens query execution-rate --level all --basis all --sort rate_pct:desc --limit 20",
            "  budgetlens query three-public --agency 城中区 --format csv",
            "  budgetlens query peer-ranking --metric personnel_share_of_basic_pct --peers province,sector",
            "", "Exit codes: 0 ok, 1 the warehouse could not be opened, 2 usage error, 5 nothing matched the "
                + "selection (the years, regions and sectors that exist are printed)"})
public class QueryCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the query (see --list)")
    String name;

    @Option(names = "--list", description = "list the named queries and what each answers")
    boolean list;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--metric", paramLabel = "M", description = "peer-ranking: one metric of metric_values")
    String metric;

    @Option(names = "--peers", paramLabel = "DIMS", split = ",", defaultValue = "province",
            description = "peer-ranking: peers share the year and these: province, city, sector, level "
                    + "(default: ${DEFAULT-VALUE})")
    List<String> peers;

    @Option(names = "--level", paramLabel = "L",
            description = "rows of one level only, where the query has levels: agency, function_line, project, "
                    + "… (execution-rate's default: agency); all for every level")
    String level;

    @Option(names = "--basis", paramLabel = "B",
            description = "execution-rate: final_vs_initial_budget (default), final_vs_budget_disclosure, "
                    + "self_evaluation, or all")
    String basis;

    @Option(names = "--sort", paramLabel = "COLUMN[:desc]",
            description = "sort by one of the query's columns, lowest first (:desc highest first); ties by agency "
                    + "and year (execution-rate's default: rate_pct)")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "at most N rows")
    Integer limit;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (NamedQuery q : NamedQuery.all()) {
                out.println(q.name());
                out.println("    " + q.description());
            }
            return ExitCode.OK;
        }
        if (name == null) {
            err.println("error: give a query NAME, or --list to see them: " + String.join(", ", NamedQuery.NAMES));
            return ExitCode.USAGE;
        }
        Optional<NamedQuery> query = NamedQuery.find(name);
        if (query.isEmpty()) {
            err.println("error: no query named '" + name + "': one of " + String.join(", ", NamedQuery.NAMES));
            return ExitCode.USAGE;
        }
        if (selection.problem() != null) {
            err.println("error: " + selection.problem());
            return ExitCode.USAGE;
        }
        Set<String> peerDims = new LinkedHashSet<>(peers);
        if (!QueryFilter.PEER_DIMENSIONS.containsAll(peerDims)) {
            err.println("error: --peers takes province, city, sector, level (comma-separated), not " + peers);
            return ExitCode.USAGE;
        }
        QueryFilter filter = new QueryFilter(selection.year, selection.agencyOrNull(), selection.regionPrefix(),
                selection.sectorOrNull(), blankToNull(metric), peerDims);
        return ReadOnlyWarehouse.sandboxed(root.db(), err, warehouse -> {
            if (filter.metric() != null) {
                List<String> metrics = warehouse.query("metrics/lookup/metric_names.sql", r -> r.getString(1));
                if (!metrics.contains(filter.metric())) {
                    err.println("error: no metric '" + filter.metric() + "' in this warehouse: one of "
                            + String.join(", ", metrics) + " (docs/metrics.md)");
                    return ExitCode.USAGE;
                }
            }
            QueryShape shape;
            try {
                shape = QueryShape.parse(level, basis, sort, limit).orDefaults(query.get().defaults());
                String problem = shape.problem(query.get().columns(warehouse.connection(), filter));
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return ExitCode.USAGE;
            }
            String described = shape.describe(query.get().columns(warehouse.connection(), filter));
            if (!described.isEmpty()) {
                err.println(name + ": " + described);
            }
            int rowCount;
            try (PreparedStatement statement = query.get().prepare(warehouse.connection(), filter, shape);
                    ResultSet rows = statement.executeQuery()) {
                rowCount = format.write(rows, out);
            }
            out.flush();
            if (rowCount == 0 && filter.selects()) {
                err.println("nothing matched the selection. " + EmptySelection.whatExists(warehouse));
                return ExitCode.NO_MATCH;
            }
            return ExitCode.OK;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
