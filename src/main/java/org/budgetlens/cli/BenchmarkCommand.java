package org.budgetlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.budgetlens.benchmark.BenchmarkRecord;
import org.budgetlens.benchmark.IngestBenchmark;
import org.budgetlens.benchmark.Workload;
import org.budgetlens.ingest.IngestRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchmark}: measures ingest against DuckDB's own read_csv on the same generated files. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {
            "Measures, in this one process and on the same files: DuckDB's own read_csv of the disclosure files (the "
                + "reference), the ingest job (load, metrics, audit, checkpoint), a second ingest of the unchanged "
                + "files, every named query cold and warm, the report, extraction of published-text documents and of PDFs (generated disclosures rendered as PDFs, or --pdfs DIR), the "
                + "audit's recall and false alarms against the answer key of planted defects, and peak memory.",
            "The files: a generated province (--agencies, --years, --seed, --defect-rate; the generate command), "
                + "or --copies N copies of the disclosures under --data.",
            "Prints a Markdown summary; --record FILE also writes it, with the command and the machine, into FILE "
                + "(docs/benchmarks.md) between the markers <!-- benchmark:begin --> and <!-- benchmark:end -->.",
            "--mutation measures instead what the audit misses: every figure of clean generated 预算 and 决算 (of "
                + "--agencies agencies, default 2) perturbed one at a time (--perturbations), each perturbation in a "
                + "copy of its own, all ingested and audited; prints the share found per perturbation, table and "
                + "measure and the figures no rule reads (--record: between <!-- mutation:begin --> and "
                + "<!-- mutation:end -->).",
            "Run it as: java -Xmx1g -jar target/budgetlens.jar benchmark --agencies 1000 --years 10"})
public class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agencies", paramLabel = "N", defaultValue = "1000",
            description = "generated agencies (default: ${DEFAULT-VALUE})")
    int agencies;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "10",
            description = "generated fiscal years, each with a 预算 and a 决算 (default: ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "generator seed (default: 1)")
    long seed;

    @Option(names = "--defect-rate", paramLabel = "R", defaultValue = "0.05",
            description = "share of generated disclosures given a planted defect (default: ${DEFAULT-VALUE})")
    double defectRate;

    @Option(names = "--copies", paramLabel = "N",
            description = "instead of generating: N copies of every disclosure under --data, each its own agency")
    Integer copies;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "folder with agencies.csv and sources/ (copies and extraction; default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--pdfs", paramLabel = "DIR",
            description = "time the PDF extraction on the PDFs under DIR (real disclosures) instead of generated ones")
    Path pdfs;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "warehouse/benchmark",
            description = "scratch folder for the files, the two DuckDB files and the report (default: "
                + "${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--keep-corpus",
            description = "reuse the files an earlier run with the same options left in --work")
    boolean keepCorpus;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "200",
            description = "disclosure files per DuckDB transaction (default: ${DEFAULT-VALUE})")
    int chunkSize;

    @Option(names = "--mutation",
            description = "measure the audit's coverage by mutation instead of speed (docs/benchmarks.md)")
    boolean mutation;

    @Option(names = "--perturbations", paramLabel = "LIST", defaultValue = "cent,digit,times-ten,sign,swap",
            description = "with --mutation: the perturbations, comma-separated (default: ${DEFAULT-VALUE})")
    String perturbations;

    @Option(names = "--record", paramLabel = "FILE",
            description = "also write the summary into FILE between the benchmark markers (e.g. docs/benchmarks.md)")
    Path record;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (mutation) {
            if (agencies < 1) {
                err.println("error: --agencies must be at least 1");
                return ExitCode.USAGE;
            }
            Files.createDirectories(work);
            return mutation(out, err);
        }
        if (!Files.isRegularFile(data.resolve("agencies.csv")) || !Files.isDirectory(data.resolve("sources"))) {
            err.println("error: --data must hold agencies.csv and sources/ (got " + data + ")");
            return ExitCode.USAGE;
        }
        if ((copies != null && copies < 1) || agencies < 1 || years < 1 || defectRate < 0 || defectRate > 1) {
            err.println("error: --copies, --agencies and --years must be at least 1, --defect-rate within 0..1");
            return ExitCode.USAGE;
        }
        Files.createDirectories(work);
        Workload workload = copies != null ? Workload.copies(data, work, copies, keepCorpus, err)
                : Workload.generated(work, agencies, years, seed, defectRate, keepCorpus, err);
        IngestBenchmark.Result r = IngestBenchmark.run(workload, data, work, chunkSize, err, pdfs);
        String summary = markdown(r);
        out.println(summary);
        out.flush();
        if (record != null) {
            BenchmarkRecord.write(record, command(), summary);
            err.println("recorded in " + record);
        }
        return ExitCode.OK;
    }

    private int mutation(PrintWriter out, PrintWriter err) throws Exception {
        java.util.List<org.budgetlens.benchmark.MutationCoverage.Perturbation> kinds;
        try {
            kinds = org.budgetlens.benchmark.MutationCoverage.perturbations(perturbations);
        } catch (IllegalArgumentException e) {
            err.println("error: --perturbations: " + e.getMessage());
            return ExitCode.USAGE;
        }
        int n = spec.commandLine().getParseResult().hasMatchedOption("--agencies") ? agencies : 2;
        var r = org.budgetlens.benchmark.MutationCoverage.run(work, n, seed, kinds, err);
        String summary = org.budgetlens.benchmark.MutationCoverage.markdown(r);
        out.println(summary);
        out.flush();
        if (record != null) {
            BenchmarkRecord.write(record, "mutation", "Latest recorded mutation run", command(), summary);
            err.println("recorded in " + record);
        }
        return ExitCode.OK;
    }

    private String command() {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        return "java " + maxHeap() + "-jar target/budgetlens.jar " + String.join(" ", args);
    }

    private static String maxHeap() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx")).findFirst().map(a -> a + " ").orElse("");
    }

    String markdown(IngestBenchmark.Result r) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Files: %s; %,d disclosure files, %,d records, %.1f MB%n%n",
                r.workload(), r.files(), r.records(), r.corpusBytes() / 1e6));
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
        if (r.pdf() != null) {
            var pdf = r.pdf();
            b.append(String.format(Locale.ROOT, "| extraction of PDFs, PDF to normalized figures (%d documents, %,d "
                    + "pages; %s) | %.2f s | %.1f documents/s, %,.0f pages/s = %.1f 25-page documents/s "
                    + "(heap at most %,d MB) |%n", pdf.documents(), pdf.pages(), pdf.source(), pdf.seconds(),
                    pdf.documentsPerSecond(), pdf.pagesPerSecond(), pdf.pagesPerSecond() / 25, pdf.peakHeapMb()));
            if (pdf.longDocument() != null) {
                var l = pdf.longDocument();
                b.append(String.format(Locale.ROOT, "| one %d-page PDF (the real PDFs' pages, repeated), on its own | "
                        + "%.2f s | heap at most %,d MB; retained after a round of every PDF: %,d MB after the first, "
                        + "%,d MB after the third |%n", l.pages(), l.seconds(), l.peakHeapMb(), l.retainedFirstMb(),
                        l.retainedLastMb()));
            }
        }
        b.append(String.format(Locale.ROOT, "%nIngest load / read_csv throughput: **%.0f%%** (target ≥ 50%%); the whole "
                + "job, metrics and audit included: %.0f%%. ", 100 * r.loadRatio(), 100 * r.ratio()));
        b.append(String.format(Locale.ROOT, "Peak RSS of the process: %s. Files to ingested, audited, metrics and "
                + "report: %.1f s (target ≤ 180 s at the province-decade size).%n%n",
                r.peakRssKb() < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", r.peakRssKb() / 1024),
                r.ingestSeconds() + r.reportSeconds()));
        if (r.score() != null) {
            var sc = r.score();
            b.append(String.format(Locale.ROOT, "Audit against the answer key: %,d planted defects, %,d found "
                    + "(recall **%.1f%%**); false alarms: **%,d** (rule and disclosure pairs with a finding where "
                    + "nothing was planted), %,d findings on clean disclosures; %,d checks run.%n%n",
                    sc.planted(), sc.found(), 100 * sc.recall(), sc.falseAlarms().size(), sc.onCleanDisclosures(),
                    sc.auditChecks()));
        }
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
