package org.budgetlens.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Names of the function (支出功能分类) and economic (支出经济分类) codes the generator uses. */
final class CodeNames {

    private static final Map<String, String> FUNCTION = load("generate/function-codes.csv");
    private static final Map<String, String> ECONOMIC = load("generate/economic-codes.csv");

    private CodeNames() {
    }

    static String function(String code) {
        return name(FUNCTION, code);
    }

    static String economic(String code) {
        return name(ECONOMIC, code);
    }

    private static String name(Map<String, String> names, String code) {
        String name = names.get(code);
        if (name == null) {
            throw new IllegalStateException("no name for code " + code);
        }
        return name;
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = CodeNames.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comma = line.indexOf(',');
                names.put(line.substring(0, comma), line.substring(comma + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
