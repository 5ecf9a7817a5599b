package org.budgetlens.model;

import java.util.Arrays;
import java.util.Optional;

/** What a disclosure is: a budget (预算), a final account (决算) or a stand-alone performance self-evaluation (绩效自评). */
public enum Kind {
    BUDGET("budget", "预算"),
    FINAL("final", "决算"),
    PERFORMANCE("performance", "绩效自评");

    private final String id;
    private final String nameZh;

    Kind(String id, String nameZh) {
        this.id = id;
        this.nameZh = nameZh;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public static Optional<Kind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
