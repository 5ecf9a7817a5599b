package org.budgetlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attempts an outside tester made on {@code budgetlens sql}, each refused with one line saying what may run and
 * exit code 2, and each shown to have written or read nothing: the warehouse stays the same byte for byte and still
 * opens, the target file is never created, a secret file's contents are never printed. Every test works on a fresh
 * copy of one freshly loaded warehouse.
 */
class SqlSandboxTest {

    static final String ONLY_SELECT = "error: only a SELECT may run: " + AdHocStatement.ALLOWED + ". ";
    static final String NO_FILE = "error: reading or writing files, loading extensions and changing settings are "
            + "refused: " + AdHocStatement.ALLOWED + " (DuckDB said: ";
    static final String SECRET = "the-secret-contents-7f3a";

    @TempDir
    static Path shared;

    static Path loaded;

    @TempDir
    Path tmp;

    Path db;
    byte[] before;
    Path secret;

    @BeforeAll
    static void load() {
        loaded = shared.resolve("loaded.duckdb");
        assertThat(Cli.ingest(loaded, RepoData.DATA).exitCode()).isZero();
    }

    @BeforeEach
    void freshWarehouse() throws IOException {
        db = tmp.resolve("w.duckdb");
        Files.copy(loaded, db);
        before = Files.readAllBytes(db);
        secret = tmp.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void copyOntoTheWarehouseFileIsRefusedAndTheWarehouseIsUnchanged() throws IOException {
        Cli.Result r = sql("COPY (SELECT 1 AS x) TO " + literal(db) + " (FORMAT csv)");

        assertRefused(r, ONLY_SELECT);
        assertWarehouseUnchanged();
    }

    @Test
    void copyToAnyOtherFileWritesNothing() throws IOException {
        Path target = tmp.resolve("out.csv");

        assertRefused(sql("COPY line_items TO " + literal(target) + " (FORMAT csv)"), ONLY_SELECT);
        assertRefused(sql("COPY (SELECT * FROM agencies) TO " + literal(target)), ONLY_SELECT);

        assertThat(target).doesNotExist();
        assertWarehouseUnchanged();
    }

    @Test
    void exportDatabaseWritesNothing() throws IOException {
        Path target = tmp.resolve("export");

        assertRefused(sql("EXPORT DATABASE " + literal(target)), ONLY_SELECT);

        assertThat(target).doesNotExist();
        assertWarehouseUnchanged();
    }

    @Test
    void profilingCannotBeTurnedOnOrPointedAtAFile() throws IOException {
        Path target = tmp.resolve("profile.json");

        assertRefused(sql("SET profiling_output = " + literal(target)), ONLY_SELECT);
        assertRefused(sql("PRAGMA enable_profiling = 'json'"), ONLY_SELECT);
        assertRefused(sql("PRAGMA enable_profiling"), ONLY_SELECT);
        assertThat(sql("SELECT count(*) FROM agencies").exitCode()).isZero();

        assertThat(target).doesNotExist();
        assertWarehouseUnchanged();
    }

    @Test
    void readBlobReadsNoFile() throws IOException {
        assertNotRead(sql("SELECT * FROM read_blob(" + literal(secret) + ")"));
        assertNotRead(sql("SELECT content FROM read_blob('/etc/shadow')"));
    }

    @Test
    void readCsvReadsNoFile() throws IOException {
        assertNotRead(sql("SELECT * FROM read_csv(" + literal(secret) + ", header = false)"));
    }

    @Test
    void readTextReadsNoFile() throws IOException {
        assertNotRead(sql("SELECT content FROM read_text(" + literal(secret) + ")"));
    }

    @Test
    void globListsNoFolder() throws IOException {
        assertNotRead(sql("SELECT * FROM glob('/root/*')"));
        assertNotRead(sql("SELECT * FROM glob(" + literal(tmp.resolve("*")) + ")"));
    }

    @Test
    void aFileNameAsATableReadsNothing() throws IOException {
        Cli.Result r = sql("SELECT * FROM " + literal(secret));

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out() + r.err()).doesNotContain(SECRET);
        assertWarehouseUnchanged();
    }

    @Test
    void theMemoryLimitCannotBeLifted() throws IOException {
        assertRefused(sql("SET memory_limit = '100GB'"), ONLY_SELECT);
        assertRefused(sql("RESET memory_limit"), ONLY_SELECT);
        assertRefused(sql("PRAGMA memory_limit = '100GB'"), ONLY_SELECT);
        assertThat(Cli.sqlValue(db, "SELECT current_setting('memory_limit')")).isEqualTo("953.6 MiB");
        assertWarehouseUnchanged();
    }

    @Test
    void attachInstallAndLoadAreRefused() throws IOException {
        Path other = tmp.resolve("other.duckdb");

        assertRefused(sql("ATTACH " + literal(other) + " AS other"), ONLY_SELECT);
        assertRefused(sql("INSTALL httpfs"), ONLY_SELECT);
        assertRefused(sql("LOAD httpfs"), ONLY_SELECT);

        assertThat(other).doesNotExist();
        assertWarehouseUnchanged();
    }

    @Test
    void aSelectThatRunsAnotherStatementInsideIsRefusedToo() throws IOException {
        Path target = tmp.resolve("out.csv");

        Cli.Result copy = sql("SELECT * FROM query('COPY (SELECT 1) TO " + literal(target).replace("'", "''") + "')");
        Cli.Result set = sql("SELECT * FROM query('SET memory_limit = ''100GB''')");

        String inner = "error: only a SELECT may run, inside query('…') too: ";
        assertRefused(copy, inner);
        assertRefused(set, inner);
        assertThat(copy.err()).endsWith("(DuckDB said: Parser Error: Expected a single SELECT statement)\n");
        assertThat(target).doesNotExist();
        assertWarehouseUnchanged();
    }

    @Test
    void oneStatementPerCall() throws IOException {
        Path target = tmp.resolve("out.csv");

        assertRefused(sql("SELECT 1; SELECT 2"), "error: 2 statements given, one is allowed: ");
        assertRefused(sql("SELECT count(*) FROM agencies; COPY agencies TO " + literal(target)), ONLY_SELECT);
        assertRefused(sql("SELECT 1;\n-- a comment\nDELETE FROM line_item"), ONLY_SELECT);
        assertRefused(sql("/* nothing but a comment */"), "error: no statement given: ");

        assertThat(target).doesNotExist();
        assertWarehouseUnchanged();
    }

    @Test
    void semicolonsInsideStringsNamesAndCommentsDoNotSplitAStatement() {
        assertThat(Cli.sqlCsv(db, "SELECT 'a; b' AS \"x;y\", $$c; d$$ AS z -- ; SELECT 2\n;")).containsExactly(
                "x;y,z", "a; b,c; d");
    }

    @Test
    void ordinarySelectsOnTheDocumentedViewsStillRun() throws IOException {
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM agencies")).isEqualTo("3");
        assertThat(Cli.sqlCsv(db, "WITH t AS (SELECT disclosure_id FROM disclosures) SELECT count(*) AS n FROM t"))
                .hasSize(2);
        for (String view : new String[] {"agencies", "disclosures", "line_items", "facts", "line_items_by_year",
            "disclosure_tables", "rejects", "load_runs", "figures", "execution_rates", "personnel_shares",
            "three_public", "spending_structure", "carryover_rates", "admin_running_costs", "procurement_shares",
            "performance_scores", "agency_trend", "metric_values", "audit_findings"}) {
            Cli.Result r = sql("SELECT count(*) FROM " + view);
            assertThat(r.exitCode()).as(view + ": " + r.err()).isZero();
        }
        assertThat(sql("DESCRIBE line_items").exitCode()).isZero();
        assertThat(sql("SUMMARIZE agencies").exitCode()).isZero();
        assertThat(sql("FROM agencies SELECT agency_id ORDER BY 1;").out()).contains("630103-ylbzj");
        assertWarehouseUnchanged();
    }

    @Test
    void namedQueriesStillRun() throws IOException {
        Cli.Result r = Cli.run("--db", db.toString(), "query", "execution-rate", "--format", "csv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.lines()).hasSizeGreaterThan(1);
        assertThat(Cli.run("--db", db.toString(), "query", "peer-ranking", "--metric",
                "personnel_share_of_basic_pct").exitCode()).isZero();
        assertWarehouseUnchanged();
    }

    private Cli.Result sql(String statement) {
        return Cli.run("--db", db.toString(), "sql", statement);
    }

    /** Refused with exit code 2 and one line that starts with {@code start} and says what may run. */
    private static void assertRefused(Cli.Result r, String start) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith(start).contains(AdHocStatement.ALLOWED).doesNotContain("Exception");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    /** Refused by DuckDB's file sandbox, the secret never printed, the warehouse the same. */
    private void assertNotRead(Cli.Result r) throws IOException {
        assertRefused(r, NO_FILE);
        assertThat(r.err()).contains("Permission Error").contains("disabled by configuration");
        assertThat(r.out() + r.err()).doesNotContain(SECRET);
        assertWarehouseUnchanged();
    }

    private void assertWarehouseUnchanged() throws IOException {
        assertThat(Files.readAllBytes(db)).as("the warehouse file, byte for byte").isEqualTo(before);
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM agencies")).as("it still opens").isEqualTo("3");
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
