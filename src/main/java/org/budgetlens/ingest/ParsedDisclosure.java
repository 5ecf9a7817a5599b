package org.budgetlens.ingest;

import java.util.ArrayList;
import java.util.List;

import org.budgetlens.model.DisclosureMeta;
import org.budgetlens.model.Figure;
import org.budgetlens.model.Rejection;
import org.budgetlens.model.TableDeclaration;
import org.budgetlens.warehouse.StagedRows;

/**
 * A disclosure file after parsing and validation: the figures and table declarations to load, the records
 * rejected, and the counts that must balance (read = loaded + rejected). Once the file is known to be loadable its
 * figures are rendered for the load into {@code staged} (null before) and the figure lists are empty.
 */
public record ParsedDisclosure(
        String sourceFile,
        String sha256,
        String charset,
        DisclosureMeta meta,
        List<Figure> figures,
        List<TableDeclaration> tables,
        List<Rejection> rejections,
        List<CsvRecords.Row> records,
        String fileProblem,
        boolean unchanged,
        StagedRows staged,
        String movedFrom) {

    public ParsedDisclosure {
        long loaded = staged != null ? staged.rowCount() : figures.size() + tables.size();
        long rejected = rejections.stream().filter(r -> r.record() != null).count();
        if (!unchanged && loaded + rejected != records.size()) {
            throw new IllegalStateException(sourceFile + ": " + records.size() + " records read but " + loaded
                    + " loaded and " + rejected + " rejected");
        }
    }

    /** For an unchanged file: the disclosure it defines (recorded when it was loaded). */
    public String unchangedDisclosureId() {
        return unchanged ? fileProblem : null;
    }

    /** A file that was already loaded with the same content. */
    static ParsedDisclosure unchanged(String sourceFile, String sha256, String disclosureId) {
        return new ParsedDisclosure(sourceFile, sha256, null, null, List.of(), List.of(), List.of(), List.of(),
                disclosureId, true, null, null);
    }

    /**
     * A file loaded before under another path that is gone (renamed or moved, same content): unchanged, its
     * bookkeeping moves to the new path.
     */
    static ParsedDisclosure moved(String sourceFile, String sha256, String disclosureId, String from) {
        return new ParsedDisclosure(sourceFile, sha256, null, null, List.of(), List.of(), List.of(), List.of(),
                disclosureId, true, null, from);
    }

    /** A file rejected as a whole before (or without) reading its records: one reject row, no record counted. */
    static ParsedDisclosure fileProblem(String sourceFile, String sha256, String disclosureId, long line,
            String reason) {
        return new ParsedDisclosure(sourceFile, sha256, null, null, List.of(), List.of(),
                List.of(new Rejection(sourceFile, line, disclosureId, "file rejected: " + reason, null)), List.of(),
                reason, false, null, null);
    }

    /** The same file with every record rejected for one reason that concerns the whole file. */
    ParsedDisclosure rejectAll(long problemLine, String reason) {
        return rejected(sourceFile, sha256, charset, meta, records, problemLine, reason);
    }

    /** A file rejected as a whole: each of its records is rejected with the file's reason. */
    static ParsedDisclosure rejected(String sourceFile, String sha256, String charset, DisclosureMeta meta,
            List<CsvRecords.Row> records, long problemLine, String reason) {
        List<Rejection> all = new ArrayList<>();
        String id = meta == null ? null : meta.key().id();
        if (records.isEmpty()) {
            all.add(new Rejection(sourceFile, problemLine, id, "file rejected: " + reason, null));
        }
        for (CsvRecords.Row row : records) {
            all.add(new Rejection(sourceFile, row.line(), id, "file rejected: " + reason, row.raw()));
        }
        return new ParsedDisclosure(sourceFile, sha256, charset, meta, List.of(), List.of(), all, records, reason,
                false, null, null);
    }

    /**
     * The same file, every record of which was rejected: it loads nothing, so that a good version of its disclosure
     * loaded before is not replaced by an empty one. One more reject row (no record) says so.
     */
    ParsedDisclosure withoutValidRecord() {
        List<Rejection> all = new ArrayList<>(rejections);
        String id = meta == null ? null : meta.key().id();
        all.add(new Rejection(sourceFile, 0, id, "file rejected: " + NO_VALID_RECORD, null));
        return new ParsedDisclosure(sourceFile, sha256, charset, meta, List.of(), List.of(), all, records,
                NO_VALID_RECORD, false, null, null);
    }

    /** Why a file whose every record is rejected loads nothing. */
    static final String NO_VALID_RECORD = "no record of the file is valid, so it loads nothing (a version of its "
            + "disclosure loaded before stays as it was)";

    /**
     * The same file with its figures rendered for the load. The figure objects and the records' fields are let go:
     * a chunk waiting for its load holds the rendered bytes and, for a reject report, each record's line and text.
     */
    ParsedDisclosure withStaged(StagedRows rows) {
        return new ParsedDisclosure(sourceFile, sha256, charset, meta, List.of(), List.of(), rejections,
                records.stream().map(CsvRecords.Row::withoutFields).toList(), fileProblem, unchanged, rows, null);
    }

    /** Whether the file holds no valid record (every one rejected): then it loads nothing. */
    boolean noValidRecord() {
        return loadable() && figures.isEmpty() && tables.isEmpty() && staged == null;
    }

    public boolean loadable() {
        return fileProblem == null && !unchanged;
    }

    public long recordsRead() {
        return records.size();
    }

    public long recordsLoaded() {
        return staged != null ? staged.rowCount() : figures.size() + tables.size();
    }

    /** Rejected records (a file-level problem in a file with no records rejects no record). */
    public long recordsRejected() {
        return rejections.stream().filter(r -> r.record() != null).count();
    }
}
