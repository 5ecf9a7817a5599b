package org.budgetlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.budgetlens.model.Catalog;
import org.budgetlens.model.DisclosureMeta;
import org.budgetlens.model.Figure;
import org.budgetlens.model.Origin;
import org.budgetlens.model.Rejection;
import org.budgetlens.model.TableDeclaration;
import org.budgetlens.source.TextDecoder;
import org.budgetlens.source.FileProblem;

/** Parses and validates one normalized disclosure file (docs/normalized-format.md). */
public final class DisclosureParser {

    /** The reason the last record of a file cut off inside a character is rejected. */
    static final String CUT_OFF = "the file ends in the middle of a character (it was cut off), so this last record "
            + "is incomplete";

    private final RowValidator validator;

    public DisclosureParser(Catalog catalog) {
        this.validator = new RowValidator(catalog);
    }

    /** Whether the decoded text is a budgetlens disclosure file. */
    public static boolean isDisclosure(String text) {
        int nl = text.indexOf('\n');
        return FrontMatter.isDisclosure(nl < 0 ? text : text.substring(0, nl));
    }

    public ParsedDisclosure parse(String sourceFile, String sha256, TextDecoder.DecodedText decoded) {
        String text = decoded.text();
        int[] lineStarts = CsvRecords.lineStarts(text);
        int bodyStart = 0;
        List<String> frontLines = new ArrayList<>();
        while (bodyStart < text.length() && isComment(text, bodyStart)) {
            int nl = text.indexOf('\n', bodyStart);
            int end = nl < 0 ? text.length() : nl;
            frontLines.add(text.substring(bodyStart, end));
            bodyStart = nl < 0 ? text.length() : nl + 1;
        }
        List<CsvRecords.Row> rows = CsvRecords.read(text, bodyStart, lineStarts);
        List<CsvRecords.Row> records = rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
        DisclosureMeta meta;
        try {
            meta = FrontMatter.parse(frontLines);
        } catch (FileProblem p) {
            return ParsedDisclosure.rejected(sourceFile, sha256, decoded.charset(), null, records, p.line(),
                    "front matter line " + p.line() + ": " + p.getMessage());
        }
        if (rows.isEmpty()) {
            return ParsedDisclosure.rejected(sourceFile, sha256, decoded.charset(), meta, records,
                    frontLines.size() + 1, "no header line after the front matter: expected "
                            + String.join(",", RowValidator.COLUMNS));
        }
        CsvRecords.Row header = rows.get(0);
        if (header.problem() != null) {
            return ParsedDisclosure.rejected(sourceFile, sha256, decoded.charset(), meta, records, header.line(),
                    "header line " + header.line() + ": " + header.problem());
        }
        List<String> columns = CsvRecords.header(header.fields());
        String headerProblem = headerProblem(columns);
        if (headerProblem != null) {
            return ParsedDisclosure.rejected(sourceFile, sha256, decoded.charset(), meta, records, header.line(),
                    "header line " + header.line() + ": " + headerProblem);
        }
        if (records.isEmpty()) {
            return ParsedDisclosure.rejected(sourceFile, sha256, decoded.charset(), meta, records, header.line(),
                    "no records after the header: a disclosure needs at least one row");
        }
        return validateRecords(sourceFile, sha256, decoded, meta, columns, header.fields().size(), records);
    }

    private ParsedDisclosure validateRecords(String sourceFile, String sha256, TextDecoder.DecodedText decoded,
            DisclosureMeta meta, List<String> header, int paddedWidth, List<CsvRecords.Row> records) {
        List<Figure> figures = new ArrayList<>();
        List<TableDeclaration> tables = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<FigureKey, Long> seen = new HashMap<>();
        int[] index = RowValidator.columnIndex(header);
        CsvRecords.Row last = records.get(records.size() - 1);
        Set<String> declared = new HashSet<>();  // table_id@source_line: one _table row per physical table
        String id = meta.key().id();
        for (CsvRecords.Row row : records) {
            String reason = decoded.cutCharacter() && row == last ? CUT_OFF
                    : reasonToReject(row, header, paddedWidth, index, figures, tables, seen, declared);
            if (reason != null) {
                rejections.add(new Rejection(sourceFile, row.line(), id, reason, row.raw()));
            }
        }
        return new ParsedDisclosure(sourceFile, sha256, decoded.charset(), meta, figures, tables, rejections, records,
                null, false, null, null);
    }

    private String reasonToReject(CsvRecords.Row row, List<String> header, int paddedWidth, int[] index,
            List<Figure> figures, List<TableDeclaration> tables, Map<FigureKey, Long> seen, Set<String> declared) {
        if (row.problem() != null) {
            return row.problem();
        }
        List<String> fields = CsvRecords.fit(row.fields(), header.size(), paddedWidth);
        if (fields == null) {
            return "has " + row.fields().size() + " fields, expected " + header.size()
                    + " (a missing or extra comma, or an unquoted comma inside a field)";
        }
        RowValidator.Result result = validator.validate(new RowValidator.Row(fields, index), row.line());
        if (result instanceof RowValidator.Invalid invalid) {
            return invalid.reason();
        }
        if (result instanceof RowValidator.TableRow t) {
            if (!declared.add(t.table().tableId() + "@" + t.table().sourceLine())) {
                return "table " + t.table().tableId() + " is declared twice at source_line " + t.table().sourceLine();
            }
            tables.add(t.table());
            return null;
        }
        Figure f = ((RowValidator.FigureRow) result).figure();
        FigureKey key = new FigureKey(f.tableId(), f.lineCode(), f.detail(), f.measure(), f.stat(), f.base(),
                f.origin(), f.origin() == Origin.NARRATIVE ? f.sourceLine() : 0);
        Long first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            return "duplicate figure: the same table_id, line_code, detail, measure, stat, base and origin"
                    + (f.origin() == Origin.NARRATIVE ? " (and source_line)" : "") + " as line " + first;
        }
        figures.add(f);
        return null;
    }

    /** What makes two figures of a disclosure the same figure. */
    private record FigureKey(String tableId, String lineCode, String detail, String measure,
            org.budgetlens.model.Stat stat, String base, Origin origin, int narrativeLine) {
    }

    private static String headerProblem(List<String> names) {
        List<String> missing = RowValidator.COLUMNS.stream().filter(c -> !names.contains(c)).toList();
        List<String> unknown = names.stream().filter(n -> !RowValidator.COLUMNS.contains(n)
                && !RowValidator.OPTIONAL.contains(n)).toList();
        Set<String> distinct = new HashSet<>(names);
        if (missing.isEmpty() && unknown.isEmpty() && distinct.size() == names.size()) {
            return null;
        }
        StringBuilder problem = new StringBuilder("expected the columns ").append(String.join(",", RowValidator.COLUMNS));
        if (!missing.isEmpty()) {
            problem.append("; missing: ").append(String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            problem.append("; unknown: ").append(String.join(", ",
                    unknown.stream().map(u -> u.isEmpty() ? "(a column with a blank name)" : u).toList()));
        }
        if (distinct.size() != names.size()) {
            problem.append("; a column is named twice");
        }
        return problem.toString();
    }

    private static boolean isComment(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '#';
    }
}
