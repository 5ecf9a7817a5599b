package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Empty, binary, truncated and garbled documents: a report, never a crash, never a figure from nowhere. */
class HostileInputTest {

    @TempDir
    Path tmp;

    private Path write(String name, byte[] bytes) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Path p = in.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void hostileFilesGetReportsNotCrashes() throws Exception {
        byte[] seed = Files.readAllBytes(RepoData.DATA.resolve("sources/004_5010c9f98508a758.txt"));
        write("empty.txt", new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        write("binary.txt", binary);
        write("truncated.txt", java.util.Arrays.copyOf(seed, seed.length / 3 + 1));
        String text = new String(seed, StandardCharsets.UTF_8);
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        java.util.Collections.shuffle(lines, new Random(11));
        write("shuffled.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        write("tabs.txt", "收入支出决算总表\n\t\t\t\n合计\t-\t1e9\t(12.50)\t\n\t\t\n".getBytes(StandardCharsets.UTF_8));
        write("gbk.txt", "西宁市城中区医疗保障局\n2024年度部门决算\n本年收入合计665.38万元。\n".getBytes("GB18030"));
        Path out = tmp.resolve("out");

        Cli.Result r = Cli.run("extract", tmp.resolve("in").toString(), "--out", out.toString(), "--registry",
                RepoData.DATA.resolve("agencies.csv").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        // gbk.txt (narrative, no table) and truncated.txt (the same agency, year and kind, with tables) are read as
        // the two files of one disclosure
        assertThat(r.out()).contains("extract: 6 documents in 5 disclosures");
        try (var walk = Files.walk(out)) {
            assertThat(walk.filter(p -> p.toString().endsWith(".extraction.md")).count()).isEqualTo(5);
        }
        String empty = Files.readString(out.resolve("_undecided/unknown-year-unknown-kind-empty.extraction.md"));
        assertThat(empty).contains("could not be read as text").contains("(not decided)");
        String binaryReport = Files.readString(out.resolve(
                "_undecided/unknown-year-unknown-kind-binary.extraction.md"));
        assertThat(binaryReport).contains("could not be read as text");
        assertThat(Files.readString(out.resolve("630103-ylbzj/2024-final.extraction.md"), StandardCharsets.UTF_8))
                .contains("| agency | 630103-ylbzj |").contains("| kind | final |");
    }

    @Test
    void everyValueOfAGarbledDocumentIsStillOnItsLine() throws Exception {
        byte[] seed = Files.readAllBytes(RepoData.DATA.resolve("sources/002_97fb237385449d05.txt"));
        List<String> lines = new java.util.ArrayList<>(new String(seed, StandardCharsets.UTF_8).lines().toList());
        Random random = new Random(3);
        for (int i = 0; i < lines.size(); i++) {
            if (random.nextInt(4) == 0) {
                StringBuilder b = new StringBuilder(lines.get(i));
                if (b.length() > 2) {
                    b.deleteCharAt(random.nextInt(b.length()));
                    b.insert(random.nextInt(b.length()), '\t');
                }
                lines.set(i, b.toString());
            }
        }
        SourceText doc = SourceText.of(Path.of("garbled.txt"), "garbled.txt", String.join("\n", lines), "UTF-8");
        Extraction x = Extractor.extract(doc, Registry.read(RepoData.DATA.resolve("agencies.csv")));
        assertThat(x.figures()).filteredOn(f -> !f.isTable() && !f.origin().equals("derived"))
                .allSatisfy(f -> assertThat(Numbers.compact(doc.line(f.sourceLine())))
                        .contains(f.value().replace("-", "").equals("0") ? "" : f.value().replace("-", "")));
    }

    @Test
    void usageErrors() {
        assertThat(Cli.run("extract", "--help").out()).contains("Usage: budgetlens extract")
                .contains("Exit codes:");
        assertThat(Cli.run("extract", "data/sources").exitCode()).isEqualTo(2);
        assertThat(Cli.run("extract", tmp.resolve("nope").toString(), "--out", tmp.toString()).exitCode())
                .isEqualTo(2);
    }
}
