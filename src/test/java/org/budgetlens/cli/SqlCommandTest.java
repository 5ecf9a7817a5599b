package org.budgetlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sql command: read-only, three formats, exit codes, and errors that say what to do. */
class SqlCommandTest {

    @TempDir
    static Path tmp;

    static Path db;

    @BeforeAll
    static void load() {
        db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, RepoData.DATA).exitCode()).isZero();
    }

    static final String TOTALS = "SELECT disclosure_id, amount FROM line_items WHERE table_id = 'gpb_expenditure' "
            + "AND line_code = 'total' AND measure = 'total' AND stat = '' AND origin = 'table' ORDER BY 1";

    @Test
    void tableFormatAlignsChineseTextAndRightAlignsNumbers() {
        Cli.Result r = Cli.run("--db", db.toString(), "sql",
                "SELECT agency_name, region_code, 1234.5::DECIMAL(10,2) AS n FROM agencies ORDER BY region_code");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "agency_name                                            | region_code |       n",
                "-------------------------------------------------------+-------------+--------",
                "西宁市城中区医疗保障局                                 | 630103      | 1234.50",
                "乌鲁木齐市医疗保障局（汇总）                           | 650100      | 1234.50",
                "乌鲁木齐高新技术产业开发区(乌鲁木齐市新市区)医疗保障局 | 650104      | 1234.50",
                "(3 rows)");
    }

    @Test
    void csvAndJsonFormats() {
        assertThat(Cli.sqlCsv(db, TOTALS)).containsExactly("disclosure_id,amount", "630103-ylbzj/2024/final,665.38",
                "650100-ylbzj-hz/2022/budget,1481.37");
        Cli.Result json = Cli.run("--db", db.toString(), "sql", "--format", "json", TOTALS);
        assertThat(json.out()).isEqualTo("""
                [
                  {"disclosure_id": "630103-ylbzj/2024/final", "amount": 665.38},
                  {"disclosure_id": "650100-ylbzj-hz/2022/budget", "amount": 1481.37}
                ]
                """);
    }

    @Test
    void unknownAmountsStayNullNotZero() {
        Cli.Result json = Cli.run("--db", db.toString(), "sql", "--format", "json",
                "SELECT NULL::DECIMAL(22,6) AS amount, 0::DECIMAL(22,6) AS zero");
        assertThat(json.out()).contains("{\"amount\": null, \"zero\": 0.00}");
    }

    @Test
    void statementsThatChangeDataAreRefused() {
        for (String statement : new String[] {"DELETE FROM line_item", "DROP VIEW line_items",
            "INSERT INTO agency SELECT * FROM agency", "CREATE TABLE x(i INTEGER)"}) {
            Cli.Result r = Cli.run("--db", db.toString(), "sql", statement);
            assertThat(r.exitCode()).as(statement).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(statement).startsWith("error: only a SELECT may run: ad-hoc SQL runs one "
                    + "read-only SELECT (also WITH …, FROM …, DESCRIBE, SHOW, SUMMARIZE) over the warehouse's views "
                    + "and tables. Statements that change data or settings or touch files (INSERT, CREATE, COPY, "
                    + "EXPORT, ATTACH, SET, PRAGMA, INSTALL, LOAD …) are refused: load data with 'budgetlens ingest'");
        }
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM line_items")).isNotEqualTo("0");
    }

    @Test
    void aBadStatementIsAUsageErrorWithDuckDbsMessage() {
        Cli.Result r = Cli.run("--db", db.toString(), "sql", "SELECT nope FROM line_items");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("error: Binder Error: Referenced column \"nope\" not found");
    }

    @Test
    void aMissingWarehouseSaysHowToCreateOne() {
        Cli.Result r = Cli.run("--db", tmp.resolve("none.duckdb").toString(), "sql", "SELECT 1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(r.err()).isEqualTo("error: no warehouse at " + tmp.resolve("none.duckdb")
                + ": run 'budgetlens ingest DIR' first, or point --db at an existing DuckDB file\n");
    }

    @Test
    void everyCommandExplainsItselfAndUsageErrorsExitWith2() {
        assertThat(Cli.run("--help").out()).contains("Usage: budgetlens [-hV] [--db=FILE] [COMMAND]")
                .contains("ingest").contains("sql").contains("Exit codes:");
        assertThat(Cli.run("ingest", "--help").out()).contains("Usage: budgetlens ingest")
                .contains("--chunk-size=N").contains("--force").contains("Exit codes:");
        assertThat(Cli.run("sql", "--help").out()).contains("--format=FORMAT").contains("read-only");
        assertThat(Cli.run().exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("sql").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(ExitCode.USAGE);
        Cli.Result missing = Cli.run("--db", db.toString(), "ingest", tmp.resolve("no-such-dir").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("does not exist");
    }
}
