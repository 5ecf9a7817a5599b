package org.budgetlens.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.budgetlens.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator writes the same bytes for the same options, and a registry of real divisions. */
class GeneratorTest {

    @TempDir
    Path tmp;

    private Cli.Result generate(Path out, String seed, String rate) {
        return Cli.run("generate", "--agencies", "30", "--years", "2", "--seed", seed, "--defect-rate", rate,
                "--out", out.toString());
    }

    @Test
    void theSameSeedWritesByteIdenticalOutputAndAnotherSeedDoesNot() throws IOException {
        assertThat(generate(tmp.resolve("a"), "7", "0.3").exitCode()).isZero();
        assertThat(generate(tmp.resolve("b"), "7", "0.3").exitCode()).isZero();
        assertThat(generate(tmp.resolve("c"), "8", "0.3").exitCode()).isZero();
        List<Path> files = files(tmp.resolve("a"));
        assertThat(files).hasSize(2 + 30 * 2 * 2);
        assertThat(files(tmp.resolve("b"))).isEqualTo(files);
        for (Path f : files) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f.toString())
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
        List<AnswerKey.Entry> key = AnswerKey.read(tmp.resolve("a").resolve(AnswerKey.FILE));
        assertThat(key).isNotEmpty();
        for (AnswerKey.Entry e : key) {
            assertThat(tmp.resolve("a").resolve(e.file())).isRegularFile();
            assertThat(e.file()).endsWith(e.fiscalYear() + "-" + e.kind() + ".csv");
            assertThat(e.disclosureId()).isEqualTo(e.agencyId() + "/" + e.fiscalYear() + "/" + e.kind());
        }
        Path someFinal = files.stream().filter(f -> f.toString().endsWith("-final.csv")).findFirst().orElseThrow();
        assertThat(Files.readAllBytes(tmp.resolve("c").resolve(someFinal)))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(someFinal)));
    }

    @Test
    void theRegistryUsesRealDivisionCodesAndNames() throws IOException {
        assertThat(generate(tmp.resolve("r"), "1", "0").exitCode()).isZero();
        List<String> registry = Files.readAllLines(tmp.resolve("r/agencies.csv"), StandardCharsets.UTF_8);
        assertThat(registry).hasSize(31);
        assertThat(registry).anyMatch(l -> l.contains(",630102,青海省,西宁市,城东区,") && l.endsWith(",county,本级,行政,,"));
        assertThat(registry).anyMatch(l -> l.contains(",630100,青海省,西宁市,,") && l.contains(",city,"));
        assertThat(registry).anyMatch(l -> l.contains(",630000,青海省,,,") && l.contains(",province,"));
        assertThat(registry).anyMatch(l -> l.contains(",630121,青海省,西宁市,大通回族土族自治县,"));
        assertThat(registry).anyMatch(l -> l.contains(",630202,青海省,海东市,乐都区,"));
        assertThat(registry).anyMatch(l -> l.contains(",632221,青海省,海北藏族自治州,门源回族自治县,"));
        assertThat(Files.isDirectory(tmp.resolve("r/qinghai/xining/630102-" + registry.get(3).split("-")[1]
                .split(",")[0]))).isTrue();
    }

    @Test
    void theProvinceHasItsEightPrefecturesAnd44CountiesWithDistinctCodes() {
        List<Government> govs = Qinghai.governments();
        assertThat(govs.stream().filter(Government::isCounty)).hasSize(44);
        assertThat(govs.stream().filter(g -> "city".equals(g.level()))).hasSize(8);
        assertThat(govs.stream().map(Government::code).distinct()).hasSize(53);
        for (Government g : govs) {
            assertThat(g.code()).matches("63\\d{4}");
            if (g.isCounty()) {
                Government city = govs.stream().filter(c -> c.city().equals(g.city()) && "city".equals(c.level()))
                        .findFirst().orElseThrow();
                assertThat(g.code()).startsWith(city.code().substring(0, 4));
            }
        }
    }

    @Test
    void everyAgencyOfTheFullRegistryHasItsOwnValidId() {
        List<Agency> all = Registry.first(Registry.capacity());
        assertThat(Registry.capacity()).isGreaterThanOrEqualTo(10_000);
        Set<String> ids = new HashSet<>();
        for (Agency a : all) {
            assertThat(a.id()).matches("[a-z0-9][a-z0-9-]{2,63}");
            assertThat(ids.add(a.id())).as(a.id()).isTrue();
            assertThat(a.name()).doesNotContain(",");
        }
    }

    @Test
    void everyKindOfAgencyKeepsBasicSpendingEqualToItsEconomicBreakdown() {
        Set<String> kinds = new HashSet<>();
        for (Agency a : Registry.first(Registry.capacity())) {
            String kind = a.sector().name() + "/" + (a.unit() == null ? "" : a.unit().name()) + "/" + a.gov().level();
            if (!kinds.add(kind)) {
                continue;
            }
            Economy economy = new Economy(a, 3);
            for (int year = 2020; year < 2023; year++) {
                Economy.Year y = economy.next(year);
                for (Ledger l : List.of(y.budget(), y.fin())) {
                    assertThat(l.sum(Ledger.GPB, false)).as(a.id() + " " + year)
                            .isEqualTo(l.econClass("301", "302", "303", "310"));
                    assertThat(l.econClass("302", "310")).as(a.id()).isGreaterThanOrEqualTo(l.threePublic());
                }
            }
        }
        assertThat(kinds).hasSizeGreaterThan(60);
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        assertThat(Cli.run("generate", "--agencies", "0", "--years", "2", "--out", tmp.resolve("x").toString())
                .exitCode()).isEqualTo(2);
        assertThat(Cli.run("generate", "--agencies", "3", "--years", "2", "--defect-rate", "1.5", "--out",
                tmp.resolve("x").toString()).exitCode()).isEqualTo(2);
        Files.writeString(tmp.resolve("full.txt"), "x");
        assertThat(Cli.run("generate", "--agencies", "3", "--years", "2", "--out", tmp.toString()).exitCode())
                .isEqualTo(2);
        assertThat(Cli.run("generate", "--help").out()).contains("--defect-rate", "answer-key.csv");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
