package org.budgetlens.ingest;

import java.util.List;

import org.budgetlens.model.Agency;
import org.budgetlens.model.Rejection;

/** An agency registry file after validation. read = loaded + rejected holds for its records. */
public record ParsedRegistry(String sourceFile, String sha256, List<Agency> agencies, List<Rejection> rejections,
        long recordsRead, boolean unchanged) {

    public ParsedRegistry(String sourceFile, String sha256, List<Agency> agencies, List<Rejection> rejections,
            long recordsRead) {
        this(sourceFile, sha256, agencies, rejections, recordsRead, false);
    }

    /** A registry already loaded with the same content under the same rules: nothing to do. */
    static ParsedRegistry unchanged(String sourceFile, String sha256) {
        return new ParsedRegistry(sourceFile, sha256, List.of(), List.of(), 0, true);
    }

    public long recordsRejected() {
        return rejections.stream().filter(r -> r.record() != null).count();
    }
}
