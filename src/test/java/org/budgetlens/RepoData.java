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
