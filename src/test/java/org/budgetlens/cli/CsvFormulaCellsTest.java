package org.budgetlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV the commands print or write carries no live formula: sql and query {@code --format csv} and ingest's reject
 * report neutralise text cells as the report does (one function, SpreadsheetText), and numbers stay numbers.
 */
class CsvFormulaCellsTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"点击\")";

    @TempDir
    Path tmp;

    @Test
    void sqlCsvNeutralisesEveryFormulaLeaderAndKeepsNumbers() throws IOException {
        Path db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, RepoData.DATA).exitCode()).isZero();

        Cli.Result r = Cli.run("--db", db.toString(), "sql", "--format", "csv", "SELECT '" + HYPERLINK.replace("'",
                "''") + "' AS eq, '+cmd|'' /C calc''!A0' AS plus, '-2+3' AS minus, '@SUM(A1)' AS at, "
                + "chr(9) || '=1' AS tab, chr(13) || '=1' AS cr, -12.50 AS amount, '-12.50' AS amount_text, "
                + "-3 AS whole, '西宁' AS name, 1 AS \"=cmd\"");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<CSVRecord> rows = parse(r.out());
        assertThat(rows.get(0).toList()).containsExactly("eq", "plus", "minus", "at", "tab", "cr", "amount",
                "amount_text", "whole", "name", "'=cmd");
        assertThat(rows.get(1).toList()).containsExactly("'" + HYPERLINK, "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)",
                "'\t=1", "'\r=1", "-12.50", "-12.50", "-3", "西宁", "1");
    }

    @Test
    void queryCsvNeutralisesAHostileAgencyName() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        RepoData.rewrite(data.resolve("agencies.csv"), text -> text.replace("\n630103-ylbzj,西宁市城中区医疗保障局,",
                "\n630103-ylbzj,\"" + HYPERLINK.replace("\"", "\"\"") + "\","));
        Path db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, data).exitCode()).isZero();

        Cli.Result r = Cli.run("--db", db.toString(), "query", "execution-rate", "--format", "csv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<CSVRecord> rows = parse(r.out());
        int name = rows.get(0).toList().indexOf("agency_name");
        assertThat(rows.stream().skip(1).map(row -> row.get(name))).contains("'" + HYPERLINK)
                .doesNotContain(HYPERLINK);
    }

    @Test
    void theRejectReportNeutralisesARejectedRecord() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(RepoData.DATA.resolve("agencies.csv"), in.resolve("agencies.csv"));
        Files.writeString(in.resolve("a.csv"), "# budgetlens-disclosure: 1\n# agency_id: 630103-ylbzj\n"
                + "# fiscal_year: 2030\n# kind: final\n# source_doc: sources/x.txt\n"
                + "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,section,source_line,note\n"
                + "@SUM(1+1),total,合计,,total,,,1.00,万元,table,,1,\n", StandardCharsets.UTF_8);
        Path db = tmp.resolve("w.duckdb");
        Path report = tmp.resolve("rejects.csv");

        Cli.Result r = Cli.run("--db", db.toString(), "ingest", "--rejects", report.toString(), in.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.REJECTS);
        List<CSVRecord> rows = parse(Files.readString(report, StandardCharsets.UTF_8));
        // the header, the file's own row (line 0: every record rejected, nothing loaded) and the record's
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toList()).containsExactly("source_file", "file_line", "disclosure_id", "reason", "record");
        CSVRecord record = rows.stream().filter(row -> row.get(1).equals("7")).findFirst().orElseThrow();
        assertThat(record.get(4)).isEqualTo("'@SUM(1+1),total,合计,,total,,,1.00,万元,table,,1,");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
