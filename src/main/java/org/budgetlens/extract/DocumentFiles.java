package org.budgetlens.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which files are published documents to extract: PDFs as published, Excel workbooks of tables ({@code .xlsx}) and
 * text forms ({@code .txt}). A text form with
 * the name of a PDF beside it ({@code x.txt} next to {@code x.pdf}) is that PDF converted: the PDF is read, the text
 * form skipped (rule {@code text-twin-of-pdf}), so one document is never extracted twice.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".pdf") || name.endsWith(".xlsx");
    }

    /** The documents among {@code files}, a text twin of a PDF left out; order kept. */
    public static List<Path> documents(List<Path> files) {
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (isDocument(f) && !isTextTwinOfPdf(f)) {
                out.add(f);
            }
        }
        return out;
    }

    static boolean isTextTwinOfPdf(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return false;
        }
        String stem = name.substring(0, name.length() - 4);
        return Files.isRegularFile(file.resolveSibling(stem + ".pdf"))
                || Files.isRegularFile(file.resolveSibling(stem + ".PDF"));
    }
}
