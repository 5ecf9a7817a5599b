package org.budgetlens.extract.source;

import java.util.ArrayList;
import java.util.List;

import org.budgetlens.extract.document.Document;
import org.budgetlens.extract.document.Where;

/**
 * The text form of a disclosure (what a converter made of a PDF: running text as lines, a table row per line with
 * TAB-separated cells) as the document model: each line keeps its line number, consecutive TAB lines form a table.
 */
public final class TextSource {

    private TextSource() {
    }

    public static Document read(String file, String text) {
        String[] raw = text.split("\r?\n|\r", -1);
        List<LaidLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isEmpty()) {
                continue; // an empty line is the gap the view keeps; a line of TABs or spaces stays as it is
            }
            LaidLine.Kind kind = raw[i].indexOf('\t') >= 0 ? LaidLine.Kind.TABLE_ROW : LaidLine.Kind.TEXT;
            lines.add(new LaidLine(raw[i], kind, 0, i, 0, 0, i + 1, 0, 0, List.of(), i + 1));
        }
        return Blocks.assemble(file, Where.Form.TEXT, 0, lines, List.of());
    }
}
