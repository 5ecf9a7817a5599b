package org.budgetlens.report;

import java.nio.file.Path;

/**
 * What keeps text from disclosures harmless in the report's files: file names that stay inside the report folder
 * (HTML: the page templates escape what they insert; spreadsheet cells: {@link org.budgetlens.files.SpreadsheetText}).
 * Agency names and every other string come from files anyone can write.
 */
public final class SafeOutput {

    private static final int MAX_FILE_NAME = 80;

    private SafeOutput() {
    }

    /**
     * A file name made from any text: letters (Chinese included) and digits kept, everything else (separators,
     * dots, control characters) turned into '_', at most 80 characters, never empty.
     */
    public static String fileName(String text) {
        StringBuilder b = new StringBuilder();
        String source = text == null ? "" : text;
        source.codePoints().forEach(cp -> {
            if (b.length() < MAX_FILE_NAME) {
                b.appendCodePoint(Character.isLetterOrDigit(cp) || cp == '-' ? cp : '_');
            }
        });
        String name = b.toString().replaceAll("_+", "_");
        return name.isEmpty() || name.equals("_") ? "unnamed" : name;
    }

    /** {@code folder/name}, refused when it would not be inside {@code folder}. */
    public static Path inside(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        Path resolved = base.resolve(name).normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new IllegalArgumentException("refusing to write " + name + ": it is not inside " + folder);
        }
        return resolved;
    }
}
