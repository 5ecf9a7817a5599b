package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises agency, region, fiscal year and kind from the first lines of a document. */
final class MetaDetector {

    private static final int COVER_LINES = 20;
    private static final int AGENCY_LINES = 120;
    /** A fiscal year, not one a comparison names ("比2021年减少", "较2023年", "与2022年相比"). */
    private static final Pattern YEAR = Pattern.compile("(?<![比较与同和])((?:19|20)\\d{2})年(度)?(?!修订|印发|发布|颁布)");
    /** Words with 预算 / 决算 in them that do not say what the document is (预算法, 预决算公开, 年初预算). */
    private static final Pattern NOT_THE_KIND = Pattern.compile("预决算|预算法|预算管理|年初预算|全年预算|调整预算|[比较]预算|一般公共预算|政府性基金预算|国有资本经营预算|预算数|决算数");
    /** A performance self-evaluation: 自评报告, 自评表 (项目支出绩效自评表), 绩效自评. */
    private static final Pattern PERFORMANCE = Pattern.compile("自评报告|自评表|绩效自评");
    private static final Pattern NOISE = Pattern.compile("^(#+|附件\\d*[:：]?)");

    private MetaDetector() {
    }

    static DocumentMeta detect(SourceText doc, Registry registry) {
        List<String> undecided = new ArrayList<>();
        String year = "";
        int yearLine = 0;
        String kind = "";
        int kindLine = 0;
        StringBuilder title = new StringBuilder();
        List<String> cover = new ArrayList<>();
        int kindIndex = -1;
        int seen = 0;
        for (int i = 1; i <= doc.lineCount() && seen < COVER_LINES; i++) {
            String text = TableTitles.normalize(doc.line(i));
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            if (text.startsWith("目录")) {
                break;
            }
            Matcher y = YEAR.matcher(text);
            if (year.isEmpty() && y.find()) {
                year = y.group(1);
                yearLine = i;
            }
            if (kind.isEmpty()) {
                // "部门决算(含绩效自评报告)": what is in parentheses does not say what the document is
                String words = NOT_THE_KIND.matcher(text.replaceAll("\\([^)]*\\)", "")).replaceAll("");
                // 自评报告 first; a 决算 or 预算 that mentions its 绩效自评表 stays a 决算 or 预算.
                String k = words.contains("自评报告") ? "performance" : words.contains("决算") ? "final"
                        : words.contains("预算") ? "budget" : PERFORMANCE.matcher(words).find() ? "performance" : "";
                if (!k.isEmpty()) {
                    kind = k;
                    kindLine = i;
                }
            }
            cover.add(NOISE.matcher(text).replaceFirst(""));
            if (kindLine == i) {
                kindIndex = cover.size() - 1;
            }
        }
        if (kindIndex >= 0) {
            for (int k = Math.max(0, kindIndex - 2); k <= kindIndex; k++) {
                title.append(cover.get(k));
            }
            if (kindIndex + 1 < cover.size() && cover.get(kindIndex + 1).matches("\\(\\d{4}年度?\\)")) {
                title.append(cover.get(kindIndex + 1));
            }
        }
        if (year.isEmpty()) {
            undecided.add("fiscal year: no \"YYYY年\" on the cover");
        }
        if (kind.isEmpty()) {
            undecided.add("kind: the cover says neither 预算, 决算 nor 自评报告 / 自评表");
        }
        String[] agency = agency(doc, registry, undecided);
        return new DocumentMeta(agency[0], agency[1], agency[2], year, yearLine, kind, kindLine, title.toString(),
                List.copyOf(undecided));
    }

    /** The registry entry whose name or alias is the longest found in the first lines; a tie is undecided. */
    private static String[] agency(SourceText doc, Registry registry, List<String> undecided) {
        if (registry.entries().isEmpty()) {
            undecided.add("agency and region: no registry given (--registry agencies.csv)");
            return new String[] {"", "", ""};
        }
        StringBuilder head = new StringBuilder();
        for (int i = 1; i <= Math.min(doc.lineCount(), AGENCY_LINES); i++) {
            head.append(TableTitles.normalize(doc.line(i))).append('\n');
        }
        String text = head.toString();
        Registry.Entry best = null;
        String bestName = "";
        boolean tie = false;
        for (Registry.Entry e : registry.entries()) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(0, e.name());
            for (String name : names) {
                String n = TableTitles.normalize(name);
                if (n.isEmpty() || !text.contains(n)) {
                    continue;
                }
                if (n.length() > bestName.length()) {
                    best = e;
                    bestName = n;
                    tie = false;
                } else if (n.length() == bestName.length() && best != null && !best.agencyId().equals(e.agencyId())) {
                    tie = true;
                }
            }
        }
        if (best == null) {
            undecided.add("agency and region: no registry name or alias occurs in the first " + AGENCY_LINES
                    + " lines");
            return new String[] {"", "", ""};
        }
        if (tie) {
            undecided.add("agency and region: \"" + bestName + "\" names more than one registry agency");
            return new String[] {"", "", ""};
        }
        return new String[] {best.agencyId(), best.regionCode(), "\"" + bestName + "\""};
    }
}
