package org.budgetlens.model;

/** A record that was not loaded: where it is, why, and its text as read. */
public record Rejection(String sourceFile, long fileLine, String disclosureId, String reason, String record) {
}
