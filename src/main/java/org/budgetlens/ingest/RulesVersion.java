package org.budgetlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of the validation rules (the catalogue files and this version number). A file is skipped as
 * unchanged only if it was loaded under the same rules, so a release that accepts more re-reads everything.
 */
public final class RulesVersion {

    /** Bump when the validation code changes what it accepts. */
    private static final String CODE_VERSION = "1";

    private static final String VALUE = compute();

    private RulesVersion() {
    }

    public static String current() {
        return VALUE;
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(CODE_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String resource : new String[] {"catalog/tables.csv", "catalog/measures.csv", "catalog/lines.csv",
                "catalog/units.csv"}) {
                try (InputStream in = RulesVersion.class.getClassLoader().getResourceAsStream(resource)) {
                    digest.update(in.readAllBytes());
                }
            }
            return "v" + CODE_VERSION + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
