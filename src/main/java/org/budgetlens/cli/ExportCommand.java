package org.budgetlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.budgetlens.export.ExportSummary;
import org.budgetlens.export.ParquetExport;
import org.budgetlens.export.TableWritten;
import org.budgetlens.warehouse.Warehouse;
import org.budgetlens.warehouse.WarehouseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export --parquet DIR}: the warehouse as Hive-partitioned Parquet, for engines beyond one machine. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Writes the warehouse, opened read-only, as Parquet files for Spark SQL, Trino or any DuckDB: one folder "
                + "per base table (agency, disclosure, disclosure_table, line_item, fact, audit_rule, "
                + "audit_result, reject, load_run); those of a disclosure Hive-partitioned as "
                + "fiscal_year=YYYY/province_code=PP/ (PP = the GB/T 2260 province code, 65 = 新疆), the others "
                + "one file each.",
            "Money stays DECIMAL(22,6). The views and metric SQL of sql/views and sql/metrics run unchanged over "
                + "these tables; docs/scale-out.md shows how, and what Spark and Trino need translated.",
            "Example: budgetlens export --parquet warehouse/export"},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  written", "  1  failure: the warehouse could not be opened, or writing failed",
            "  2  usage error, e.g. DIR is not empty and --overwrite was not given"})
public class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--parquet", paramLabel = "DIR", required = true,
            description = "folder to write to: new or empty, unless --overwrite")
    Path dir;

    @Option(names = "--overwrite",
            description = "write into a folder that is not empty: each table folder is replaced, anything else "
                    + "in DIR is left alone")
    boolean overwrite;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<String> problem = ParquetExport.targetProblem(dir, overwrite);
            if (problem.isPresent()) {
                err.println("error: " + problem.get());
                return ExitCode.USAGE;
            }
            try (Warehouse warehouse = Warehouse.openReadOnly(root.db())) {
                print(ParquetExport.write(warehouse, dir), out);
                return ExitCode.OK;
            }
        } catch (WarehouseException e) {
            return Failures.report(e, err);
        } catch (SQLException | IOException e) {
            return Failures.report("exporting to " + dir, e, err);
        }
    }

    private static void print(ExportSummary s, PrintWriter out) {
        out.printf(Locale.ROOT, "exported to %s (Parquet)%n", s.dir());
        out.printf(Locale.ROOT, "%-18s %12s %7s %15s%n", "table", "rows", "files", "bytes");
        for (TableWritten t : s.tables()) {
            out.printf(Locale.ROOT, "%-18s %,12d %,7d %,15d%n", t.table(), t.rows(), t.files(), t.bytes());
        }
        out.printf(Locale.ROOT, "%-18s %,12d %,7d %,15d%n", "total", s.rows(), s.files(), s.bytes());
        out.printf(Locale.ROOT, "%d tables in %.2f s%n", s.tables().size(), s.seconds());
        out.flush();
    }
}
