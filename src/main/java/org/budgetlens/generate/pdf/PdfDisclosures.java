package org.budgetlens.generate.pdf;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.budgetlens.generate.Futures;

/**
 * {@code generate --format pdf}: renders every generated disclosure {@code <year>-<kind>.csv} of an output folder as
 * the PDF a department would publish, {@code <year>-<kind>.pdf} next to it. The CSV stays: it is the PDF's answer
 * key, so the PDF extraction can be checked figure for figure. Layout variants (元 or 万元, the basic-expenditure
 * table side by side, long tables over two pages, page numbers, rulings stroked or filled, …) are drawn from the
 * seed and the disclosure: the same options give the same files.
 */
public final class PdfDisclosures {

    /** What was rendered. */
    public record Result(int documents, long pages, double seconds) {
    }

    private static final Pattern DISCLOSURE = Pattern.compile("\\d{4}-(budget|final)\\.csv");
    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    private PdfDisclosures() {
    }

    /**
     * Renders the disclosures under {@code out} (as written by the generator: {@code out/agencies.csv} names the
     * agencies); progress lines for long runs go to {@code progress}, null for none.
     */
    public static Result renderAll(Path out, long seed, PrintWriter progress) throws IOException {
        long start = System.nanoTime();
        Map<String, String> names = agencyNames(out.resolve("agencies.csv"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(p -> DISCLOSURE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Futures.daemonPool("generate-pdf");
        long pages = 0;
        long lastReport = start;
        try {
            List<Future<Integer>> inFlight = new ArrayList<>();
            int next = 0;
            for (int done = 0; done < files.size(); done++) {
                while (next < files.size() && inFlight.size() - done < threads * 4) {
                    Path f = files.get(next++);
                    inFlight.add(pool.submit(() -> render(f, seed, names)));
                }
                pages += Futures.take(inFlight.get(done));
                inFlight.set(done, null);
                long now = System.nanoTime();
                if (progress != null && now - lastReport > REPORT_EVERY_NANOS) {
                    lastReport = now;
                    progress.printf(Locale.ROOT, "generate: %,d of %,d PDFs, %.1f s%n", done + 1, files.size(),
                            (now - start) / 1e9);
                    progress.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(files.size(), pages, (System.nanoTime() - start) / 1e9);
    }

    /** Renders one disclosure CSV to the PDF beside it; returns its pages. */
    public static int render(Path csvFile, long seed, Map<String, String> agencyNames) {
        try {
            SourceCsv csv = SourceCsv.read(csvFile);
            String name = agencyNames.get(csv.agencyId());
            if (name == null) {
                throw new IOException(csvFile + ": agency " + csv.agencyId() + " is not in agencies.csv");
            }
            String file = csvFile.getFileName().toString();
            Path pdf = csvFile.resolveSibling(file.substring(0, file.length() - ".csv".length()) + ".pdf");
            int pages = new DisclosurePdf(csv, name, Variant.of(seed, csv.agencyId(), csv.year(), csv.kind())).write(pdf);
            citePdf(csvFile, pdf);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CSV cites its PDF as its {@code source_doc} (path from OUT: {@code qinghai/<city>/<agency>/<file>.pdf}), so
     * that {@code ingest OUT} loads the CSV and does not extract the PDF it was rendered from a second time.
     */
    private static void citePdf(Path csvFile, Path pdf) throws IOException {
        Path out = csvFile.toAbsolutePath().getParent().getParent().getParent().getParent();
        String cited = out.relativize(pdf.toAbsolutePath()).toString().replace('\\', '/');
        String text = Files.readString(csvFile, StandardCharsets.UTF_8);
        String rewritten = text.replaceFirst("(?m)^# source_doc: .*$",
                java.util.regex.Matcher.quoteReplacement("# source_doc: " + cited));
        Files.writeString(csvFile, rewritten, StandardCharsets.UTF_8);
    }

    /** agency_id to agency_name, from a registry file. */
    public static Map<String, String> agencyNames(Path registry) throws IOException {
        Map<String, String> names = new HashMap<>();
        try (Reader r = Files.newBufferedReader(registry, StandardCharsets.UTF_8)) {
            for (CSVRecord c : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                names.put(c.get("agency_id"), c.get("agency_name"));
            }
        }
        return names;
    }

}
