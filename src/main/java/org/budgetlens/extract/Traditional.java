package org.budgetlens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads traditional characters as their simplified forms (萬元 → 万元, 決算 → 决算, 總計 → 总计), one character for
 * one, so that the phrase catalogue and the table titles apply to documents published or mirrored in traditional
 * script and every position and line number stays what it was. The pairs are in {@code extract/traditional.txt}.
 */
final class Traditional {

    /** For each BMP character, its simplified form, or 0 when it has none listed. */
    private static final char[] SIMPLIFIED = table(load());

    private Traditional() {
    }

    /** The text with each listed traditional character replaced by its simplified form. */
    static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char simplified = SIMPLIFIED[text.charAt(i)];
            if (simplified != 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = simplified;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char[] table(Map<Character, Character> pairs) {
        char[] table = new char[Character.MAX_VALUE + 1];
        pairs.forEach((traditional, simplified) -> table[traditional] = simplified);
        return table;
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> map = new HashMap<>();
        try (InputStream in = Traditional.class.getResourceAsStream("/extract/traditional.txt")) {
            if (in == null) {
                throw new IllegalStateException("extract/traditional.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    map.put(line.charAt(0), line.charAt(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
