package org.budgetlens.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The COPY target is the one value built into SQL text: quoted so that any path stays a path. */
class CopyStatementTest {

    @Test
    void singleQuotesAreDoubledAndNothingElseChanges() {
        assertThat(CopyStatement.literal("/data/it's/x')--;\\")).isEqualTo("'/data/it''s/x'')--;\\'");
    }

    @Test
    void partitionedTablesArePartitionedByYearAndProvince() {
        assertThat(CopyStatement.of("SELECT 1", Path.of("/x/o'k"), true))
                .isEqualTo("COPY (SELECT 1\n) TO '/x/o''k' "
                        + "(FORMAT parquet, PARTITION_BY (fiscal_year, province_code))");
        assertThat(CopyStatement.of("SELECT 1", Path.of("/x/a.parquet"), false))
                .isEqualTo("COPY (SELECT 1\n) TO '/x/a.parquet' (FORMAT parquet)");
    }
}
