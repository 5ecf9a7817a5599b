package org.budgetlens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Function classification (支出功能分类) names to codes: the 类 of the national scheme and the 款/项 that health
 * and social-security departments use (resource extract/function_codes.csv), plus the code/name pairs a document's
 * own tables publish, which take precedence. A 款 is looked up under its 类, a 项 under its 款.
 */
final class FunctionCodes {

    /** Code and name pairs, a code with an older name too (210 医疗卫生与计划生育支出 before 卫生健康支出). */
    private static final java.util.List<String[]> STANDARD = load();

    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、");
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("\\([^)]*\\)$");

    private final Map<String, String> byParentAndName = new HashMap<>();
    /** The 类 names (cleaned) to their codes. */
    private final Map<String, String> classes = new HashMap<>();

    FunctionCodes() {
        STANDARD.forEach(pair -> add(pair[0], pair[1]));
    }

    /** Learns a code/name pair published by the document. */
    void add(String code, String name) {
        String parent = parent(code);
        String cleaned = clean(name);
        byParentAndName.put(parent + "|" + cleaned, code);
        if (parent.isEmpty()) {
            classes.put(cleaned, code);
        }
    }

    /** The code of {@code name} under {@code parent} ("" for a 类). */
    Optional<String> code(String parent, String name) {
        return Optional.ofNullable(byParentAndName.get(parent + "|" + clean(name)));
    }

    /**
     * The 类 whose name ends {@code text}, with at most two characters before it (医疗卫生健康支出 is 卫生健康支出, a
     * published variant of the class name), the longest such name; names of four characters or more (教育支出,
     * 国防支出), and never 其他支出, which says nothing on its own.
     */
    Optional<String> classEnding(String text) {
        if (text.indexOf('支') < 0) {
            return Optional.empty(); // every 类 name this reads ends in 支出
        }
        String t = clean(text);
        String best = null;
        for (Map.Entry<String, String> e : classes.entrySet()) {
            String name = e.getKey();
            if (name.length() >= 4 && !name.equals("其他支出") && t.endsWith(name) && t.length() - name.length() <= 2
                    && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return Optional.ofNullable(best == null ? null : classes.get(best));
    }

    /**
     * The 项 of class {@code classCode} named {@code name} (or {@code name} without a trailing 支出: 行政运行支出 is
     * 行政运行), when exactly one 项 under one of its 款 has that name.
     */
    Optional<String> itemOfClass(String classCode, String name) {
        String n = clean(name);
        String bare = n.endsWith("支出") ? n.substring(0, n.length() - 2) : n;
        String found = null;
        for (Map.Entry<String, String> e : byParentAndName.entrySet()) {
            String code = e.getValue();
            String key = e.getKey();
            String candidate = key.substring(key.indexOf('|') + 1);
            if (code.length() == 7 && code.startsWith(classCode) && (candidate.equals(n) || candidate.equals(bare))) {
                if (found != null && !found.equals(code)) {
                    return Optional.empty();
                }
                found = code;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String parent(String code) {
        return code.length() <= 3 ? "" : code.substring(0, code.length() - 2);
    }

    /** Spaces and a qualifier in brackets ("行政运行(医疗保障管理)") do not distinguish names. */
    static String clean(String name) {
        String s = ENUMERATOR.matcher(TableTitles.normalize(name)).replaceFirst("");
        return QUALIFIER.matcher(s).replaceFirst("");
    }

    private static java.util.List<String[]> load() {
        java.util.List<String[]> codes = new java.util.ArrayList<>();
        try (InputStream in = FunctionCodes.class.getResourceAsStream("/extract/function_codes.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().skip(1).map(l -> l.split(",", 2)).filter(p -> p.length == 2)
                    .forEach(p -> codes.add(new String[] {p[0].strip(), p[1].strip()}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
