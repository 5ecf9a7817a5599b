package org.budgetlens.extract;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetlens.identity.AgencyIdentity;
import org.budgetlens.identity.AgencyRecognizer;

/**
 * Recognises agency, region, fiscal year and kind from a document: the year and kind from its cover (the year, failing
 * that, from a table title, and only as a last clue from the file name), the agency from the registry when one is given
 * and names it, else from the document itself ({@link AgencyNameFinder}, {@link AgencyRecognizer}).
 */
final class MetaDetector {

    private static final int COVER_LINES = 20;
    private static final int AGENCY_LINES = 120;
    /** A fiscal year, not one a comparison names ("比2021年减少", "较2023年", "与2022年相比"). */
    private static final Pattern YEAR = Pattern.compile("(?<![比较与同和])((?:19|20)\\d{2})年(度)?(?!修订|印发|发布|颁布)");
    /** Words with 预算 / 决算 in them that do not say what the document is (预算法, 预决算公开, 年初预算). */
    private static final Pattern NOT_THE_KIND = Pattern.compile("预决算|预算法|预算管理|年初预算|全年预算|调整预算|[比较]预算|一般公共预算|政府性基金预算|国有资本经营预算|预算数|决算数");
    /** A performance self-evaluation: 自评报告, 自评表 (项目支出绩效自评表), 绩效自评. */
    private static final Pattern PERFORMANCE = Pattern.compile("自评报告|自评表|绩效自评");
    private static final Pattern TITLE_YEAR = Pattern.compile("^((?:19|20)\\d{2})年");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
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
        String yearEvidence = yearLine > 0 ? "line " + yearLine : "";
        if (year.isEmpty()) {
            String[] fallback = yearElsewhere(doc);
            if (fallback != null) {
                year = fallback[0];
                yearEvidence = fallback[1];
                undecided.removeIf(u -> u.startsWith("fiscal year:"));
            }
        }
        if (kind.isEmpty()) {
            String[] fallback = kindElsewhere(doc);
            if (fallback != null) {
                kind = fallback[0];
                kindLine = Integer.parseInt(fallback[1]); // 0: from the file name
                undecided.removeIf(u -> u.startsWith("kind:"));
            }
        }
        String[] agency = registry.entries().isEmpty() ? null : agency(doc, registry, new ArrayList<>());
        AgencyIdentity identity = null;
        if (agency == null || agency[0].isEmpty()) {
            Optional<AgencyNameFinder.Found> found = AgencyNameFinder.find(doc);
            if (found.isPresent()) {
                AgencyNameFinder.Found f = found.get();
                identity = AgencyRecognizer.recognize(f.name(), f.evidence(), context(doc), f.scopeWord());
                agency = new String[] {identity.agencyId(), identity.regionCode(), "\"" + f.name() + "\", "
                        + f.evidence() + " (recognised, no registry entry)"};
            } else {
                undecided.add("agency: no 部门／单位 line above the tables, no title naming it, no folder name"
                        + (registry.entries().isEmpty() ? "" : ", and no registry name or alias in the first "
                                + AGENCY_LINES + " lines"));
                agency = new String[] {"", "", ""};
            }
        }
        return new DocumentMeta(agency[0], agency[1], agency[2], year, yearLine, kind, kindLine, title.toString(),
                List.copyOf(undecided), identity, yearEvidence);
    }

    /** A year not on the cover: from a table title ("2019年政府采购预算表"), else, as a last clue, the file name. */
    private static String[] yearElsewhere(SourceText doc) {
        for (int i = 1; i <= doc.lineCount(); i++) {
            String line = doc.line(i);
            if (TableTitles.match(line).isPresent()) {
                Matcher y = TITLE_YEAR.matcher(TableTitles.normalize(line));
                if (y.find()) {
                    return new String[] {y.group(1), "line " + i + " (a table title)"};
                }
            }
        }
        if (doc.path() != null && doc.path().getFileName() != null) {
            Matcher f = FILE_YEAR.matcher(doc.path().getFileName().toString());
            if (f.find()) {
                return new String[] {f.group(1), "the file name (no year in the document's title)"};
            }
        }
        return null;
    }

    /**
     * A kind not on the cover: from the table titles (收支预算总表 is a 预算's, 收入支出决算总表 a 决算's: the kind all
     * of them agree on), else, as a last clue, the file name (2019-部门预算-说明.pdf).
     */
    private static String[] kindElsewhere(SourceText doc) {
        String kind = "";
        int line = 0;
        for (int i = 1; i <= doc.lineCount(); i++) {
            String t = TableTitles.normalize(doc.line(i));
            if (TableTitles.match(doc.line(i)).isEmpty()) {
                continue;
            }
            String k = t.contains("决算") ? "final" : t.contains("预算") ? "budget" : "";
            if (!k.isEmpty() && !kind.isEmpty() && !k.equals(kind)) {
                return null; // the titles disagree: undecided
            }
            if (!k.isEmpty() && kind.isEmpty()) {
                kind = k;
                line = i;
            }
        }
        if (!kind.isEmpty()) {
            return new String[] {kind, Integer.toString(line)};
        }
        String name = doc.path() == null || doc.path().getFileName() == null ? ""
                : doc.path().getFileName().toString();
        String k = name.contains("决算") ? "final" : name.contains("预算") ? "budget" : "";
        return k.isEmpty() ? null : new String[] {k, "0"};
    }

    /** The cover and first paragraphs, and the folders the file is in: where a parent division may be named. */
    private static String context(SourceText doc) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= Math.min(doc.lineCount(), AGENCY_LINES); i++) {
            b.append(doc.line(i)).append('\n');
        }
        Path p = doc.path() == null ? null : doc.path().toAbsolutePath().getParent();
        for (int k = 0; k < 3 && p != null && p.getFileName() != null; k++, p = p.getParent()) {
            b.append(p.getFileName()).append('\n');
        }
        return b.toString();
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
