package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        assertThat(x.figures()).filteredOn(f -> f.origin().equals("derived"))
                .allSatisfy(f -> assertThat(f.note()).startsWith("sum of parts, lines"));
    }
}
