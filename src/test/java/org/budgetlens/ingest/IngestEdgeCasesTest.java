package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases found in review: units that do not fit a measure, a malformed quote mid-file, files that swap ids. */
class IngestEdgeCasesTest {

    static final String HEADER = "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,section,"
            + "source_line,note";

    @TempDir
    Path tmp;

    private Path disclosure(String name, String... rows) throws IOException {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.copy(RepoData.DATA.resolve("agencies.csv"), dir.resolve("agencies.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StringBuilder text = new StringBuilder("# budgetlens-disclosure: 1\n# agency_id: 630103-ylbzj\n"
                + "# fiscal_year: 2030\n# kind: final\n# source_doc: sources/x.txt\n" + HEADER + "\n");
        for (String row : rows) {
            text.append(row).append('\n');
        }
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return dir;
    }

    private static List<String> rejects(Path db) {
        return Cli.sqlCsv(db, "SELECT file_line, reason FROM rejects ORDER BY file_line");
    }

    @Test
    void aBlankUnitIsMoneyOnlyForMoneyMeasures() throws IOException {
        Path in = disclosure("a.csv",
                "org,staff_actual,实有人数,,count,,,12,,narrative,,1,",
                "org,staff_actual,实有人数,,count,,,12,万元,narrative,,2,",
                "org,staff_actual,实有人数,,count,,,12,人,narrative,,3,",
                "gpb_expenditure,total,合计,,total,,,5,辆,table,,4,",
                "gpb_expenditure,total,合计,,total,,,5,,table,,5,");
        Path db = tmp.resolve("w.duckdb");
        Cli.Result r = Cli.ingest(db, in);
        assertThat(r.out()).contains("records: 8 read = 5 loaded + 3 rejected");
        assertThat(rejects(db)).containsExactly("file_line,reason",
                "7,\"unit is blank, but measure count of table org is a count: give its unit (人, 个, 分, %, 万元 …); "
                        + "only money may leave it blank (万元)\"",
                "8,\"unit 万元 (money) does not fit measure count of table org, which is count\"",
                "10,\"unit 辆 (count) does not fit measure total of table gpb_expenditure, which is money (万元, 元, "
                        + "千元, 亿元)\"");
        assertThat(Cli.sqlCsv(db, "SELECT value, unit FROM facts WHERE name = 'org.staff_actual.count'"))
                .containsExactly("value,unit", "12.00,人");
    }

    @Test
    void aMalformedQuoteCostsItsLineOnlyAndTheRestStillLoads() throws IOException {
        Path in = disclosure("a.csv",
                "gpb_expenditure,total,\"合计\"（表）,,total,,,665.38,万元,table,,1,",
                "gpb_expenditure,2101103,公务员医疗补助,,total,,,404.66,万元,table,,2,",
                "gpb_expenditure,2101101,行政单位医疗,,total,,,1.74,万元,table,,3,",
                "gpb_expenditure,2101501,行政运行,,total,,,191.67,万元,table,,4,");
        Path db = tmp.resolve("w.duckdb");
        Cli.Result r = Cli.ingest(db, in);
        assertThat(r.out()).contains("records: 7 read = 6 loaded + 1 rejected");
        assertThat(rejects(db)).containsExactly("file_line,reason", "7,\"text follows the closing quote of a quoted "
                + "field: quote the whole field and double the quotes inside it (\"\"\"\"), or remove the quotes\"");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM line_items WHERE fiscal_year = 2030")).isEqualTo("3");
    }

    @Test
    void aCorrectedFileAndANewFileSwappingIdsKeepBothDisclosures() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path db = tmp.resolve("w.duckdb");
        Cli.ingest(db, data);
        Path file = RepoData.seedIn(data, RepoData.SEED_004);
        // the file was really the 2023 account; the 2024 account arrives as a new file
        String text = RepoData.rewrite(file, t -> t.replace("# fiscal_year: 2024", "# fiscal_year: 2023"));
        Files.writeString(file.resolveSibling("2024-final-real.csv"), text, StandardCharsets.UTF_8);

        Cli.Result r = Cli.ingest(db, data);

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(Cli.sqlCsv(db, "SELECT disclosure_id FROM disclosures WHERE agency_id = '630103-ylbzj' ORDER BY 1"))
                .containsExactly("disclosure_id", "630103-ylbzj/2023/final", "630103-ylbzj/2024/final");
    }

    @Test
    void aRerunStillReportsTheRejectsOfUnchangedFiles() throws IOException {
        Path in = disclosure("a.csv", "gpb_expenditure,total,合计,,total,,,abc,万元,table,,1,",
                "gpb_expenditure,2101103,公务员医疗补助,,total,,,404.66,万元,table,,2,");
        Path db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, in).exitCode()).isEqualTo(3);

        Cli.Result again = Cli.ingest(db, in);

        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.out()).contains("records: 0 read = 0 loaded + 0 rejected")
                .contains("rejects: 1 listed in " + tmp.resolve("w.rejects.csv") + " and in the view rejects (0 from "
                        + "this run, 1 from earlier runs of files that did not change since)");
        assertThat(Files.readAllLines(tmp.resolve("w.rejects.csv"))).hasSize(2);
    }
}
