package org.budgetlens.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.budgetlens.extract.document.Block;
import org.budgetlens.extract.document.Document;
import org.budgetlens.extract.document.Row;
import org.budgetlens.extract.document.Where;
import org.budgetlens.extract.source.LaidOutDocument;
import org.budgetlens.extract.source.TextSource;
import org.budgetlens.extract.source.SourceProblem;
import org.budgetlens.extract.source.PdfSource;
import org.budgetlens.extract.source.XlsxSource;
import org.budgetlens.source.FileProblem;
import org.budgetlens.source.TextDecoder;

/**
 * A published document as the readers see it, whatever file it came from: its lines (1-based through {@link #line}),
 * a table row's cells separated by TABs, and the name it is cited by ({@code source_doc}). A text form is read as it
 * is; a PDF is laid out by {@link PdfSource} (tables from its rulings, paragraphs rebuilt, page numbers and running
 * heads set apart), and each of its lines keeps where it stands ({@link #place}: file, page, table and row).
 * Traditional characters are read as simplified ({@link Traditional}), one for one, and pinyin inserted after
 * characters is dropped; line numbers stay the document's.
 */
public record SourceText(Path path, String sourceDoc, List<String> lines, String charset, List<Place> places) {

    /**
     * Where a line of a laid-out document stands: the file it is from, the page (the sheet of a workbook), and table
     * and row for a row.
     */
    public record Place(String file, int page, int table, int row, boolean sheet, String number, String code) {

        /**
         * "p. 14", "p. 14, 表五, row 5, 2080505" (the table's printed number, else "table 2": its place on the page;
         * the row's classification code when it has one) or "sheet 3, row 7", with the file first when the document
         * joins several.
         */
        public String cite(boolean withFile) {
            String tableAt = number.isEmpty() ? "table " + table : number;
            String at = sheet ? "sheet " + page + ", row " + row
                    : "p. " + page + (table > 0 ? ", " + tableAt + ", row " + row : "");
            at += code.isEmpty() || table == 0 && !sheet ? "" : ", " + code;
            return withFile ? file + " " + at : at;
        }
    }

    /** A PDF that takes longer than this to lay out is reported and skipped: no document can hang a run. */
    public static final Duration PDF_TIME_LIMIT = Duration.ofSeconds(120);

    /** Pinyin some mirror sites insert after a character ("萬(wàn)元", "政務(wù)"): a tone mark makes it pinyin. */
    private static final Pattern PINYIN = Pattern.compile(
            "[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]");

    /**
     * Reads a document: a PDF through the PDF adapter, anything else as text. A file that cannot be read (binary,
     * UTF-16, a PDF without a text layer, protected by a user password, corrupt) is a {@link FileProblem}.
     */
    public static SourceText read(Path path, String sourceDoc) throws IOException, FileProblem {
        if (isPdf(path) || isXlsx(path)) {
            return laidOut(path, sourceDoc);
        }
        TextDecoder.DecodedText decoded = TextDecoder.decode(Files.readAllBytes(path));
        return of(path, sourceDoc, decoded.text(), decoded.charset());
    }

    public static boolean isPdf(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    public static boolean isXlsx(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** A document from text already in memory: the text-form adapter's model, read as every other. */
    public static SourceText of(Path path, String sourceDoc, String text, String charset) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return of(path, sourceDoc, TextSource.read(path.getFileName().toString(), body), charset);
    }

    /**
     * The readers' view of a document model: its headings and paragraphs a line each, its tables a row per line
     * (cells TAB-separated, a repeated header dropped), page artefacts left out; a text form's lines keep their
     * numbers, every other line its place.
     */
    public static SourceText of(Path path, String sourceDoc, Document doc, String charset) {
        if (doc.form() == Where.Form.TEXT) {
            return textForm(path, sourceDoc, doc, charset);
        }
        List<String> lines = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        boolean sheets = doc.form() == Where.Form.WORKBOOK;
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Table t) {
                for (Row r : t.rows()) {
                    lines.add(fold(r.text()));
                    places.add(new Place(doc.file(), r.at().page(), r.at().table(), r.at().row(), sheets, t.number(),
                            r.code()));
                }
            } else if (b instanceof Block.Heading || b instanceof Block.Paragraph) {
                lines.add(fold(b instanceof Block.Heading h ? h.text() : ((Block.Paragraph) b).text()));
                places.add(new Place(doc.file(), b.at().page(), 0, 0, sheets, "", ""));
            } // page numbers and running heads: in the model, not in what is read
        }
        return new SourceText(path, sourceDoc, List.copyOf(lines), charset, List.copyOf(places));
    }

    private static SourceText textForm(Path path, String sourceDoc, Document doc, String charset) {
        List<String> lines = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Table t) {
                t.rows().forEach(r -> put(lines, r.at().line(), r.text()));
            } else if (b instanceof Block.Heading h) {
                put(lines, h.at().line(), h.text());
            } else if (b instanceof Block.Paragraph p) {
                put(lines, p.at().line(), p.text());
            }
        }
        return new SourceText(path, sourceDoc, List.copyOf(lines), charset, List.of());
    }

    /** A text form's line at its number, the blank lines before it kept blank. */
    private static void put(List<String> lines, int number, String text) {
        while (lines.size() < number) {
            lines.add("");
        }
        lines.set(number - 1, fold(text));
    }

    private static String fold(String text) {
        return PINYIN.matcher(Traditional.fold(text)).replaceAll("");
    }

    private static SourceText laidOut(Path path, String sourceDoc) throws FileProblem {
        LaidOutDocument laid;
        try {
            laid = isPdf(path) ? PdfSource.read(path, PDF_TIME_LIMIT) : XlsxSource.read(path);
        } catch (SourceProblem e) {
            throw new FileProblem(0, e.getMessage());
        }
        Document doc = laid.toDocument(path.getFileName().toString(),
                isXlsx(path) ? Where.Form.WORKBOOK : Where.Form.PDF);
        return of(path, sourceDoc, doc, "PDF");
    }

    /**
     * Two files of one disclosure (a narrative and a tables PDF) read as one document: the lines of the first, then
     * those of the second; each line keeps its own file and page.
     */
    public SourceText join(SourceText other) {
        List<String> all = new ArrayList<>(lines);
        all.addAll(other.lines);
        List<Place> at = new ArrayList<>(placesOrLines(this));
        at.addAll(placesOrLines(other));
        return new SourceText(path, sourceDoc + " + " + other.sourceDoc, List.copyOf(all), charset, List.copyOf(at));
    }

    private static List<Place> placesOrLines(SourceText doc) {
        if (!doc.places.isEmpty()) {
            return doc.places;
        }
        List<Place> out = new ArrayList<>();
        String file = doc.path.getFileName().toString();
        for (int i = 1; i <= doc.lines.size(); i++) {
            out.add(new Place(file, 0, 0, i, false, "", "")); // a text form: the line is the place
        }
        return out;
    }

    /** Whether lines have places of their own (a PDF, or documents joined): figures then cite them. */
    public boolean hasPlaces() {
        return !places.isEmpty();
    }

    /** Whether the document joins several files: a place then names its file. */
    public boolean joined() {
        return sourceDoc.contains(" + ");
    }

    /** How a reader finds line {@code number} in the published files: "p. 3, table 1, row 4", or "" for text. */
    public String place(int number) {
        if (number < 1 || number > places.size()) {
            return "";
        }
        Place p = places.get(number - 1);
        return p.page() == 0 ? (joined() ? p.file() + " line " + p.row() : "") : p.cite(joined());
    }

    /** The text of line {@code number} (1-based), or "" past the end. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    public int lineCount() {
        return lines.size();
    }
}
