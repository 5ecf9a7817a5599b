package org.budgetlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.budgetlens.benchmark.IngestBenchmark;
import org.budgetlens.ingest.IngestRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchmark}: measures ingest against DuckDB's own read_csv on the same generated files. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {
            "Measures ingest speed and memory: builds a corpus of COPIES copies of every disclosure under --data "
                + "(each copy its own agency), then times, in this one process: DuckDB's own read_csv of the same "
                + "files (the reference), the ingest job, and a second ingest of the unchanged files.",
            "Prints a Markdown table with the machine description; docs/benchmarks.md keeps the figures.",
            "Run it as: java -Xmx1g -jar target/budgetlens.jar benchmark --copies 1000"})
public class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "500",
            description = "copies of every disclosure (default: ${DEFAULT-VALUE})")
    int copies;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "folder with agencies.csv and the disclosures to copy (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "warehouse/benchmark",
            description = "scratch folder for the corpus and the two DuckDB files (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--keep-corpus",
            description = "reuse the corpus an earlier run with the same --copies left in --work (building a large one "
                    + "takes minutes)")
    boolean keepCorpus;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "200",
            description = "disclosure files per DuckDB transaction (default: ${DEFAULT-VALUE})")
    int chunkSize;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (copies < 1 || !Files.isRegularFile(data.resolve("agencies.csv"))) {
            err.println("error: --copies must be at least 1 and --data must hold agencies.csv (got " + data + ")");
            return ExitCode.USAGE;
        }
        Files.createDirectories(work);
        IngestBenchmark.Result r = IngestBenchmark.run(data, work, copies, chunkSize, keepCorpus, err);
        out.println(markdown(r));
        out.flush();
        return ExitCode.OK;
    }

    String markdown(IngestBenchmark.Result r) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Corpus: %,d disclosure files (%d copies of data/), %,d records, %.1f MB%n%n",
                r.files(), copies, r.records(), r.corpusBytes() / 1e6));
        b.append("| measured | time | rate |\n|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| DuckDB read_csv of the files (reference) | %.2f s | %,.0f rows/s |%n",
                r.referenceSeconds(), r.referenceRows() / r.referenceSeconds()));
        IngestRunner.Phases p = r.phases();
        b.append(String.format(Locale.ROOT, "| ingest: load (read, validate, load, all counted) | %.2f s | %,.0f "
                + "records/s |%n", p.loadMillis() / 1000.0, r.records() / (p.loadMillis() / 1000.0)));
        b.append(String.format(Locale.ROOT, "| ingest: metrics rebuilt | %.2f s | |%n", p.metricsMillis() / 1000.0));
        b.append(String.format(Locale.ROOT, "| ingest: audit (every rule, every disclosure) | %.2f s | |%n",
                p.auditMillis() / 1000.0));
        b.append(String.format(Locale.ROOT, "| ingest: checkpoint | %.2f s | |%n", p.checkpointMillis() / 1000.0));
        b.append(String.format(Locale.ROOT, "| ingest job, whole (with Spring start-up) | %.2f s | %,.0f records/s |%n",
                r.ingestSeconds(), r.records() / r.ingestSeconds()));
        b.append(String.format(Locale.ROOT, "| ingest again, every file unchanged | %.2f s | |%n", r.rerunSeconds()));
        b.append(String.format(Locale.ROOT, "| report (%d charts, PNG + SVG, CSV, XLSX, HTML) | %.2f s | |%n",
                r.reportCharts(), r.reportSeconds()));
        b.append(String.format(Locale.ROOT, "| extraction of published text (%d documents) | %.2f s | %,.0f "
                + "documents/s |%n", r.extraction().documents(), r.extraction().seconds(),
                r.extraction().perSecond()));
        b.append(String.format(Locale.ROOT, "%nIngest load / read_csv throughput: **%.0f%%** (target ≥ 50%%); the whole "
                + "job, metrics and audit included: %.0f%%. ", 100 * r.loadRatio(), 100 * r.ratio()));
        b.append(String.format(Locale.ROOT, "Peak RSS of the process: %s.%n%n",
                r.peakRssKb() < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", r.peakRssKb() / 1024)));
        b.append(String.format(Locale.ROOT, "Named queries on %,d line items (%,d disclosures), each reading every "
                + "row it returns:%n%n", r.lineItems(), r.files()));
        b.append("| query | rows | cold | warm (best of 3) | one agency: rows | warm |\n|---|---|---|---|---|---|\n");
        for (IngestBenchmark.QueryTiming q : r.queries()) {
            b.append(String.format(Locale.ROOT, "| %s | %,d | %.0f ms | %.0f ms | %,d | %.0f ms |%n", q.name(),
                    q.rows(), q.coldSeconds() * 1000, q.warmSeconds() * 1000, q.agencyRows(),
                    q.agencyWarmSeconds() * 1000));
        }
        b.append('\n');
        b.append("Machine: ").append(machine()).append('\n');
        return b.toString();
    }

    private static String machine() throws IOException {
        long memKb = -1;
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            memKb = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1);
        }
        return String.format(Locale.ROOT, "%d cores, %s RAM, %s %s, Java %s, max heap %,d MB",
                Runtime.getRuntime().availableProcessors(),
                memKb < 0 ? "?" : String.format(Locale.ROOT, "%.0f GiB", memKb / 1024.0 / 1024.0),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }
}
