package org.budgetlens.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a figure comes from in the original document. */
public enum Origin {
    /** A table cell. */
    TABLE("table"),
    /** A figure stated in the narrative text. */
    NARRATIVE("narrative"),
    /** Computed by the normalizer from published figures; the note gives the formula. */
    DERIVED("derived");

    private final String id;

    Origin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    private static final java.util.Map<String, Origin> BY_ID =
            Arrays.stream(values()).collect(java.util.stream.Collectors.toUnmodifiableMap(Origin::id, v -> v));

    public static Optional<Origin> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
