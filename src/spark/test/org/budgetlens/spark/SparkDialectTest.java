package org.budgetlens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each rule of the translation on a tiny statement: what it writes for Spark (that Spark computes DuckDB's values
 * from it is shown on the engines themselves in SparkMetricsTest).
 */
class SparkDialectTest {

    private static String one(SparkDialect dialect, String duckdb) {
        List<String> out = dialect.translate(duckdb);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static String one(String duckdb) {
        return one(new SparkDialect(), duckdb);
    }

    @Test
    void everyRuleHasANameTheDocUses() {
        assertThat(new SparkDialect().rules().stream().map(SparkDialect.Rule::name).toList()).containsExactly(
                "create-view", "create-table", "macro", "list-literal", "list-functions", "cast-types",
                "integer-division", "sign", "arg-min", "starts-with", "regexp-matches", "regexp-full-match",
                "string-split", "rtrim",
                "quantile", "string-agg", "semi-join", "exclude", "parameters");
    }

    @Test
    void viewsAreCachedTablesAndLiveStepsPlainViewsAndCommentsAndMacrosVanish() {
        assertThat(one("CREATE OR REPLACE VIEW figures_live AS SELECT 1"))
                .isEqualTo("CREATE OR REPLACE TEMPORARY VIEW figures_live AS SELECT 1");
        assertThat(one("CREATE OR REPLACE VIEW figures AS SELECT 1")).isEqualTo("CACHE TABLE figures AS SELECT 1");
        assertThat(one("CREATE OR REPLACE TABLE figures_store AS SELECT * FROM figures_live"))
                .isEqualTo("CACHE TABLE figures_store AS SELECT * FROM figures_live");
        assertThat(new SparkDialect().translate("COMMENT ON VIEW figures IS 'One value; per figure'")).isEmpty();
        assertThat(new SparkDialect().translate("CREATE OR REPLACE MACRO twice(x) AS x * 2")).isEmpty();
    }

    @Test
    void literalsAreReEscapedAndCommentsDropped() {
        assertThat(one("SELECT 'agency''s', '^\\d+' -- a comment with 'quotes'\nFROM t"))
                .isEqualTo("SELECT 'agency\\'s', '^\\\\d+' \nFROM t");
        assertThat(one("SELECT '[a] // b' AS x")).isEqualTo("SELECT '[a] // b' AS x");
    }

    @Test
    void macrosExpandWithTheirArgumentsAndNest() {
        SparkDialect d = new SparkDialect();
        d.translate("CREATE OR REPLACE MACRO twice(x) AS x * 2");
        d.translate("CREATE OR REPLACE MACRO four(x) AS twice(twice(x))");
        assertThat(one(d, "SELECT four(a + 1) FROM t")).isEqualTo("SELECT ((((((a + 1)) * 2)) * 2)) FROM t");
        d.translate("CREATE OR REPLACE MACRO tagged(v) AS v || ' ''x'''");
        assertThat(one(d, "SELECT tagged('y') FROM t")).isEqualTo("SELECT (('y') || ' \\'x\\'') FROM t");
    }

    @Test
    void aMacroWithASubqueryHasTheCallersColumnsQualified() {
        SparkDialect d = new SparkDialect();
        d.translate("CREATE OR REPLACE MACRO flagged(disclosure, tables) AS EXISTS (SELECT 1 FROM audit_result a "
                + "JOIN disclosure d USING (k) WHERE a.disclosure_id = disclosure AND list_contains(tables, a.t))");
        assertThat(one(d, "SELECT *, flagged(disclosure_id, [split_part(src, '.', 1)]) AS f FROM rates_store"))
                .isEqualTo("SELECT *, (EXISTS (SELECT 1 FROM audit_result a JOIN disclosure d USING (k) WHERE "
                        + "a.disclosure_id = (rates_store.disclosure_id) AND array_contains((array(split_part("
                        + "rates_store.src, '.', 1))), a.t))) AS f FROM rates_store");
    }

    @Test
    void listsCastsDivisionSignAndRenamedFunctions() {
        assertThat(one("SELECT list_contains(['a', 'b'], x), list_position(['a'], x) FROM t"))
                .isEqualTo("SELECT array_contains(array('a', 'b'), x), array_position(array('a'), x) FROM t");
        assertThat(one("SELECT x::VARCHAR, y::HUGEINT // 2, sign(z) FROM t"))
                .isEqualTo("SELECT x::STRING, y::DECIMAL(38, 0)  div  2, CAST(signum(z) AS INT) FROM t");
        assertThat(one("SELECT arg_min(a, b), starts_with(c, '65'), regexp_matches(d, 'p') FROM t"))
                .isEqualTo("SELECT min_by(a, b), startswith(c, '65'), regexp_like(d, 'p') FROM t");
        assertThat(one("SELECT regexp_full_match(line_code, '[0-9]{3}') FROM t"))
                .isEqualTo("SELECT regexp_like(line_code, concat('^(?:', '[0-9]{3}', ')$')) FROM t");
    }

    @Test
    void stringSplitOnlyOnAPlainSeparatorAndRtrimArgumentsInSparksOrder() {
        assertThat(one("SELECT length(string_split(b, ':')), length(s) FROM t"))
                .isEqualTo("SELECT size(split(b, ':')), length(s) FROM t");
        assertThatThrownBy(() -> one("SELECT string_split(b, '.') FROM t")).hasMessageContaining("not a plain");
        assertThat(one("SELECT rtrim(x::VARCHAR, '0'), rtrim(y) FROM t"))
                .isEqualTo("SELECT TRIM(TRAILING '0' FROM x::STRING), rtrim(y) FROM t");
    }

    @Test
    void quantilesAreExactDecimalsAgain() {
        assertThat(one("SELECT median(v), quantile_cont(v, 0.25) FROM t"))
                .isEqualTo("SELECT CAST(percentile(v, 0.5) AS DECIMAL(38, 6)), "
                        + "CAST(percentile(v, 0.25) AS DECIMAL(38, 6)) FROM t");
    }

    @Test
    void stringAggCollectsSortsAndJoins() {
        assertThat(one("SELECT string_agg(s, '; ' ORDER BY k) FROM t")).isEqualTo("SELECT CASE WHEN count(s) = 0 "
                + "THEN NULL ELSE array_join(transform(array_sort(collect_list(CASE WHEN (s) IS NOT NULL THEN "
                + "named_struct('k', k, 'v', s) END)), e -> e.v), '; ') END FROM t");
        assertThat(one("SELECT string_agg(DISTINCT a || ', ', '; ' ORDER BY a || ', ') FROM t"))
                .contains("collect_set(");
        assertThatThrownBy(() -> one("SELECT string_agg(DISTINCT a, '; ' ORDER BY b) FROM t"))
                .hasMessageContaining("ordered by another");
    }

    @Test
    void semiJoinExcludeAndParameters() {
        assertThat(one("SELECT v.* FROM v SEMI JOIN c USING (k) WHERE x = $1 OR $12 IS NULL"))
                .isEqualTo("SELECT v.* FROM v LEFT SEMI JOIN c USING (k) WHERE x = :p1 OR :p12 IS NULL");
        assertThat(one("SELECT m.* EXCLUDE (input_tables, b), 1 FROM m"))
                .isEqualTo("SELECT m.`(?!(?:input_tables|b)$).+`, 1 FROM m");
    }
}
