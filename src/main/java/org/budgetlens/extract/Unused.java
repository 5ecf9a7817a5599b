package org.budgetlens.extract;

/** A line or cell that looked like a figure but was not extracted, and why. */
public record Unused(int line, String text, String reason) {
}
