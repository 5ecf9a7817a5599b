package org.budgetlens.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
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

    /** The text of a file and the encoding it was read with. */
    public record DecodedText(String text, String charset) {
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
        try {
            return new DecodedText(strict(StandardCharsets.UTF_8, bytes, offset), bom ? "UTF-8 (BOM)" : "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            if (bom) {
                throw new FileProblem(0, "the file starts with a UTF-8 byte order mark but is not valid UTF-8 "
                        + "(first bad byte at offset " + firstBadOffset(StandardCharsets.UTF_8, bytes, offset) + ")");
            }
        }
        try {
            return new DecodedText(strict(GB18030, bytes, 0), "GB18030");
        } catch (CharacterCodingException notGb) {
            int bad = firstBadOffset(StandardCharsets.UTF_8, bytes, 0);
            throw new FileProblem(lineAt(bytes, bad), "the file is neither UTF-8 nor GB18030/GBK (first byte that is "
                    + "not UTF-8 at offset " + bad + "): save it as UTF-8");
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstBadOffset(Charset charset, byte[] bytes, int offset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder(charset).decode(in, out, true);
        return in.position();
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
