package org.budgetlens.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.budgetlens.source.FileProblem;

/**
 * Extracts documents into an output folder: per document {@code <agency_id>/<year>-<kind>.csv} and, beside it,
 * {@code <same>.extraction.md}. A document that cannot be read as text still gets its report.
 */
public final class ExtractRun {

    /** What one run did. */
    public record Summary(int documents, int figures, int unused, int incomplete, List<Path> written) {
    }

    private final Registry registry;
    private final Path out;
    private final Path sourceRoot;
    private final Set<Path> used = new HashSet<>();

    public ExtractRun(Registry registry, Path out, Path sourceRoot) {
        this.registry = registry;
        this.out = out;
        this.sourceRoot = sourceRoot;
    }

    /**
     * The documents (*.pdf, *.txt) of the given files and folders (folders walked recursively, sorted by path), a
     * text form beside its PDF left out ({@link DocumentFiles}).
     */
    public static List<Path> documents(List<Path> inputs) throws IOException {
        List<Path> docs = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    docs.addAll(DocumentFiles.documents(walk.filter(Files::isRegularFile).sorted().toList()));
                }
            } else {
                docs.add(input);
            }
        }
        return docs;
    }

    /**
     * Extracts the documents, one thread per core (each document is read and rendered on its own), then writes the
     * normalized files and reports in document order, so their names do not depend on which thread finished first.
     */
    public Summary run(List<Path> documents) throws IOException {
        List<Rendered> rendered = renderAll(documents);
        int figures = 0;
        int unused = 0;
        int incomplete = 0;
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Rendered r = rendered.get(i);
            Extraction x = r.extraction();
            figures += (int) x.figures().stream().filter(f -> !f.isTable()).count();
            unused += x.unused().size();
            if (!x.meta().complete() || !x.problems().isEmpty()) {
                incomplete++;
            }
            Path csv = target(x, documents.get(i));
            Files.createDirectories(csv.getParent());
            if (r.csv() != null) {
                // ingest rejects a disclosure without rows: a document with no figure gets its report only
                Files.writeString(csv, r.csv(), StandardCharsets.UTF_8);
            }
            String name = csv.getFileName().toString();
            Path report = csv.resolveSibling(name.substring(0, name.length() - 4) + ".extraction.md");
            Files.writeString(report, r.report(), StandardCharsets.UTF_8);
            written.add(r.csv() != null ? csv : report);
        }
        return new Summary(documents.size(), figures, unused, incomplete, written);
    }

    /** One document extracted and rendered: its normalized file (null when it has no figure) and its report. */
    private record Rendered(Extraction extraction, String csv, String report) {
    }

    private List<Rendered> renderAll(List<Path> documents) throws IOException {
        int threads = Math.max(1, Math.min(documents.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Rendered>> futures = new ArrayList<>();
            for (Path doc : documents) {
                futures.add(pool.submit(() -> render(doc)));
            }
            List<Rendered> rendered = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    rendered.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("extracting " + documents.get(i) + " failed: " + e.getCause(),
                            e.getCause());
                }
            }
            return rendered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Rendered render(Path doc) {
        Extraction x = extract(doc);
        boolean any = x.figures().stream().anyMatch(f -> !f.isTable());
        return new Rendered(x, any ? DisclosureCsv.render(x) : null, ExtractionReport.render(x));
    }

    private Extraction extract(Path doc) {
        String sourceDoc = sourceDoc(doc);
        try {
            return Extractor.extract(SourceText.read(doc, sourceDoc), registry);
        } catch (IOException | FileProblem e) {
            SourceText empty = SourceText.of(doc, sourceDoc, "", "");
            Extraction x = Extractor.extract(empty, registry);
            List<String> problems = new ArrayList<>(x.problems());
            problems.add(0, "the document could not be read as text: " + e.getMessage());
            return new Extraction(x.doc(), x.meta(), x.tables(), x.missingTables(), x.figures(), x.unused(),
                    problems);
        }
    }

    /** The path a document is cited by: relative to the source root (data/ for data/sources/x.txt). */
    String sourceDoc(Path doc) {
        Path root = sourceRoot != null ? sourceRoot
                : doc.toAbsolutePath().getParent() != null && doc.toAbsolutePath().getParent().getParent() != null
                        ? doc.toAbsolutePath().getParent().getParent() : doc.toAbsolutePath().getParent();
        Path abs = doc.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return (abs.startsWith(r) ? r.relativize(abs) : abs.getFileName()).toString().replace('\\', '/');
    }

    private Path target(Extraction x, Path doc) {
        DocumentMeta m = x.meta();
        String stem = doc.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String folder = m.agencyId().isEmpty() ? "_undecided" : m.agencyId();
        String name = (m.fiscalYear().isEmpty() ? "unknown-year" : m.fiscalYear()) + "-"
                + (m.kind().isEmpty() ? "unknown-kind" : m.kind());
        if (m.agencyId().isEmpty()) {
            name = name + "-" + stem;
        }
        Path csv = out.resolve(folder).resolve(name + ".csv");
        for (int n = 2; !used.add(csv.normalize()); n++) {
            csv = out.resolve(folder).resolve(name + "-" + n + ".csv");
        }
        return csv;
    }
}
