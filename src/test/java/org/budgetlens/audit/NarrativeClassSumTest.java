package org.budgetlens.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class sum over classes stated only in the narrative: falling short of the total is a warning (a narrative
 * names its main classes, or one was not read), exceeding it stays an error.
 */
class NarrativeClassSumTest {

    private static final String HEADER = "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,"
            + "section,source_line,note";

    @TempDir
    Path tmp;

    private String severity(String agency, String secondClass) throws IOException {
        Path in = tmp.resolve(agency);
        Files.createDirectories(in);
        Files.copy(RepoData.DATA.resolve("agencies.csv"), in.resolve("agencies.csv"));
        Files.writeString(in.resolve("d.csv"), "# budgetlens-disclosure: 1\n# agency_id: " + agency + "\n"
                + "# fiscal_year: 2030\n# kind: budget\n# source_doc: sources/d.pdf\n" + HEADER + "\n"
                + "expenditure,total,合计,,total,,,100.00,万元,table,,7,\n"
                + "expenditure,201,一般公共服务支出,,total,,,60.00,万元,narrative,一、支出,20,\n"
                + "expenditure,208,社会保障和就业支出,,total,,," + secondClass + ",万元,narrative,一、支出,21,\n",
                StandardCharsets.UTF_8);
        Path db = tmp.resolve(agency + ".duckdb");
        assertThat(Cli.ingest(db, in).exitCode()).isZero();
        return Cli.sqlValue(db, "SELECT severity FROM audit_findings WHERE rule_id = 'CLS-EXPENDITURE'");
    }

    @Test
    void narrativeClassesShortOfTheTotalAreAWarningAndBeyondItAnError() throws IOException {
        assertThat(severity("630103-ylbzj", "30.00")).isEqualTo("warning");
        assertThat(severity("650104-ylbzj", "50.00")).isEqualTo("error");
    }
}
