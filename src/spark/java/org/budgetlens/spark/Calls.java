package org.budgetlens.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Finds the calls of a function in SQL code and rewrites each from its arguments (parentheses balanced). */
final class Calls {

    private Calls() {
    }

    /**
     * Every call {@code name(a, b, …)} (a whole word, any case, not after a dot) replaced by {@code rewrite} of its
     * arguments, innermost text first: arguments are rewritten before the call that contains them.
     */
    static String rewrite(String code, String name, Function<List<String>, String> rewrite) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int at = find(code, name, from);
            if (at < 0) {
                out.append(code, from, code.length());
                return out.toString();
            }
            int open = code.indexOf('(', at + name.length());
            int close = closing(code, open);
            List<String> args = new ArrayList<>();
            for (String arg : split(code.substring(open + 1, close))) {
                args.add(rewrite(arg, name, rewrite));
            }
            out.append(code, from, at).append(rewrite.apply(args));
            from = close + 1;
        }
    }

    /** Where the next call of {@code name} starts at or after {@code from}, or -1. */
    static int find(String code, String name, int from) {
        String lower = code.toLowerCase(Locale.ROOT);
        String target = name.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(target, from);
        while (at >= 0) {
            boolean startsWord = at == 0 || !(Character.isLetterOrDigit(code.charAt(at - 1))
                    || code.charAt(at - 1) == '_' || code.charAt(at - 1) == '.');
            int after = at + target.length();
            while (after < code.length() && code.charAt(after) == ' ') {
                after++;
            }
            if (startsWord && after < code.length() && code.charAt(after) == '('
                    && (at + target.length() == code.length()
                        || !Character.isLetterOrDigit(code.charAt(at + target.length()))
                            && code.charAt(at + target.length()) != '_')) {
                return at;
            }
            at = lower.indexOf(target, at + 1);
        }
        return -1;
    }

    /** The index of the parenthesis that closes the one at {@code open}. */
    static int closing(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in: " + code);
    }

    /** The text split at the commas outside parentheses and brackets, each part stripped. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (!text.isBlank()) {
            parts.add(text.substring(start).strip());
        }
        return parts;
    }
}
