package org.budgetlens.ingest;

import java.util.List;

import org.budgetlens.model.Agency;
import org.budgetlens.model.Rejection;

/** An agency registry file after validation. read = loaded + rejected holds for its records. */
public record ParsedRegistry(String sourceFile, String sha256, List<Agency> agencies, List<Rejection> rejections,
        long recordsRead) {

    public long recordsRejected() {
        return rejections.stream().filter(r -> r.record() != null).count();
    }
}
