package org.budgetlens.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * "实有人数4人，其中：在职人员4人，较上年无变化；离休人员0人，较上年无变化；退休人员0人，较上年无变化": the change of
 * 实有人数 is not stated, but its parts' changes are. When 在职, 离休 and 退休 are all stated on the line of 实有人数,
 * their counts add up to it and each states its change, the total's change is their sum (origin derived, the
 * formula in the note). With a part missing, or counts that do not add up, nothing is derived.
 */
final class StaffChange {

    private static final List<String> PARTS = List.of("staff_in_service", "staff_retired_li", "staff_retired");

    private StaffChange() {
    }

    static void derive(List<Figure> figures) {
        for (Figure total : List.copyOf(figures)) {
            if (!isCount(total, "staff_actual", "") || find(figures, "staff_actual", "change", total).isPresent()) {
                continue;
            }
            BigDecimal counts = BigDecimal.ZERO;
            BigDecimal changes = BigDecimal.ZERO;
            boolean complete = true;
            for (String part : PARTS) {
                Optional<Figure> count = find(figures, part, "", total);
                Optional<Figure> change = find(figures, part, "change", total);
                if (count.isEmpty() || change.isEmpty()) {
                    complete = false;
                    break;
                }
                counts = counts.add(Numbers.decimal(count.get().value()));
                changes = changes.add(Numbers.decimal(change.get().value()));
            }
            if (complete && counts.compareTo(Numbers.decimal(total.value())) == 0) {
                figures.add(new Figure("org", "staff_actual", total.lineName(), "", "count", "change", "",
                        changes.toPlainString(), total.unit(), "derived", total.section(), total.sourceLine(),
                        "在职 + 离休 + 退休 changes (their counts add up to 实有人数 " + total.value() + ")"));
            }
        }
    }

    private static Optional<Figure> find(List<Figure> figures, String line, String stat, Figure on) {
        return figures.stream().filter(f -> isCount(f, line, stat) && f.sourceLine() == on.sourceLine()).findFirst();
    }

    private static boolean isCount(Figure f, String line, String stat) {
        return f.tableId().equals("org") && f.lineCode().equals(line) && f.measure().equals("count")
                && f.stat().equals(stat) && f.origin().equals("narrative") && !f.value().isEmpty();
    }
}
