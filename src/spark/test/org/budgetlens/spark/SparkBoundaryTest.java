package org.budgetlens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: the Spark jobs use the main code, nothing in the main code uses Spark or the jobs
 * (the default jar is built without them, and must still compile).
 */
class SparkBoundaryTest {

    @Test
    void nothingInTheMainCodeImportsSparkOrTheJobs() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(100);
        for (Path source : sources) {
            assertThat(Files.readString(source)).as(source.toString())
                    .doesNotContain("org.apache.spark").doesNotContain("org.budgetlens.spark").doesNotContain("scala.");
        }
        try (Stream<Path> walk = Files.walk(Path.of("src/spark/java"))) {
            assertThat(walk.filter(p -> p.toString().endsWith(".java")).count()).isGreaterThan(5);
        }
    }
}
