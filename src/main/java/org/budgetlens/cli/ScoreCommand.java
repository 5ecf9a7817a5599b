package org.budgetlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.budgetlens.benchmark.AnswerKeyScore;
import org.budgetlens.generate.AnswerKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code score}: the audit in the warehouse against the answer key of a generated province. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {
            "Scores the last audit of the warehouse (--db) against the answer key written by 'generate': recall = "
                + "planted defects whose rule fired on their disclosure ÷ planted; a false alarm is a disclosure and "
                + "rule with findings the key does not expect (any finding on a clean disclosure, or a rule the "
                + "defect does not trip). Lists every miss and false alarm.",
            "Typical use: budgetlens generate --agencies 300 --years 3 --out OUT; "
                + "budgetlens ingest OUT/agencies.csv OUT/qinghai; budgetlens audit; "
                + "budgetlens score --answer-key OUT/answer-key.csv"},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every planted defect found, no false alarm", "  1  failure", "  2  usage error",
            "  4  misses or false alarms (listed)"})
public class ScoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--answer-key", paramLabel = "FILE", required = true,
            description = "the answer-key.csv that 'generate' wrote")
    Path answerKey;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(answerKey)) {
            err.println("error: no answer key at " + answerKey);
            return ExitCode.USAGE;
        }
        List<AnswerKey.Entry> key;
        try {
            key = AnswerKey.read(answerKey);
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read the answer key " + answerKey + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        return ReadOnlyWarehouse.run(root.db(), err, warehouse -> {
            java.util.Set<String> loaded = new java.util.HashSet<>(
                    warehouse.query("score/loaded_disclosure_ids.sql", r -> r.getString(1)));
            java.util.Set<String> keyed = new java.util.TreeSet<>();
            key.forEach(e -> keyed.add(e.disclosureId()));
            long held = keyed.stream().filter(loaded::contains).count();
            if (!keyed.isEmpty() && held == 0) {
                err.println("error: the warehouse " + root.db() + " holds none of the answer key's " + keyed.size()
                        + " disclosures: ingest the generated folder into it first (budgetlens --db "
                        + root.db() + " ingest OUT)");
                return ExitCode.USAGE;
            }
            if (held < keyed.size()) {
                err.printf(Locale.ROOT, "warning: the warehouse holds %d of the answer key's %d disclosures: the "
                        + "others count as missed%n", held, keyed.size());
            }
            AnswerKeyScore.Score s = AnswerKeyScore.score(warehouse, key);
            if (s.auditChecks() == 0) {
                err.println("warning: the warehouse has no audit result: run 'budgetlens audit' first");
            }
            for (AnswerKey.Entry e : s.missed()) {
                out.println("missed: " + e.disclosureId() + " " + e.ruleId() + " (" + e.family() + ")");
            }
            for (AnswerKeyScore.Finding f : s.falseAlarms()) {
                out.println("false alarm: " + f.disclosureId() + " " + f.ruleId() + " (" + f.checks() + " checks)");
            }
            out.printf(Locale.ROOT, "planted: %d, found: %d, recall: %.2f%%, false alarms: %d (%d on clean "
                    + "disclosures)%n", s.planted(), s.found(), 100 * s.recall(), s.falseAlarms().size(),
                    s.onCleanDisclosures());
            out.flush();
            return s.perfect() ? ExitCode.OK : AuditCommand.FINDINGS;
        });
    }
}
