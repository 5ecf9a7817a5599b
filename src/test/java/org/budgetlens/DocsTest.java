package org.budgetlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.budgetlens.model.Catalog;
import org.junit.jupiter.api.Test;

/** docs/normalized-format.md documents every table, measure and named line the validator accepts. */
class DocsTest {

    @Test
    void theFormatDocumentCoversTheWholeCatalogue() throws IOException {
        String doc = Files.readString(Path.of("docs/normalized-format.md"), StandardCharsets.UTF_8);
        Catalog catalog = Catalog.standard();
        List<String> missing = new ArrayList<>();
        for (String table : catalog.tableIds()) {
            if (!doc.contains("| `" + table + "` |")) {
                missing.add("table " + table);
            }
            for (String measure : catalog.measures(table)) {
                if (!doc.contains("`" + measure + "`")) {
                    missing.add("measure " + table + "." + measure);
                }
            }
            for (String line : catalog.namedLines(table).keySet()) {
                if (!doc.contains("`" + line + "`")) {
                    missing.add("line " + table + "." + line);
                }
            }
        }
        assertThat(missing).as("catalogue entries missing from docs/normalized-format.md").isEmpty();
    }

    @Test
    void theRuleDocumentListsEveryRule() throws IOException {
        String doc = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
        for (org.budgetlens.audit.Rule rule : org.budgetlens.audit.Audit.rules()) {
            assertThat(doc).as(rule.ruleId()).contains("| `" + rule.ruleId() + "` |");
        }
    }

    @Test
    void theReadmeOpensWithTheTwoSetUpCommandsAndCiRunsTheTestCommand() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme.subList(0, 6)).containsExactly("# budgetlens", "", "```bash",
                "./mvnw -B -q package -DskipTests && java -jar target/budgetlens.jar ingest data/ "
                    + "&& java -jar target/budgetlens.jar report", "./mvnw -B verify",
                "```");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("\n./mvnw -B verify\n");
    }
}
