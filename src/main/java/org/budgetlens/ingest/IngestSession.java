package org.budgetlens.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, LoadedFile> loadedFiles;
    private final Set<String> agencyIds = ConcurrentHashMap.newKeySet();
    private final Map<String, String> disclosureSource = new ConcurrentHashMap<>();
    private final Map<String, String> agencySource = new HashMap<>();
    private final int runId;
    private RunCounts counts = RunCounts.ZERO;

    public IngestSession(Path db, List<Path> roots, boolean force, Runnable faultHook) throws SQLException {
        this(db, roots, force, faultHook, InputScanner.DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes input files larger than this are dropped, not read */
    public IngestSession(Path db, List<Path> roots, boolean force, Runnable faultHook, long maxFileBytes)
            throws SQLException {
        this.db = db;
        this.roots = List.copyOf(roots);
        this.inputs = InputScanner.scan(roots, RawDisclosures.folder(db), maxFileBytes);
        this.warehouse = Warehouse.openForWrite(db);
        this.loader = new Loader(warehouse, faultHook);
        this.force = force;
        this.loadedFiles = loader.loadedFiles();
        this.runId = loader.startRun(String.join(" ", roots.stream().map(Path::toString).toList()));
        refreshAgencies();
    }

    public InputScanner.Inputs inputs() {
        return inputs;
    }

    /** Extracts the raw documents no CSV cites (see {@link RawDisclosures}) and adds their CSVs to the inputs. */
    void extractRawDisclosures(PrintWriter err) throws IOException {
        inputs = InputScanner.withCsv(inputs, RawDisclosures.extract(db, roots, inputs, err));
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
