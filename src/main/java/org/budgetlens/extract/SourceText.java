package org.budgetlens.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.budgetlens.source.FileProblem;
import org.budgetlens.source.TextDecoder;

/**
 * A published document as text: its lines (1-based through {@link #line}) and the name it is cited by
 * ({@code source_doc}). Traditional characters are read as simplified ({@link Traditional}), one for one, and
 * pinyin inserted after characters is dropped; line numbers stay the document's.
 */
public record SourceText(Path path, String sourceDoc, List<String> lines, String charset) {

    /** Pinyin some mirror sites insert after a character ("萬(wàn)元", "政務(wù)"): a tone mark makes it pinyin. */
    private static final Pattern PINYIN = Pattern.compile(
            "[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]");

    /** Reads a document; a file that is not text (binary, UTF-16, empty) is a {@link FileProblem}. */
    public static SourceText read(Path path, String sourceDoc) throws IOException, FileProblem {
        TextDecoder.DecodedText decoded = TextDecoder.decode(Files.readAllBytes(path));
        return of(path, sourceDoc, decoded.text(), decoded.charset());
    }

    /** A document from text already in memory. */
    public static SourceText of(Path path, String sourceDoc, String text, String charset) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String read = PINYIN.matcher(Traditional.fold(body)).replaceAll("");
        return new SourceText(path, sourceDoc, List.of(read.split("\r?\n|\r", -1)), charset);
    }

    /** The text of line {@code number} (1-based), or "" past the end. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    public int lineCount() {
        return lines.size();
    }
}
