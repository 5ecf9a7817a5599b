package org.budgetlens.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sector of an agency from the words of its name (医疗保障局 → 医疗保障, 人民检察院 → 检察, 街道办事处 → 街道), the
 * peer group the metrics compare it in. The vocabulary is data: {@code identity/sectors.csv}, the first pattern found
 * in the name wins.
 */
public final class Sectors {

    private record Sector(Pattern pattern, String sector) {
    }

    private static final List<Sector> ALL = new ArrayList<>();

    static {
        NameForms.read("identity/sectors.csv", (r, line) -> ALL.add(new Sector(Pattern.compile(r.get("pattern")),
                r.get("sector"))));
    }

    private Sectors() {
    }

    /** The sector the name shows, and the words that show it. */
    public static Optional<String[]> of(String name) {
        for (Sector s : ALL) {
            java.util.regex.Matcher m = s.pattern().matcher(name);
            if (m.find()) {
                return Optional.of(new String[] {s.sector(), m.group()});
            }
        }
        return Optional.empty();
    }
}
