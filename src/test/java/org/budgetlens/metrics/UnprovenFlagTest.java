package org.budgetlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A metric built on a figure the extractor could not prove says so (unproven_flag); one on proven figures does not. */
class UnprovenFlagTest {

    private static final String HEADER = "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,"
            + "section,source_line,note,verified";

    @TempDir
    Path tmp;

    private void disclosure(Path dir, String agency, String verified) throws IOException {
        Files.writeString(dir.resolve(agency + ".csv"), "# budgetlens-disclosure: 1\n# agency_id: " + agency + "\n"
                + "# fiscal_year: 2030\n# kind: budget\n# source_doc: sources/" + agency + ".pdf\n" + HEADER + "\n"
                + "admin_running,total,机关运行经费,,total,,,120.50,万元,table,,7,\"p. 3, table 1, row 2\"," + verified
                + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aMetricOnAnUnprovenFigureIsFlaggedAndOneOnProvenFiguresIsNot() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(RepoData.DATA.resolve("agencies.csv"), in.resolve("agencies.csv"));
        disclosure(in, "630103-ylbzj", "unproven");
        disclosure(in, "650104-ylbzj", "proven");
        Path db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, in).exitCode()).isZero();
        assertThat(Cli.sqlCsv(db, "SELECT agency_id, value, unproven_flag FROM metric_values WHERE metric = "
                + "'admin_running' ORDER BY agency_id")).containsExactly("agency_id,value,unproven_flag",
                        "630103-ylbzj,120.50,true", "650104-ylbzj,120.50,false");
        assertThat(Cli.sqlCsv(db, "SELECT agency_id, unproven_flag FROM admin_running_costs WHERE fiscal_year = 2030 "
                + "ORDER BY agency_id")).containsExactly("agency_id,unproven_flag", "630103-ylbzj,true",
                        "650104-ylbzj,false");
        assertThat(Cli.sqlValue(db, "SELECT source_ref FROM line_items WHERE agency_id = '630103-ylbzj'"))
                .isEqualTo("p. 3, table 1, row 2, unproven");
    }
}
