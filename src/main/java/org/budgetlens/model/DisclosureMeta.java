package org.budgetlens.model;

import java.time.LocalDate;

/** The front matter of a normalized disclosure file. */
public record DisclosureMeta(DisclosureKey key, String title, String sourceDoc, LocalDate published, String note) {
}
