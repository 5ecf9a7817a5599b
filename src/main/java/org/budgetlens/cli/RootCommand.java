package org.budgetlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code budgetlens [--db FILE] COMMAND}: the commands share the warehouse option. */
@Command(name = "budgetlens", mixinStandardHelpOptions = true, version = "budgetlens 0.1.0",
        subcommands = {IngestCommand.class, SqlCommand.class, QueryCommand.class, AuditCommand.class,
            ExtractCommand.class, ReportCommand.class, ExportCommand.class, BenchmarkCommand.class,
            GenerateCommand.class, ScoreCommand.class,
            CommandLine.HelpCommand.class},
        description = {
            "Turns departments' budget (预算) and final-account (决算) disclosures into validated, comparable "
                + "figures in one DuckDB file.",
            "",
            "Typical use: budgetlens ingest data/   then   budgetlens sql \"SELECT * FROM disclosures\""},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  all good", "  1  failure (see the message)", "  2  usage error: wrong options or statement",
            "  3  finished, but some records were rejected (see the reject report)",
            "  4  audit: error-severity findings exist",
            "  5  query, report: nothing matched the selection (the years, regions and sectors that exist are printed)",
            "", "Formats and views: docs/normalized-format.md"})
public class RootCommand implements Callable<Integer> {

    /** The default warehouse, relative to the working directory (git-ignored in the repository). */
    public static final Path DEFAULT_DB = Path.of("warehouse", "budgetlens.duckdb");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "DuckDB warehouse file (default: $BUDGETLENS_DB, else warehouse/budgetlens.duckdb); "
                    + "before or after the command")
    Path db;

    /** Runs the command line; returns the exit code. Output goes to {@code out}, messages to {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Failures.report(e, commandLine.getErr()));
        try {
            return cli.execute(args);
        } catch (Error e) {
            // a library that cannot initialise, memory that runs out: told in one line like any other failure
            return Failures.report(e, err);
        }
    }

    Path db() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("BUDGETLENS_DB");
        return env == null || env.isBlank() ? DEFAULT_DB : Path.of(env);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
