package org.budgetlens.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.budgetlens.warehouse.SqlResource;
import org.budgetlens.warehouse.Warehouse;

/**
 * Writes the warehouse's base tables as Hive-partitioned Parquet through DuckDB's own COPY, one folder per table
 * ({@link ExportTable#ALL}). Types are kept as stored: money stays DECIMAL(22,6), years INTEGER, dates DATE.
 */
public final class ParquetExport {

    private ParquetExport() {
    }

    /**
     * Why {@code dir} cannot take an export, if it cannot: it is a file, or a folder with something in it while
     * {@code overwrite} is off.
     */
    public static Optional<String> targetProblem(Path dir, boolean overwrite) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Optional.of(dir + " is a file, not a folder");
        }
        if (!overwrite && Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return Optional.of(dir + " is not empty: choose an empty or new folder, or add --overwrite to "
                            + "replace the table folders in it");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Writes every table into {@code dir} (created if needed), replacing the table folders an earlier export left
     * there; anything else in {@code dir} is left alone. Check {@link #targetProblem} first.
     */
    public static ExportSummary write(Warehouse warehouse, Path dir) throws SQLException, IOException {
        long start = System.nanoTime();
        Files.createDirectories(dir);
        List<TableWritten> written = new ArrayList<>();
        for (ExportTable table : ExportTable.ALL) {
            if (table.optional() && !exists(warehouse, table.name())) {
                continue;
            }
            written.add(write(warehouse, table, dir));
        }
        return new ExportSummary(dir, written, (System.nanoTime() - start) / 1e9);
    }

    private static TableWritten write(Warehouse warehouse, ExportTable table, Path dir)
            throws SQLException, IOException {
        Path folder = table.folder(dir);
        deleteRecursively(folder);
        Files.createDirectories(folder);
        Path target = table.partitioned() ? folder : folder.resolve("data_0.parquet");
        String select = SqlResource.statement(table.selectResource());
        long rows;
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.execute(CopyStatement.of(select, target, table.partitioned()));
            rows = Math.max(0, statement.getUpdateCount());
        }
        long files = 0;
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files++;
                bytes += Files.size(file);
            }
        }
        return new TableWritten(table.name(), rows, files, bytes);
    }

    private static boolean exists(Warehouse warehouse, String table) throws SQLException {
        return warehouse.query("export/table_exists.sql", r -> r.getBoolean(1), table).get(0);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
