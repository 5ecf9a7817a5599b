package org.budgetlens.extract;

import java.nio.file.Path;
import java.util.List;

/** The narrative figures a text gives, each as "table.line.measure[:stat]=value unit", for tests of the reader. */
final class NarrativeFigures {

    private NarrativeFigures() {
    }

    static List<String> of(String... lines) {
        Extraction x = Extractor.extract(SourceText.of(Path.of("narrative.txt"), "narrative.txt",
                String.join("\n", lines), "UTF-8"), Registry.empty());
        return x.figures().stream().filter(f -> f.origin().equals("narrative"))
                .map(f -> f.tableId() + "." + f.lineCode() + "." + f.measure() + (f.stat().isEmpty() ? "" : ":"
                        + f.stat()) + "=" + f.value() + " " + f.unit())
                .toList();
    }
}
