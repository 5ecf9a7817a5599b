package org.budgetlens.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL text with its comments removed and its string literals set aside as placeholders ({@code §0§}), so that the
 * translation rules rewrite code and never the text inside a literal. {@link #render()} writes the literals back in
 * Spark's form: DuckDB doubles a quote ({@code 'agency''s'}) and takes a backslash as itself ({@code '\d+'}); Spark
 * reads both only escaped with a backslash ({@code 'agency\'s'}, {@code '\\d+'}).
 */
final class SqlCode {

    private static final Pattern PLACEHOLDER = Pattern.compile("§(\\d+)§");

    private final String code;
    private final List<String> literals;

    private SqlCode(String code, List<String> literals) {
        this.code = code;
        this.literals = literals;
    }

    /** Parses DuckDB SQL: {@code -- comments} dropped, {@code '…'} literals (with {@code ''} inside) set aside. */
    static SqlCode parse(String sql) {
        StringBuilder code = new StringBuilder();
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (i >= sql.length()) {
                        throw new IllegalArgumentException("unterminated string literal in: " + sql);
                    }
                    char d = sql.charAt(i);
                    if (d == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                        value.append('\'');
                        i += 2;
                    } else if (d == '\'') {
                        i++;
                        break;
                    } else {
                        value.append(d);
                        i++;
                    }
                }
                code.append('§').append(literals.size()).append('§');
                literals.add(value.toString());
            } else {
                code.append(c);
                i++;
            }
        }
        return new SqlCode(code.toString(), literals);
    }

    String code() {
        return code;
    }

    /** The value of the literal a placeholder stands for, or null when {@code text} is not one placeholder. */
    String literal(String text) {
        String t = text.strip();
        if (t.matches("§\\d+§")) {
            return literals.get(Integer.parseInt(t.substring(1, t.length() - 1)));
        }
        return null;
    }

    /** The placeholder of a literal added to this statement's (a macro's literal, expanded into it). */
    String add(String literal) {
        literals.add(literal);
        return "§" + (literals.size() - 1) + "§";
    }

    /** Each placeholder of {@code code}, whose literals are {@code from}'s, renumbered as a literal of this one. */
    String adopt(String code, SqlCode from) {
        Matcher m = PLACEHOLDER.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, add(from.literals.get(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    SqlCode withCode(String newCode) {
        return new SqlCode(newCode, literals);
    }

    /** The code with every literal written back as a Spark string literal. */
    String render() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end = c == '§' ? code.indexOf('§', i + 1) : -1;
            if (end > i + 1 && code.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
                out.append(spark(literals.get(Integer.parseInt(code.substring(i + 1, end)))));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    /** A Spark SQL string literal of {@code value}. */
    static String spark(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
