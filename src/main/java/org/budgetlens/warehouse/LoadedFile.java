package org.budgetlens.warehouse;

/** What an earlier run recorded about an input file. */
public record LoadedFile(String sourceFile, String sha256, String rulesVersion, String disclosureId, String status) {

    public static final String LOADED = "loaded";
    public static final String REJECTED = "rejected";

    /** Whether a file with this content, under these rules, need not be read again. */
    public boolean unchanged(String sha256, String rulesVersion) {
        return LOADED.equals(status) && this.sha256.equals(sha256) && this.rulesVersion.equals(rulesVersion);
    }
}
