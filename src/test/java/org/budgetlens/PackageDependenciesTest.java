package org.budgetlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Packages by feature, dependencies pointing one way: no package reaches itself through its imports. */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/budgetlens");
    private static final Pattern IMPORT = Pattern.compile("^import org\\.budgetlens\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void theFeaturePackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertThat(uses).containsKeys("model", "ingest", "extract", "audit", "report", "warehouse");
        assertThat(uses.get("model")).as("model depends on nothing").isEmpty();
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            if (reaches(uses, start, start, new TreeSet<>())) {
                cycles.add(start);
            }
        }
        assertThat(cycles).as("packages that reach themselves: " + uses).isEmpty();
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
        for (String next : uses.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(uses, next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> packages = Files.list(SOURCES)) {
            for (Path dir : packages.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                Set<String> used = new TreeSet<>();
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                        Matcher m = IMPORT.matcher(read(p));
                        while (m.find()) {
                            if (!m.group(1).equals(name)) {
                                used.add(m.group(1));
                            }
                        }
                    });
                }
                uses.put(name, used);
            }
        }
        return uses;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
