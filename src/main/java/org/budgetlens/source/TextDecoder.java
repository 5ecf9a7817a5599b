package org.budgetlens.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an input file: UTF-8 (with or without BOM) or, when the bytes are not valid UTF-8, GB18030 (a superset of
 * GBK and GB2312). DuckDB has no offline GBK reader, so every file is transcoded here.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * The text of a file and the encoding it was read with. {@code cutCharacter} is true when the file ended in the
     * middle of a multi-byte UTF-8 character (a truncated file): that partial character is not in {@code text}, and
     * the record it belonged to must not load.
     */
    public record DecodedText(String text, String charset, boolean cutCharacter) {

        /**
         * A line ends at LF, CRLF or a lone CR (classic Mac OS, some exports): a lone CR becomes LF here, so every
         * reader (CSV records, front matter, line numbers) sees the same lines.
         */
        public DecodedText {
            text = unifyLineEnds(text);
        }

        public DecodedText(String text, String charset) {
            this(text, charset, false);
        }
    }

    /** The text with each lone CR (not followed by LF) made LF; the same string when it has none. */
    static String unifyLineEnds(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            return text;
        }
        StringBuilder b = null;
        for (int i = cr; i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text);
            }
            b.setCharAt(i, '\n');
        }
        return b == null ? text : b.toString();
    }

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws FileProblem {
        if (bytes.length == 0) {
            throw new FileProblem(0, "the file is empty");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new FileProblem(0, "the file is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new FileProblem(lineAt(bytes, nul), "the file contains a NUL byte at offset " + nul
                    + ": it is binary or UTF-16, not a text file in UTF-8 or GB18030");
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int offset = bom ? 3 : 0;
        String charset = bom ? "UTF-8 (BOM)" : "UTF-8";
        // The fast path: valid UTF-8 decodes without a replacement character (a file that has one takes the strict
        // path, which tells a published U+FFFD from a malformed byte).
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new DecodedText(text, charset);
        }
        Attempt utf8 = attempt(StandardCharsets.UTF_8, bytes, offset);
        int utf8Bad = utf8.badOffset();
        if (utf8Bad == bytes.length) {
            return new DecodedText(utf8.text(), charset);
        }
        if (isCutUtf8Character(bytes, utf8Bad)) {
            return new DecodedText(new String(bytes, offset, utf8Bad - offset, StandardCharsets.UTF_8), charset, true);
        }
        if (bom) {
            throw new FileProblem(lineAt(bytes, utf8Bad), "the file starts with a UTF-8 byte order mark but is not "
                    + "valid UTF-8 (first bad byte at offset " + utf8Bad + ")");
        }
        Attempt gb = attempt(GB18030, bytes, 0);
        int gbBad = gb.badOffset();
        if (gbBad == bytes.length) {
            return new DecodedText(gb.text(), "GB18030");
        }
        // Report where the encoding that reads furthest breaks: that is most likely the file's encoding.
        boolean gbFurther = gbBad > utf8Bad;
        int bad = gbFurther ? gbBad : utf8Bad;
        throw new FileProblem(lineAt(bytes, bad), "the file is neither UTF-8 nor GB18030/GBK: read as "
                + (gbFurther ? "GB18030" : "UTF-8") + " it breaks at offset " + bad + " (line " + lineAt(bytes, bad)
                + "): save it as UTF-8");
    }

    /**
     * Whether the bytes from {@code bad} to the end are the start of a UTF-8 character whose remaining bytes are
     * missing: the file was cut off inside its last character.
     */
    private static boolean isCutUtf8Character(byte[] bytes, int bad) {
        int lead = bytes[bad] & 0xFF;
        int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        int present = bytes.length - bad;
        if (lead > 0xF4 || length == 0 || present >= length) {
            return false;
        }
        for (int i = bad + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A decoding attempt: the offset of the first byte that did not decode ({@code bytes.length} if none). */
    private record Attempt(int badOffset, CharBuffer decoded) {

        String text() {
            return decoded.flip().toString();
        }
    }

    private static Attempt attempt(Charset charset, byte[] bytes, int offset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CharsetDecoder decoder = decoder(charset);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            return new Attempt(in.position(), out);
        }
        return new Attempt(bytes.length, out);
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
