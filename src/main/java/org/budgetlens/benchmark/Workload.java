package org.budgetlens.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.budgetlens.files.Folders;
import org.budgetlens.generate.AnswerKey;
import org.budgetlens.generate.Generator;

/**
 * The files a benchmark runs on: what ingest is given, the glob DuckDB's read_csv reads for the reference, the
 * answer key of planted defects (generated files only), and one agency for the single-agency queries.
 */
public record Workload(String description, Path corpus, List<Path> ingestInputs, String referenceGlob,
                       Path answerKey, String sampleAgency, int files, long bytes) {

    /** A synthetic province (the generate command): agencies × years × 预算 and 决算, defects planted at a rate. */
    public static Workload generated(Path work, int agencies, int years, long seed, double defectRate,
                                     boolean keep, PrintWriter log) throws IOException {
        Path corpus = work.resolve("generated");
        Path marker = corpus.resolve(".options");
        String options = String.format(Locale.ROOT, "%d %d %d %s", agencies, years, seed, defectRate);
        if (keep && Files.isRegularFile(marker) && Files.readString(marker).equals(options)) {
            log.printf(Locale.ROOT, "reusing the generated files in %s%n", corpus);
        } else {
            log.printf(Locale.ROOT, "generating %,d agencies × %d years (seed %d, defect rate %s) ...%n", agencies,
                    years, seed, defectRate);
            log.flush();
            Folders.deleteTree(corpus);
            new Generator(new Generator.Options(agencies, years, 2025 - years, seed, defectRate, corpus)).run(null);
            Files.writeString(marker, options);
        }
        Path province = corpus.resolve("qinghai");
        return new Workload(String.format(Locale.ROOT, "generated 青海省: %,d agencies × %d years, 预算 and 决算, "
                + "seed %d, defect rate %s", agencies, years, seed, defectRate), corpus,
                List.of(corpus.resolve("agencies.csv"), province), province + "/*/*/*.csv",
                corpus.resolve(AnswerKey.FILE), firstAgency(corpus.resolve("agencies.csv")), count(province),
                size(corpus));
    }

    /** Copies of the bundled disclosures, each copy its own agency. */
    public static Workload copies(Path data, Path work, int copies, boolean keep, PrintWriter log) throws IOException {
        Path corpus = work.resolve("corpus");
        if (keep && Corpus.copiesIn(corpus) == copies) {
            log.printf(Locale.ROOT, "reusing the corpus in %s%n", corpus);
        } else {
            log.printf(Locale.ROOT, "building the corpus: %d copies of every disclosure in %s ...%n", copies, data);
            log.flush();
            Corpus.build(data, corpus, copies);
        }
        return new Workload(String.format(Locale.ROOT, "%d copies of data/", copies), corpus, List.of(corpus),
                corpus.resolve(Corpus.DISCLOSURES) + "/*/*.csv", null, Corpus.copyId("630103-ylbzj", copies / 2 + 1),
                Corpus.files(corpus), size(corpus));
    }

    private static String firstAgency(Path registry) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(registry, StandardCharsets.UTF_8)) {
            r.readLine();
            String first = r.readLine();
            return first == null ? null : first.substring(0, first.indexOf(','));
        }
    }

    private static int count(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return (int) walk.filter(p -> p.toString().endsWith(".csv")).count();
        }
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

}
