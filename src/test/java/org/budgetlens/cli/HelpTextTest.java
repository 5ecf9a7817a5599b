package org.budgetlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.budgetlens.Cli;
import org.junit.jupiter.api.Test;

/** Every command's --help prints its usage and nothing else: no picocli warning about its text. */
class HelpTextTest {

    @Test
    void everyCommandsHelpIsCleanOfWarnings() {
        // picocli writes its warnings to the process's standard error, not to the command's writer
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            helpOfEveryCommand();
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Cli.run("query", "--help").out()).contains("an agency name with quotes or % is just a name.");
    }

    private static void helpOfEveryCommand() {
        for (String command : List.of("ingest", "sql", "query", "audit", "extract", "report", "export", "benchmark",
                "generate", "score")) {
            Cli.Result r = Cli.run(command, "--help");

            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.err()).as(command).isEmpty();
            assertThat(r.out()).as(command).startsWith("Usage: budgetlens " + command).doesNotContain("WARN");
        }
    }
}
