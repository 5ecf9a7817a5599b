package org.budgetlens.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one translation step from the warehouse's DuckDB SQL (sql/views, sql/metrics, sql/queries) to Spark SQL: one
 * rule per difference between the two dialects, applied in order to the code of each statement (never inside a
 * string literal, see {@link SqlCode}). docs/scale-out.md lists the rules and why each keeps the results identical.
 * A statement Spark has no use for (a macro definition, a COMMENT ON) translates to nothing.
 */
public final class SparkDialect {

    /** One difference: its name (as in docs/scale-out.md) and the rewrite of a statement's code. */
    public record Rule(String name, BiFunction<String, SqlCode, String> rewrite) {
    }

    /** The Spark settings the translated SQL relies on (see the rules). */
    public static final List<String[]> SETTINGS = List.of(
            new String[] {"spark.sql.parser.quotedRegexColumnNames", "true"}, // rule exclude
            new String[] {"spark.sql.ansi.enabled", "true"}, // errors, not NULLs, on a failed cast or overflow
            new String[] {"spark.sql.session.timeZone", "UTC"},
            new String[] {"spark.sql.datetime.java8API.enabled", "true"});

    private final Macros macros = new Macros();
    private final List<Rule> rules = List.of(
            new Rule("create-view", (c, s) -> c.replaceAll("(?i)^CREATE\\s+OR\\s+REPLACE\\s+VIEW\\s+(\\w+_live)\\b",
                    "CREATE OR REPLACE TEMPORARY VIEW $1")
                    .replaceAll("(?i)^CREATE\\s+OR\\s+REPLACE\\s+VIEW\\s+(\\w+)\\s+AS\\b", "CACHE TABLE $1 AS")),
            new Rule("create-table", (c, s) -> c.replaceAll("(?i)^CREATE\\s+OR\\s+REPLACE\\s+TABLE\\s+(\\w+)\\s+AS\\b",
                    "CACHE TABLE $1 AS")),
            new Rule("macro", (c, s) -> macros.expand(c, s)),
            new Rule("list-literal", (c, s) -> lists(c)),
            new Rule("list-functions", (c, s) -> c.replaceAll("(?i)\\blist_contains\\s*\\(", "array_contains(")
                    .replaceAll("(?i)\\blist_position\\s*\\(", "array_position(")),
            new Rule("cast-types", (c, s) -> c.replaceAll("(?i)::\\s*VARCHAR\\b", "::STRING")
                    .replaceAll("(?i)::\\s*HUGEINT\\b", "::DECIMAL(38, 0)")),
            new Rule("integer-division", (c, s) -> c.replace("//", " div ")),
            new Rule("sign", (c, s) -> Calls.rewrite(c, "sign", a -> "CAST(signum(" + a.get(0) + ") AS INT)")),
            new Rule("arg-min", (c, s) -> c.replaceAll("(?i)\\barg_min\\s*\\(", "min_by(")),
            new Rule("starts-with", (c, s) -> c.replaceAll("(?i)\\bstarts_with\\s*\\(", "startswith(")),
            new Rule("regexp-matches", (c, s) -> c.replaceAll("(?i)\\bregexp_matches\\s*\\(", "regexp_like(")),
            new Rule("regexp-full-match", (c, s) -> Calls.rewrite(c, "regexp_full_match",
                    a -> "regexp_like(" + a.get(0) + ", concat('^(?:', " + a.get(1) + ", ')$'))")),
            new Rule("string-split", (c, s) -> Calls.rewrite(
                    Calls.rewrite(c, "length", a -> a.size() == 1 && Calls.find(a.get(0), "string_split", 0) == 0
                            ? "size(" + a.get(0) + ")" : "length(" + String.join(", ", a) + ")"),
                    "string_split", a -> "split(" + a.get(0) + ", " + plainSeparator(a.get(1), s) + ")")),
            new Rule("rtrim", (c, s) -> Calls.rewrite(c, "rtrim", a -> a.size() == 1 ? "rtrim(" + a.get(0) + ")"
                    : "TRIM(TRAILING " + a.get(1) + " FROM " + a.get(0) + ")")),
            new Rule("quantile", (c, s) -> Calls.rewrite(Calls.rewrite(c, "median",
                    a -> "CAST(percentile(" + a.get(0) + ", 0.5) AS DECIMAL(38, 6))"),
                    "quantile_cont", a -> "CAST(percentile(" + a.get(0) + ", " + a.get(1) + ") AS DECIMAL(38, 6))")),
            new Rule("string-agg", (c, s) -> Calls.rewrite(c, "string_agg", a -> stringAgg(a, s))),
            new Rule("semi-join", (c, s) -> c.replaceAll("(?i)(?<!LEFT\\s)\\bSEMI\\s+JOIN\\b", "LEFT SEMI JOIN")),
            new Rule("exclude", (c, s) -> exclude(c)),
            new Rule("parameters", (c, s) -> c.replaceAll("\\$(\\d+)", ":p$1")));

    /** The rules, in the order they apply. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The Spark statements of one DuckDB statement: none for a macro definition (remembered, and expanded where it
     * is called from then on) or a COMMENT ON, else one.
     */
    public List<String> translate(String duckdb) {
        SqlCode sql = SqlCode.parse(sparkMacro(duckdb));
        String code = sql.code().strip();
        if (macros.define(code, sql) || code.matches("(?is)^COMMENT\\s+ON\\b.*")) {
            return List.of();
        }
        for (Rule rule : rules) {
            code = rule.rewrite().apply(code, sql);
        }
        return List.of(sql.withCode(code).render());
    }

    /**
     * The macros whose DuckDB bodies index and sort lists ({@code s[i]}, {@code list_sort(list(v) FILTER …)}, which
     * Spark writes {@code element_at(s, i)}, {@code sort_array(collect_list(v))}) are defined for Spark with the same
     * arithmetic in Spark's array functions: the same interpolation in DECIMAL, the same rounding, NULLs left out.
     */
    static final Map<String, String> SPARK_MACROS = Map.of(
            "interpolate2", """
                    CREATE OR REPLACE MACRO interpolate2(s, q) AS
                        CASE WHEN size(s) = 0 THEN NULL
                             ELSE round(element_at(s, CAST(1 + floor((size(s) - 1) * CAST(q AS DECIMAL(5, 4))) AS INT))
                                        + ((size(s) - 1) * CAST(q AS DECIMAL(5, 4))
                                           - floor((size(s) - 1) * CAST(q AS DECIMAL(5, 4))))
                                          * (element_at(s, CAST(1 + ceil((size(s) - 1) * CAST(q AS DECIMAL(5, 4))) AS INT))
                                             - element_at(s, CAST(1 + floor((size(s) - 1) * CAST(q AS DECIMAL(5, 4)))
                                                                  AS INT))), 2)
                        END""",
            "quantile2", """
                    CREATE OR REPLACE MACRO quantile2(v, q) AS
                        interpolate2(sort_array(collect_list(CAST(v AS DECIMAL(38, 6)))), q)""");

    private static final Pattern MACRO_NAME = Pattern.compile("(?is)^\\s*(?:--[^\\n]*\\n\\s*)*CREATE\\s+OR\\s+REPLACE\\s+MACRO\\s+(\\w+)\\s*\\(");

    /** The Spark definition of a macro of {@link #SPARK_MACROS}; any other statement as it is. */
    private static String sparkMacro(String duckdb) {
        Matcher m = MACRO_NAME.matcher(duckdb);
        return m.find() && SPARK_MACROS.containsKey(m.group(1).toLowerCase(Locale.ROOT))
                ? SPARK_MACROS.get(m.group(1).toLowerCase(Locale.ROOT)) : duckdb;
    }

    /** The Spark statements of every DuckDB statement, in order. */
    public List<String> translateAll(List<String> duckdb) {
        List<String> out = new ArrayList<>();
        for (String statement : duckdb) {
            out.addAll(translate(statement));
        }
        return out;
    }

    /** {@code [a, b]} → {@code array(a, b)} (the SQL indexes no list, so every bracket is a list literal). */
    static String lists(String code) {
        return code.replace("[", "array(").replace("]", ")");
    }

    /** Spark's split takes a regular expression: only a separator that means itself there is let through. */
    private static String plainSeparator(String arg, SqlCode sql) {
        String value = sql.literal(arg);
        if (value == null || !value.matches("[\\w:;,/ ]+")) {
            throw new IllegalArgumentException("string_split: the separator " + arg + " is not a plain literal");
        }
        return arg;
    }

    private static final Pattern ORDER_BY = Pattern.compile("(?is)^(.*?)\\s+ORDER\\s+BY\\s+(.*)$");

    /**
     * {@code string_agg([DISTINCT] x, sep [ORDER BY k])}: the non-NULL x collected (as a set for DISTINCT) with their
     * sort key, sorted by it then by x, joined with sep; NULL when there is none, as DuckDB gives.
     */
    static String stringAgg(List<String> args, SqlCode sql) {
        if (args.size() != 2) {
            throw new IllegalArgumentException("string_agg takes a value and a separator: " + args);
        }
        String value = args.get(0);
        boolean distinct = value.toUpperCase(Locale.ROOT).startsWith("DISTINCT ");
        if (distinct) {
            value = value.substring("DISTINCT ".length()).strip();
        }
        String separator = args.get(1);
        String key = value;
        Matcher m = ORDER_BY.matcher(separator);
        if (m.matches()) {
            separator = m.group(1).strip();
            key = m.group(2).strip();
        }
        if (distinct && !same(key, value, sql)) {
            throw new IllegalArgumentException("string_agg(DISTINCT …) ordered by another expression: " + args);
        }
        String item = "CASE WHEN (" + value + ") IS NOT NULL THEN named_struct('k', " + key + ", 'v', " + value
                + ") END";
        return "CASE WHEN count(" + value + ") = 0 THEN NULL ELSE array_join(transform(array_sort("
                + (distinct ? "collect_set(" : "collect_list(") + item + ")), e -> e.v), " + separator + ") END";
    }

    /** Whether two expressions are the same text, literals compared by value and blanks ignored. */
    private static boolean same(String a, String b, SqlCode sql) {
        return sql.withCode(a).render().replaceAll("\\s+", "").equals(sql.withCode(b).render().replaceAll("\\s+", ""));
    }

    private static final Pattern EXCLUDE = Pattern.compile("(?i)(\\w+)\\.\\*\\s+EXCLUDE\\s*\\(([^)]*)\\)");

    /** {@code t.* EXCLUDE (a, b)} → {@code t.`(?!(?:a|b)$).+`}, a column regex (quotedRegexColumnNames). */
    static String exclude(String code) {
        Matcher m = EXCLUDE.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String names = String.join("|", Calls.split(m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ".`(?!(?:" + names + ")$).+`"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
