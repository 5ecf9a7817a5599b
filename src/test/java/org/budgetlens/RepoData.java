package org.budgetlens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The repository's bundled data/ folder, and copies of it for tests that change files. */
public final class RepoData {

    public static final Path DATA = Path.of("data");
    public static final Path SEED_004 = DATA.resolve("qinghai/xining/630103-ylbzj/2024-final.csv");
    public static final Path SEED_002 = DATA.resolve("xinjiang/urumqi/650100-ylbzj-hz/2022-budget.csv");
    public static final Path SEED_000 = DATA.resolve("xinjiang/urumqi/650104-ylbzj/2024-final.csv");
    public static final Path SEED_001 = DATA.resolve("xinjiang/urumqi/650104-ylbzj/2023-performance.csv");

    private RepoData() {
    }

    /**
     * The number of records (data rows after the header) in the CSV files under {@code dir}, counted from the files
     * themselves: an independent count for read = loaded + rejected. (No quoted field of data/ spans lines.)
     */
    public static long recordCount(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            long total = 0;
            for (Path p : walk.filter(f -> f.toString().endsWith(".csv")).toList()) {
                long rows = Files.readAllLines(p, java.nio.charset.StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
                total += rows - 1;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@code seed} (a file of data/) is in a copy of data/ made by {@link #copyTo}. */
    public static Path seedIn(Path copy, Path seed) {
        return copy.resolve(DATA.relativize(seed).toString());
    }

    /** Rewrites a UTF-8 file through {@code edit}; returns the text it had before. */
    public static String rewrite(Path file, java.util.function.UnaryOperator<String> edit) {
        try {
            String before = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(file, edit.apply(before), java.nio.charset.StandardCharsets.UTF_8);
            return before;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies data/ (without the original documents) into {@code target}. */
    public static Path copyTo(Path target) {
        try (Stream<Path> walk = Files.walk(DATA)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv")).toList()) {
                Path to = target.resolve(DATA.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
