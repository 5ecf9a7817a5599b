package org.budgetlens.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.budgetlens.files.TempFiles;
import org.budgetlens.model.Agency;
import org.budgetlens.model.Figure;
import org.budgetlens.model.Rejection;
import org.budgetlens.model.TableDeclaration;

/**
 * Writes parsed input files into the warehouse through DuckDB's bulk path: each chunk is staged as CSV files and
 * loaded with {@code read_csv} inside one transaction that also removes the previous version of every disclosure
 * it replaces. A crash at any point leaves either the whole chunk or none of it.
 */
public final class Loader implements AutoCloseable {

    private final Warehouse warehouse;
    private final Path stagingRoot;
    private final Map<String, Integer> keyById = new HashMap<>();
    private int nextKey;
    private long chunks;
    private final Warehouse.SqlWork afterStagingHook;

    /**
     * A file ready to load: a disclosure (possibly with rejects) or a file rejected as a whole. {@code inputFile} is
     * the document a CSV was extracted from (null when the CSV is itself an input).
     */
    public record DisclosureFile(String sourceFile, String sha256, String encoding, String disclosureId,
            String agencyId, int fiscalYear, String kind, String title, java.time.LocalDate published,
            String sourceDoc, String note, StagedRows staged, List<Rejection> rejections, long recordsRead,
            long recordsLoaded, long recordsRejected, boolean loadable, String inputFile) {
    }

    /** A file loaded before at {@code from}, found renamed to {@code to} with the same content. */
    public record Move(String from, String to, String disclosureId) {
    }

    public Loader(Warehouse warehouse) {
        this(warehouse, () -> { });
    }

    /**
     * @param afterStagingHook runs inside each chunk's transaction after the rows are inserted and before the commit
     *                         (fault injection for crash tests)
     */
    public Loader(Warehouse warehouse, Warehouse.SqlWork afterStagingHook) {
        this.warehouse = warehouse;
        this.afterStagingHook = afterStagingHook;
        try {
            this.stagingRoot = TempFiles.createDirectory("staging-");
            for (var row : warehouse.query("ingest/select_disclosure_keys.sql",
                    r -> Map.entry(r.getString(1), r.getInt(2)))) {
                keyById.put(row.getKey(), row.getValue());
                nextKey = Math.max(nextKey, row.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new WarehouseException("reading disclosure keys: " + e.getMessage(), e);
        }
    }

    public Map<String, LoadedFile> loadedFiles() throws SQLException {
        Map<String, LoadedFile> files = new HashMap<>();
        for (LoadedFile f : warehouse.query("ingest/select_loaded_files.sql", r -> new LoadedFile(r.getString(1),
                r.getString(2), r.getString(3), r.getString(4), r.getString(5)))) {
            files.put(f.sourceFile(), f);
        }
        return files;
    }

    /** The file each stored disclosure was loaded from, and the content hash it had. */
    public Map<String, String> disclosureSources() throws SQLException {
        Map<String, String> sources = new HashMap<>();
        for (var row : warehouse.query("ingest/select_disclosure_sources.sql",
                r -> Map.entry(r.getString(1), r.getString(2)))) {
            sources.put(row.getKey(), row.getValue());
        }
        return sources;
    }

    public Set<String> agencyIds() throws SQLException {
        return new HashSet<>(warehouse.query("ingest/select_agency_ids.sql", r -> r.getString(1)));
    }

    public int startRun(String inputs) throws SQLException {
        warehouse.update("ingest/mark_interrupted_runs.sql");
        return warehouse.query("ingest/start_run.sql", r -> r.getInt(1), inputs).get(0);
    }

    public void finishRun(int runId, String status, RunCounts c) throws SQLException {
        warehouse.update("ingest/finish_run.sql", status, c.filesFound(), c.filesLoaded(), c.filesUnchanged(),
                c.filesRejected(), c.recordsRead(), c.recordsLoaded(), c.recordsRejected(), runId);
    }

    /** Every reject the warehouse holds, with the run that recorded it. */
    public List<Map.Entry<Integer, Rejection>> allRejects() throws SQLException {
        return warehouse.query("ingest/select_all_rejects.sql", r -> Map.entry(r.getInt(6), new Rejection(
                r.getString(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5))));
    }

    /**
     * A disclosure's figures and table declarations rendered for loading, under the number of its file in the run's
     * input order (the load joins them to the disclosure's key, which it assigns in input order, so that keys do
     * not depend on which parsing thread finished first). Thread-safe.
     */
    public static StagedRows stage(int fileNumber, List<Figure> figures, List<TableDeclaration> tables) {
        return Staging.stage(fileNumber, figures, tables);
    }

    /** Loads a chunk of disclosure files in one transaction. */
    public void loadDisclosures(List<DisclosureFile> files, int runId, String rulesVersion) throws SQLException {
        loadDisclosures(files, List.of(), runId, rulesVersion);
    }

    /**
     * Loads a chunk of disclosure files in one transaction, which also moves the bookkeeping of the chunk's renamed
     * files (their load record, their disclosure's source file and their rejects) to their new path.
     */
    public void loadDisclosures(List<DisclosureFile> files, List<Move> moves, int runId, String rulesVersion)
            throws SQLException {
        if (files.isEmpty()) {
            warehouse.inTransaction(() -> {
                move(moves);
                afterStagingHook.run();
            });
            return;
        }
        Path dir = chunkDir();
        Path filesCsv = dir.resolve("files.csv");
        Path disclosuresCsv = dir.resolve("disclosures.csv");
        Path itemsCsv = dir.resolve("line_items.csv");
        Path factsCsv = dir.resolve("facts.csv");
        Path tablesCsv = dir.resolve("tables.csv");
        Path rejectsCsv = dir.resolve("rejects.csv");
        try (StagingCsv fileRows = new StagingCsv(filesCsv, "source_file", "file_kind", "content_sha256",
                "rules_version", "disclosure_id", "status", "records_read", "records_loaded", "records_rejected",
                "run_id");
                StagingCsv disclosures = new StagingCsv(disclosuresCsv, "disclosure_key", "disclosure_id", "agency_id",
                        "fiscal_year", "kind", "title", "published", "source_doc", "note", "source_file",
                        "content_sha256", "encoding", "line_item_count", "fact_count", "table_count", "reject_count",
                        "run_id", "file_number", "input_file");
                StagingCsv items = new StagingCsv(itemsCsv, Staging.FIGURE_COLUMNS);
                StagingCsv facts = new StagingCsv(factsCsv, Staging.FIGURE_COLUMNS);
                StagingCsv tables = new StagingCsv(tablesCsv, Staging.TABLE_COLUMNS);
                StagingCsv rejects = new StagingCsv(rejectsCsv, Staging.REJECT_COLUMNS)) {
            for (DisclosureFile f : files) {
                fileRows.row(f.sourceFile(), "disclosure", f.sha256(), rulesVersion, f.disclosureId(),
                        f.loadable() ? LoadedFile.LOADED : LoadedFile.REJECTED, f.recordsRead(), f.recordsLoaded(),
                        f.recordsRejected(), runId);
                Staging.rejects(rejects, runId, f.rejections());
                if (!f.loadable()) {
                    continue;
                }
                StagedRows staged = f.staged();
                disclosures.row(keyFor(f.disclosureId()), f.disclosureId(), f.agencyId(), f.fiscalYear(), f.kind(),
                        f.title(), f.published(), f.sourceDoc(), f.note(), f.sourceFile(), f.sha256(), f.encoding(),
                        staged.lineItemCount(), staged.factCount(), staged.tableCount(), f.rejections().size(), runId,
                        staged.fileNumber(), f.inputFile());
                items.rows(staged.lineItems());
                facts.rows(staged.facts());
                tables.rows(staged.tables());
            }
        }
        warehouse.inTransaction(() -> {
            move(moves);
            warehouse.update("ingest/stage_files.sql", filesCsv.toString());
            warehouse.update("ingest/stage_disclosures.sql", disclosuresCsv.toString());
            warehouse.runScript("ingest/find_replaced.sql");
            if (count("ingest/count_replaced.sql") > 0) {
                warehouse.runScript("ingest/delete_replaced.sql");
            }
            if (count("ingest/count_recorded_files.sql") > 0) {
                warehouse.runScript("ingest/delete_file_records.sql");
            }
            warehouse.runScript("ingest/insert_disclosures.sql");
            warehouse.update("ingest/insert_line_items.sql", itemsCsv.toString());
            warehouse.update("ingest/insert_facts.sql", factsCsv.toString());
            warehouse.update("ingest/insert_tables.sql", tablesCsv.toString());
            warehouse.update("ingest/insert_rejects.sql", rejectsCsv.toString());
            warehouse.runScript("ingest/insert_loaded_files.sql");
            if (files.stream().anyMatch(DisclosureFile::loadable)) {
                // a chunk of rejected files only records their rejects: what the metrics and the audit read is as
                // it was, and a stray bad file does not make every rerun recompute them
                warehouse.update("ingest/advance_data_generation.sql");
            }
            afterStagingHook.run();
        });
        deleteTree(dir);
    }

    /** Loads the agencies of one registry file (upsert by agency id) and its rejects, in one transaction. */
    public void loadRegistry(String sourceFile, String sha256, List<Agency> agencies, List<Rejection> rejections,
            long recordsRead, long recordsRejected, int runId, String rulesVersion) throws SQLException {
        Path dir = chunkDir();
        Path agenciesCsv = dir.resolve("agencies.csv");
        Path filesCsv = dir.resolve("files.csv");
        Path rejectsCsv = dir.resolve("rejects.csv");
        try (StagingCsv rows = new StagingCsv(agenciesCsv, "agency_id", "agency_name", "region_code", "province",
                "city", "county", "sector", "admin_level", "scope", "unit_type", "parent_id", "aliases",
                "registry_file", "registry_line");
                StagingCsv fileRows = new StagingCsv(filesCsv, "source_file", "file_kind", "content_sha256",
                        "rules_version", "disclosure_id", "status", "records_read", "records_loaded",
                        "records_rejected", "run_id");
                StagingCsv rejects = new StagingCsv(rejectsCsv, Staging.REJECT_COLUMNS)) {
            for (Agency a : agencies) {
                rows.row(a.agencyId(), a.agencyName(), a.regionCode(), a.province(), a.city(), a.county(), a.sector(),
                        a.adminLevel(), a.scope(), a.unitType(), a.parentId(), a.aliases(), a.registryFile(),
                        a.registryLine());
            }
            boolean rejected = agencies.isEmpty() && !rejections.isEmpty();
            fileRows.row(sourceFile, "registry", sha256, rulesVersion, null,
                    rejected ? LoadedFile.REJECTED : LoadedFile.LOADED, recordsRead, agencies.size(), recordsRejected,
                    runId);
            Staging.rejects(rejects, runId, rejections);
        }
        warehouse.inTransaction(() -> {
            warehouse.update("ingest/stage_agencies.sql", agenciesCsv.toString());
            warehouse.update("ingest/stage_files.sql", filesCsv.toString());
            warehouse.runScript("ingest/upsert_agencies.sql");
            warehouse.runScript("ingest/delete_file_records.sql");
            warehouse.update("ingest/insert_rejects.sql", rejectsCsv.toString());
            warehouse.runScript("ingest/insert_loaded_files.sql");
            if (!agencies.isEmpty()) {
                warehouse.update("ingest/advance_data_generation.sql");
            }
        });
        deleteTree(dir);
    }

    /** Moves the bookkeeping of renamed files to their new path (inside the caller's transaction). */
    private void move(List<Move> moves) throws SQLException {
        for (Move m : moves) {
            warehouse.update("ingest/move_loaded_file.sql", m.to(), m.from());
            warehouse.update("ingest/move_disclosure.sql", m.to(), m.from());
            warehouse.update("ingest/move_rejects.sql", m.to(), m.from());
        }
    }

    /**
     * Removes, in one transaction, the disclosures loaded from the given files and what the warehouse recorded about
     * the files (their load record and rejects); {@code beforeCommit} runs inside it. The data generation advances
     * when a disclosure is removed.
     */
    public void removeFiles(List<String> sourceFiles, Warehouse.SqlWork beforeCommit) throws SQLException {
        warehouse.inTransaction(() -> {
            warehouse.runScript("ingest/create_gone_files.sql");
            for (String f : sourceFiles) {
                warehouse.update("ingest/add_gone_file.sql", f);
            }
            warehouse.runScript("ingest/find_gone.sql");
            if (count("ingest/count_replaced.sql") > 0) {
                warehouse.runScript("ingest/delete_replaced.sql");
                warehouse.update("ingest/advance_data_generation.sql");
            }
            warehouse.runScript("ingest/delete_gone_records.sql");
            beforeCommit.run();
        });
    }

    private long count(String resource) throws SQLException {
        return warehouse.query(resource, r -> r.getLong(1)).get(0);
    }

    private int keyFor(String disclosureId) {
        return keyById.computeIfAbsent(disclosureId, id -> ++nextKey);
    }

    private Path chunkDir() {
        try {
            return Files.createDirectories(stagingRoot.resolve("chunk-" + (++chunks)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        deleteTree(stagingRoot);
    }
}
