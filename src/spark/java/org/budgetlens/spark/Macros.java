package org.budgetlens.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DuckDB's {@code CREATE OR REPLACE MACRO name(a, b) AS body}, which Spark SQL has no form of, expanded in place:
 * every call is replaced by the body with each parameter replaced by its argument in parentheses. Where the body
 * holds a subquery (the audit flags' {@code EXISTS (SELECT … FROM audit_result a …)}), a bare column in an argument
 * would be read from the subquery's tables by Spark, where DuckDB binds it to the caller's row: such a column is
 * qualified with the caller's relation, the one after the statement's last FROM.
 */
final class Macros {

    private static final Pattern DEFINITION = Pattern.compile(
            "(?is)^\\s*CREATE\\s+OR\\s+REPLACE\\s+MACRO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s+AS\\s+(.*)$");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.§])([A-Za-z_]\\w*)(?![\\w§.])");
    private static final Set<String> WORDS = Set.of("and", "or", "not", "null", "true", "false", "is", "in", "case",
            "when", "then", "else", "end", "as", "cast", "select", "from", "where", "exists", "like", "between",
            "distinct");

    private record Macro(List<String> parameters, String body, SqlCode literals) {
    }

    private final Map<String, Macro> macros = new LinkedHashMap<>();

    /** Whether the statement defines a macro; if so it is kept for expansion (and the statement is dropped). */
    boolean define(String code, SqlCode sql) {
        Matcher m = DEFINITION.matcher(code);
        if (!m.matches()) {
            return false;
        }
        List<String> parameters = Calls.split(m.group(2));
        macros.put(m.group(1).toLowerCase(Locale.ROOT), new Macro(parameters, m.group(3).strip(), sql));
        return true;
    }

    /** The code with every call of a known macro expanded, until none is left (macros call macros). */
    String expand(String code, SqlCode sql) {
        String current = code;
        for (int round = 0; round < 10; round++) {
            String next = current;
            for (Map.Entry<String, Macro> e : macros.entrySet()) {
                next = expandOne(next, e.getKey(), e.getValue(), sql);
            }
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        throw new IllegalArgumentException("macros nest deeper than 10: " + code);
    }

    private static String expandOne(String code, String name, Macro macro, SqlCode sql) {
        boolean subquery = macro.body().toLowerCase(Locale.ROOT).contains("select");
        String outer = subquery ? callerRelation(code) : null;
        return Calls.rewrite(code, name, args -> {
            if (args.size() != macro.parameters().size()) {
                throw new IllegalArgumentException(name + " takes " + macro.parameters().size() + " arguments: "
                        + args);
            }
            Map<String, String> bound = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = outer == null ? args.get(i) : qualify(args.get(i), outer);
                bound.put(macro.parameters().get(i).toLowerCase(Locale.ROOT), "(" + arg + ")");
            }
            return "(" + substitute(sql.adopt(macro.body(), macro.literals()), bound) + ")";
        });
    }

    /** The body with each parameter (a bare word, not a table after FROM or JOIN) replaced, all in one pass. */
    private static String substitute(String body, Map<String, String> bound) {
        Matcher m = IDENTIFIER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            String before = body.substring(0, m.start()).stripTrailing().toLowerCase(Locale.ROOT);
            boolean table = before.endsWith("from") || before.endsWith("join");
            String value = bound.containsKey(word) && !table ? bound.get(word) : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The relation after the statement's last top-level FROM (alias if it has one), or null. */
    static String callerRelation(String code) {
        Matcher m = Pattern.compile("(?i)\\bFROM\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?\\s*$").matcher(code.strip());
        if (!m.find()) {
            return null;
        }
        String alias = m.group(2);
        return alias != null && !WORDS.contains(alias.toLowerCase(Locale.ROOT)) ? alias : m.group(1);
    }

    /** Each bare column of an argument (not a function, keyword or literal) prefixed with {@code relation.}. */
    static String qualify(String arg, String relation) {
        if (relation == null) {
            return arg;
        }
        Matcher m = IDENTIFIER.matcher(arg);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            String rest = arg.substring(m.end()).stripLeading();
            boolean function = rest.startsWith("(");
            boolean keyword = WORDS.contains(word.toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(function || keyword ? word : relation + "." + word));
        }
        m.appendTail(out);
        return out.toString();
    }

    List<String> names() {
        return new ArrayList<>(macros.keySet());
    }
}
