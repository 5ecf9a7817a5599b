package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetlens.RepoData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing is invented: every extracted value stands on the line it cites (spaces of the conversion aside). */
class ExtractedValuesOnLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"000_67b8e3e9cee5b1e2.txt", "001_cd7f2cff915a66a5.txt", "002_97fb237385449d05.txt",
        "004_5010c9f98508a758.txt"})
    void everyValueIsOnItsSourceLine(String source) throws Exception {
        Registry registry = Registry.read(RepoData.DATA.resolve("agencies.csv"));
        Path path = RepoData.DATA.resolve("sources").resolve(source);
        SourceText doc = SourceText.read(path, "sources/" + source);
        Extraction x = Extractor.extract(doc, registry);
        List<String> offLine = new ArrayList<>();
        for (Figure f : x.figures()) {
            if (f.isTable() || f.origin().equals("derived")) {
                continue;
            }
            String line = Numbers.compact(doc.line(f.sourceLine()));
            String value = f.value().startsWith("-") ? f.value().substring(1) : f.value();
            boolean stated = line.contains(value)
                    || f.stat().equals("change") && value.equals("0") && line.matches(".*(无变化|持平).*");
            if (!stated) {
                offLine.add(f.sourceLine() + ": " + f.value() + " not on \"" + line + "\"");
            }
        }
        assertThat(offLine).isEmpty();
        for (Figure f : x.figures()) {
            if (f.origin().equals("derived")) {
                assertThat(recomputed(f, x.figures(), Numbers.compact(doc.line(f.sourceLine()))))
                        .as(f.toString()).isEqualByComparingTo(new BigDecimal(f.value()));
            }
        }
    }

    /** A derived figure recomputed from what its note says it is derived from. */
    private static BigDecimal recomputed(Figure f, List<Figure> all, String line) {
        if (f.note().startsWith("sum of parts, lines")) {
            return all.stream().filter(p -> p.tableId().equals(f.tableId()) && p.lineCode().equals(f.lineCode())
                    && p.detail().startsWith(f.detail() + "#") && p.measure().equals(f.measure()))
                    .map(p -> new BigDecimal(p.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
        } else if (f.lineCode().equals("budget_units")) {
            Matcher m = Pattern.compile("本级(预算)?及下属(\\d+)家预算单位").matcher(line);
            assertThat(m.find()).as(line).isTrue();
            return new BigDecimal(m.group(2)).add(BigDecimal.ONE);
        } else if (f.lineCode().equals("staff_actual") && f.stat().equals("change")) {
            return all.stream().filter(p -> p.sourceLine() == f.sourceLine() && p.stat().equals("change")
                    && List.of("staff_in_service", "staff_retired", "staff_retired_li").contains(p.lineCode()))
                    .map(p -> new BigDecimal(p.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        throw new AssertionError("a derived figure of no known derivation: " + f);
    }
}
