package org.budgetlens.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SQL kept in {@code src/main/resources/sql/…}, one purpose per file; a file may hold several statements. */
public final class SqlResource {

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private SqlResource() {
    }

    /** The statements of {@code sql/<name>}, comments kept, split at semicolons that end a line. */
    public static List<String> statements(String name) {
        return CACHE.computeIfAbsent(name, SqlResource::load);
    }

    /** The single statement of {@code sql/<name>}. */
    public static String statement(String name) {
        List<String> statements = statements(name);
        if (statements.size() != 1) {
            throw new IllegalStateException("sql/" + name + " holds " + statements.size() + " statements, expected 1");
        }
        return statements.get(0);
    }

    private static List<String> load(String name) {
        String path = "sql/" + name;
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split(";\\s*(\\n|$)"))
                    .filter(s -> s.lines().anyMatch(l -> !l.isBlank() && !l.strip().startsWith("--")))
                    .map(String::strip)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
