package org.budgetlens.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.budgetlens.progress.ProgressListener;
import org.budgetlens.warehouse.LoadedFile;
import org.budgetlens.warehouse.Loader;
import org.budgetlens.warehouse.RunCounts;
import org.budgetlens.warehouse.Warehouse;

/**
 * The state of one ingest run: the open warehouse and loader, what earlier runs loaded, the agencies known, the
 * disclosures defined so far in this run, and the running counts.
 */
public final class IngestSession implements AutoCloseable {

    private final Warehouse warehouse;
    private final Loader loader;
    private final LoadPipeline loads = new LoadPipeline();
    private final Path db;
    private final List<Path> roots;
    private volatile InputScanner.Inputs inputs;
    private final boolean force;
    private final boolean prune;
    private final Map<String, LoadedFile> loadedFiles;
    private final Map<String, List<LoadedFile>> loadedBySha = new HashMap<>();
    /** The file each stored disclosure came from, and the content hash it had then. */
    private final Map<String, String> storedSources;
    /** The extracted CSVs of this run and the document each was extracted from. */
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private final Queue<Loader.Move> moves = new ConcurrentLinkedQueue<>();
    private final Set<String> agencyIds = ConcurrentHashMap.newKeySet();
    private final Map<String, String> disclosureSource = new ConcurrentHashMap<>();
    private final Map<String, String> agencySource = new HashMap<>();
    private final int runId;
    private RunCounts counts = RunCounts.ZERO;

    public IngestSession(Path db, List<Path> roots, boolean force, boolean prune, Warehouse.SqlWork faultHook)
            throws SQLException {
        this(db, roots, force, prune, faultHook, InputScanner.DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes input files larger than this are dropped, not read */
    public IngestSession(Path db, List<Path> roots, boolean force, boolean prune, Warehouse.SqlWork faultHook,
            long maxFileBytes) throws SQLException {
        this.db = db;
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.inputs = InputScanner.scan(roots, RawDisclosures.folder(db), maxFileBytes);
        this.warehouse = Warehouse.openForWrite(db);
        this.loader = new Loader(warehouse, faultHook);
        this.force = force;
        this.prune = prune;
        this.loadedFiles = loader.loadedFiles();
        for (LoadedFile f : loadedFiles.values()) {
            loadedBySha.computeIfAbsent(f.sha256(), k -> new ArrayList<>()).add(f);
        }
        this.storedSources = loader.disclosureSources();
        this.runId = loader.startRun(String.join(" ", roots.stream().map(Path::toString).toList()));
        refreshAgencies();
    }

    public InputScanner.Inputs inputs() {
        return inputs;
    }

    /** Extracts the raw documents no CSV cites (see {@link RawDisclosures}) and adds their CSVs to the inputs. */
    void extractRawDisclosures(PrintWriter err, ProgressListener progress) throws IOException {
        RawDisclosures.Extracted extracted = RawDisclosures.extract(db, roots, inputs, err, progress);
        progress.done();
        extracted.documents().forEach((csv, doc) -> documents.put(csv.toString(), doc.toString()));
        inputs = InputScanner.withCsv(inputs, extracted.files());
    }

    /** The document an extracted CSV of this run was extracted from, or null for a CSV of the inputs. */
    String documentOf(String sourceFile) {
        return documents.get(sourceFile);
    }

    /** The folders (or files) given, absolute. */
    List<Path> roots() {
        return roots;
    }

    /** Whether disclosures whose file is gone are removed (ingest --prune). */
    boolean prune() {
        return prune;
    }

    public Loader loader() {
        return loader;
    }

    /** Where chunk loads run, one at a time, while the next chunk is parsed. */
    LoadPipeline loads() {
        return loads;
    }

    public int runId() {
        return runId;
    }

    public String rulesVersion() {
        return RulesVersion.current();
    }

    /** Whether the file need not be read again: same content, same rules, loaded without a file-level problem. */
    public LoadedFile unchanged(String sourceFile, String sha256) {
        LoadedFile f = loadedFiles.get(sourceFile);
        return !force && f != null && f.unchanged(sha256, rulesVersion()) ? f : null;
    }

    /**
     * The record of a file loaded before with this content at another path that no longer exists, whose disclosure
     * is still the one loaded from it: the file was renamed or moved, and need not be read again. Null when there is
     * none, when this path was read before (a changed file is read again), or under --force.
     */
    public LoadedFile movedFrom(String sourceFile, String sha256) {
        if (force || loadedFiles.containsKey(sourceFile)) {
            return null;
        }
        for (LoadedFile f : loadedBySha.getOrDefault(sha256, List.of())) {
            if (f.disclosureId() != null && f.unchanged(sha256, rulesVersion())
                    && sha256.equals(storedSources.get(f.sourceFile())) && !Files.exists(Path.of(f.sourceFile()))) {
                return f;
            }
        }
        return null;
    }

    /** Files found renamed whose bookkeeping moved, once their chunk committed. */
    void moved(List<Loader.Move> committed) {
        moves.addAll(committed);
    }

    List<Loader.Move> moves() {
        return List.copyOf(moves);
    }

    public boolean knowsAgency(String agencyId) {
        return agencyIds.contains(agencyId);
    }

    public void refreshAgencies() throws SQLException {
        agencyIds.addAll(loader.agencyIds());
    }

    /** Agency ids defined by registry files of this run, and where (for duplicate detection across files). */
    public Map<String, String> agencySource() {
        return agencySource;
    }

    /**
     * Claims a disclosure id for a file, in input path order (the writer sees files in that order, unchanged ones
     * included); returns the file that already defines it in this run, or null when the claim succeeds.
     */
    public String claim(String disclosureId, String sourceFile) {
        String previous = disclosureSource.putIfAbsent(disclosureId, sourceFile);
        return previous == null || previous.equals(sourceFile) ? null : previous;
    }

    public synchronized void add(RunCounts delta) {
        counts = counts.plus(delta);
    }

    public synchronized RunCounts counts() {
        return counts;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    @Override
    public void close() {
        try {
            loads.close();
            loader.close();
        } finally {
            warehouse.close();
        }
    }
}
