package org.budgetlens.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.budgetlens.source.FileProblem;
import org.budgetlens.source.TextDecoder;

/**
 * A published document as text: its lines (1-based through {@link #line}) and the name it is cited by
 * ({@code source_doc}). Traditional characters are read as simplified ({@link Traditional}), one for one.
 */
public record SourceText(Path path, String sourceDoc, List<String> lines, String charset) {

    /** Reads a document; a file that is not text (binary, UTF-16, empty) is a {@link FileProblem}. */
    public static SourceText read(Path path, String sourceDoc) throws IOException, FileProblem {
        TextDecoder.DecodedText decoded = TextDecoder.decode(Files.readAllBytes(path));
        return of(path, sourceDoc, decoded.text(), decoded.charset());
    }

    /** A document from text already in memory. */
    public static SourceText of(Path path, String sourceDoc, String text, String charset) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new SourceText(path, sourceDoc, List.of(Traditional.fold(body).split("\r?\n|\r", -1)), charset);
    }

    /** The text of line {@code number} (1-based), or "" past the end. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    public int lineCount() {
        return lines.size();
    }
}
