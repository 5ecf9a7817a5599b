package org.budgetlens.export;

import java.nio.file.Path;
import java.util.List;

/** What one export wrote, table by table, and how long it took. */
public record ExportSummary(Path dir, List<TableWritten> tables, double seconds) {

    public long rows() {
        return tables.stream().mapToLong(TableWritten::rows).sum();
    }

    public long files() {
        return tables.stream().mapToLong(TableWritten::files).sum();
    }

    public long bytes() {
        return tables.stream().mapToLong(TableWritten::bytes).sum();
    }
}
