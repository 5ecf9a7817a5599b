package org.budgetlens.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.CsvResource;

/**
 * An agency's name in one canonical form, so that the forms one agency publishes under (中国共产党江苏省委员会办公厅 on
 * its 2017 tables, 中共江苏省委办公厅 on its 2019 tables, 江苏省委办公厅 on its narrative) are one name. The rewriting
 * rules are data: {@code identity/name_forms.csv}, applied in order.
 */
public final class NameForms {

    private record Form(Pattern pattern, String replacement) {
    }

    private static final List<Form> FORMS = new ArrayList<>();

    static {
        read("identity/name_forms.csv", (r, line) -> FORMS.add(new Form(Pattern.compile(r.get("pattern")),
                r.get("replacement"))));
    }

    private NameForms() {
    }

    public static String canonical(String name) {
        String s = name.strip();
        for (Form f : FORMS) {
            s = f.pattern().matcher(s).replaceAll(f.replacement());
        }
        return s;
    }

    /** Reads a classpath CSV with a header, row by row (its line number given). */
    static void read(String resource, BiConsumer<CSVRecord, Long> row) {
        for (CSVRecord r : CsvResource.read(resource)) {
            row.accept(r, r.getRecordNumber() + 1);
        }
    }
}
