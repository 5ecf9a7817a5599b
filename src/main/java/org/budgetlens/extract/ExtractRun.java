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

import org.budgetlens.progress.ProgressListener;
import org.budgetlens.source.FileProblem;

/**
 * Extracts documents into an output folder: per document {@code <agency_id>/<year>-<kind>.csv} and, beside it,
 * {@code <same>.extraction.md}. A document that cannot be read as text still gets its report.
 */
public final class ExtractRun {

    /**
     * What one run did: documents read, disclosures they make (fewer when one is published as several files), figures,
     * unused numbers, disclosures incomplete, the file written for each document (its CSV, or its report when it has
     * no figure), the registry of recognised agencies (null when none was recognised), and for each document why it
     * could not be read at all (null when it was read).
     */
    public record Summary(int documents, int disclosures, int figures, int unused, int incomplete, List<Path> written,
            Path registry, List<String> unread) {
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
     * Extracts the documents, one thread per core: first each is read and recognised (agency, year, kind), then the
     * files of one disclosure (same agency, year and kind: a narrative PDF and a tables PDF) are read as one document
     * and each disclosure is extracted and rendered on its own. The normalized files and reports are written in
     * document order, so their names do not depend on which thread finished first; the agencies recognised from the
     * documents (no registry entry) are written to {@code agencies.csv} in the output folder, for the ingest.
     */
    public Summary run(List<Path> documents) throws IOException {
        return run(documents, ProgressListener.NONE);
    }

    /** As {@link #run(List)}, advancing {@code progress} by each document as its files are written. */
    public Summary run(List<Path> documents, ProgressListener progress) throws IOException {
        int disclosures = 0;
        int figures = 0;
        int unused = 0;
        int incomplete = 0;
        Path[] written = new Path[documents.size()];
        String[] unread = new String[documents.size()];
        List<DocumentMeta> metas = new ArrayList<>();
        for (List<Integer> batch : batches(documents)) {
            List<Path> docs = batch.stream().map(documents::get).toList();
            List<Recognised> recognised = parallel(docs, this::recognise);
            for (int i = 0; i < recognised.size(); i++) {
                unread[batch.get(i)] = recognised.get(i).problem();
            }
            List<List<Integer>> groups = disclosures(recognised);
            List<Rendered> rendered = parallel(groups, group -> render(group, recognised));
            disclosures += groups.size();
            for (int g = 0; g < groups.size(); g++) {
                Rendered r = rendered.get(g);
                Extraction x = r.extraction();
                figures += (int) x.figures().stream().filter(f -> !f.isTable()).count();
                unused += x.unused().size();
                if (!x.meta().complete() || !x.problems().isEmpty()) {
                    incomplete++;
                }
                metas.add(x.meta());
                Path csv = target(x, docs.get(groups.get(g).get(0)));
                Files.createDirectories(csv.getParent());
                if (r.csv() != null) {
                    // ingest rejects a disclosure without rows: a document with no figure gets its report only
                    Files.writeString(csv, r.csv(), StandardCharsets.UTF_8);
                }
                String name = csv.getFileName().toString();
                Path report = csv.resolveSibling(name.substring(0, name.length() - 4) + ".extraction.md");
                Files.writeString(report, r.report(), StandardCharsets.UTF_8);
                for (int i : groups.get(g)) {
                    written[batch.get(i)] = r.csv() != null ? csv : report;
                }
                progress.advance(groups.get(g).size());
            }
        }
        Path registry = RecognisedAgencies.write(out, metas);
        return new Summary(documents.size(), disclosures, figures, unused, incomplete, List.of(written), registry,
                java.util.Collections.unmodifiableList(java.util.Arrays.asList(unread)));
    }

    /** At least this many documents are read, recognised and extracted together before their results are written. */
    static final int BATCH = 200;

    /**
     * The documents cut into batches, each a list of indexes of whole folders (a folder's documents together, in
     * the order the folders first appear), of at least {@link #BATCH} documents: the files of one disclosure (a
     * narrative and a tables PDF) are joined within a batch, and memory holds one batch's documents, not the run's.
     */
    static List<List<Integer>> batches(List<Path> documents) {
        java.util.Map<Path, List<Integer>> byFolder = new java.util.LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            byFolder.computeIfAbsent(documents.get(i).toAbsolutePath().getParent(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> batch = new ArrayList<>();
        for (List<Integer> folder : byFolder.values()) {
            batch.addAll(folder);
            if (batch.size() >= BATCH) {
                out.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            out.add(batch);
        }
        return out;
    }

    /** One document read and recognised, the tables it publishes; {@code problem} when it could not be read. */
    private record Recognised(Path path, SourceText doc, DocumentMeta meta, Set<String> tables, String problem,
            String titleScope) {
    }

    /** One disclosure extracted and rendered: its normalized file (null when it has no figure) and its report. */
    private record Rendered(Extraction extraction, String csv, String report) {
    }

    private Recognised recognise(Path path) {
        String sourceDoc = sourceDoc(path);
        try {
            SourceText doc = SourceText.read(path, sourceDoc);
            return new Recognised(path, doc, Extractor.recognise(doc, registry), tables(doc), null,
                    AgencyNameFinder.titleScope(doc));
        } catch (IOException | FileProblem e) {
            SourceText empty = SourceText.of(path, sourceDoc, "", "");
            return new Recognised(path, empty, Extractor.recognise(empty, registry), Set.of(),
                    "the document could not be read " + (SourceText.isPdf(path) ? "as a PDF"
                            : SourceText.isXlsx(path) ? "as a workbook" : "as text") + ": "
                            + e.getMessage(), "");
        }
    }

    private static Set<String> tables(SourceText doc) {
        try {
            Set<String> ids = new HashSet<>();
            TableFinder.find(doc, new PageArtifacts(doc)).forEach(t -> ids.add(t.tableId()));
            return ids;
        } catch (RuntimeException e) {
            return Set.of(); // the extraction proper reports it
        }
    }

    /**
     * The disclosures among the documents, as lists of document indexes in input order: documents recognised as the
     * same agency, year and kind whose tables complement each other (a narrative without tables and a file of tables,
     * no table in both, not two without tables) are one disclosure published as several files. Two files of one disclosure that publish the
     * same table are two versions, not two halves: each stays a disclosure of its own (ingest then rejects the second
     * with the id of the first, so neither is silently dropped). A document whose agency, year or kind is undecided
     * stands alone.
     */
    private static List<List<Integer>> disclosures(List<Recognised> docs) {
        java.util.Map<String, List<List<Integer>>> byKey = new java.util.LinkedHashMap<>();
        java.util.Map<List<Integer>, Set<String>> tablesOf = new java.util.IdentityHashMap<>();
        List<List<Integer>> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Recognised r = docs.get(i);
            DocumentMeta m = r.meta();
            boolean decided = r.problem() == null && !m.agencyId().isEmpty() && !m.fiscalYear().isEmpty()
                    && !m.kind().isEmpty();
            List<List<Integer>> same = decided ? byKey.computeIfAbsent(m.agencyId() + "/" + m.fiscalYear() + "/"
                    + m.kind(), k -> new ArrayList<>()) : new ArrayList<>();
            List<Integer> into = null;
            for (List<Integer> g : same) {
                Set<String> have = tablesOf.get(g);
                boolean halves = !(have.isEmpty() && r.tables().isEmpty()); // two narratives are two versions
                // a 部门预算 and a 单位预算 of one agency are two disclosures, when their titles say so
                String other = docs.get(g.get(0)).titleScope();
                halves &= other.isEmpty() || r.titleScope().isEmpty() || other.equals(r.titleScope());
                if (halves && java.util.Collections.disjoint(have, r.tables())) {
                    into = g;
                    break;
                }
            }
            if (into == null) {
                into = new ArrayList<>();
                same.add(into);
                order.add(into);
                tablesOf.put(into, new HashSet<>());
            }
            into.add(i);
            tablesOf.get(into).addAll(r.tables());
        }
        return List.copyOf(order);
    }

    private <T, R> List<R> parallel(List<T> items, java.util.function.Function<T, R> work) throws IOException {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("extracting " + items.get(i) + " failed: " + e.getCause(),
                            e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Rendered render(List<Integer> group, List<Recognised> recognised) {
        Extraction x = extract(group, recognised);
        boolean any = x.figures().stream().anyMatch(f -> !f.isTable());
        return new Rendered(x, any ? DisclosureCsv.render(x) : null, ExtractionReport.render(x));
    }

    private static Extraction extract(List<Integer> group, List<Recognised> recognised) {
        Recognised first = recognised.get(group.get(0));
        SourceText doc = first.doc();
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            Recognised r = recognised.get(group.get(k));
            if (r.problem() != null) {
                problems.add(group.size() > 1 ? r.path().getFileName() + ": " + r.problem() : r.problem());
            }
            if (k > 0) {
                doc = doc.join(r.doc());
            }
        }
        Extraction x = Extractor.extract(doc, first.meta());
        if (problems.isEmpty()) {
            return x;
        }
        problems.addAll(x.problems());
        return new Extraction(x.doc(), x.meta(), x.tables(), x.missingTables(), x.figures(), x.unused(), problems,
                x.proof());
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
