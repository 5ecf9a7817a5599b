package org.budgetlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --format json}: written by Jackson, read back by Jackson with the same values, decimals exact, NULL null. */
class JsonFormatTest {

    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TempDir
    static Path tmp;

    static Path db;

    @BeforeAll
    static void load() {
        db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, RepoData.DATA).exitCode()).isZero();
    }

    static JsonNode json(String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return READER.readTree(r.out());
    }

    @Test
    void aFigureStatedInYuanKeepsEveryDecimalAndABlankStaysNull() {
        JsonNode rows = json("--db", db.toString(), "sql", "--format", "json", "SELECT amount, source_value, "
                + "source_unit, NULL::DECIMAL(22,6) AS unknown FROM line_items WHERE disclosure_id = "
                + "'630103-ylbzj/2024/final' AND table_id = 'perf_project' AND line_code = 'ind1' AND measure = "
                + "'actual' AND amount <> round(amount, 2)");

        assertThat(rows.size()).isEqualTo(1);
        JsonNode row = rows.get(0);
        assertThat(row.get("amount").isBigDecimal()).isTrue();
        assertThat(row.get("amount").decimalValue()).isEqualTo(new BigDecimal("0.007936")); // 79.36 元 in 万元
        assertThat(row.get("source_value").asString()).isEqualTo("79.36");
        assertThat(row.get("source_unit").asString()).isEqualTo("元");
        assertThat(row.get("unknown").isNull()).isTrue();
    }

    @Test
    void largeDecimalsAreNotRoundedThroughADouble() {
        JsonNode row = json("--db", db.toString(), "sql", "--format", "json",
                "SELECT 9999999999999999.99::DECIMAL(18,2) AS money, 1234567890123456789.123456::DECIMAL(38,6) AS big, "
                        + "0::DECIMAL(18,2) AS zero, 12::BIGINT AS n, true AS flag").get(0);

        assertThat(row.get("money").decimalValue()).isEqualTo(new BigDecimal("9999999999999999.99"));
        assertThat(row.get("big").decimalValue()).isEqualTo(new BigDecimal("1234567890123456789.123456"));
        assertThat(row.get("zero").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(row.get("n").asLong()).isEqualTo(12);
        assertThat(row.get("flag").asBoolean()).isTrue();
    }

    @Test
    void textWithQuotesBackslashesAndControlCharactersRoundTrips() {
        String text = "say \"预算\" \\ tab\there\nline\u0001end";
        JsonNode row = json("--db", db.toString(), "sql", "--format", "json",
                "SELECT 'say \"预算\" \\ tab' || chr(9) || 'here' || chr(10) || 'line' || chr(1) || 'end' AS t").get(0);

        assertThat(row.get("t").asString()).isEqualTo(text);
    }

    @Test
    void aNamedQueryIsAnArrayOfObjectsOneALineAndNothingMatchedIsAnEmptyArray() {
        Cli.Result r = Cli.run("--db", db.toString(), "query", "execution-rate", "--agency", "城中区", "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("[\n  {\"agency_name\": \"西宁市城中区医疗保障局\", \"fiscal_year\": 2024, ")
                .endsWith("}\n]\n");
        JsonNode rows = READER.readTree(r.out());
        assertThat(rows.get(0).get("rate_pct").decimalValue()).isEqualTo(new BigDecimal("88.54"));
        assertThat(rows.get(0).get("executed").decimalValue()).isEqualTo(new BigDecimal("665.38"));

        Cli.Result none = Cli.run("--db", db.toString(), "sql", "--format", "json",
                "SELECT disclosure_id FROM disclosures WHERE false");
        assertThat(none.out()).isEqualTo("[]\n");
    }
}
