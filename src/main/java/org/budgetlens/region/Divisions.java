package org.budgetlens.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The administrative-division table (provinces, prefectures, county-level divisions; 6-digit codes) bundled as
 * {@code /divisions/divisions.csv}, and a resolver from a Chinese agency name to the division it belongs to.
 *
 * <p>The resolver knows no agency or place by name: it walks down the hierarchy matching division names (full names,
 * and names without their administrative suffix) at the start of the agency name, longest first. See
 * {@link #resolve(String, String)}.
 */
public final class Divisions {

    /** Administrative level of a division. */
    public enum Level { PROVINCE, CITY, COUNTY }

    /**
     * One row of the table. {@code valid} is {@code current} or {@code retired:<year>} (first statistics snapshot
     * year without the code); {@code successor} is the current code that took over a retired one, or empty.
     */
    public record Division(String code, String name, Level level, String parentCode, String valid,
            String successor) {
        public boolean current() {
            return "current".equals(valid);
        }
    }

    /**
     * A resolved agency name. Names of levels the division does not have are null (a municipality's district has no
     * city). {@code matchedText} is the part of the (normalized) agency name that named the division.
     */
    public record Resolved(String code, String provinceName, String cityName, String countyName, Level level,
            String matchedText) {
    }

    public static final String RESOURCE = "/divisions/divisions.csv";

    /** Party and front organisations whose names precede the region: 中共江苏省委, 中国人民政治协商会议江苏省委员会. */
    private static final List<String> LEADING_ORGANS = List.of("中国人民政治协商会议", "中国共产党", "中共", "共青团");

    /** Administrative suffixes, longest first; the 自治 ones are followed by the names of the peoples. */
    private static final List<String> SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "地区",
            "林区", "特区", "省", "市", "区", "县", "旗", "盟");

    /** The 56 peoples, to take "壮族", "维吾尔", "土家族苗族" off names of autonomous divisions. */
    private static final List<String> PEOPLES = sortedLongestFirst(List.of("汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝",
            "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜",
            "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌",
            "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲",
            "门巴", "珞巴", "基诺"));

    /**
     * Characters that end the name of an organ (公安厅, 财政局, 省委): a short name followed by one of them is the start
     * of an organ's name, not a place (湖北省公安厅 is not 公安县).
     */
    private static final String ORGAN_CHARS = "厅局委部办院处署所站队会";

    private static final class Holder {
        static final Divisions INSTANCE = load();
    }

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> children = new HashMap<>();
    private final Map<String, List<Alias>> aliases = new HashMap<>();
    private int longestAlias;

    private record Alias(Division division, boolean shortName) {
    }

    private record Match(Division division, int length, boolean restatement) {
    }

    private static final Match AMBIGUOUS = new Match(null, 0, false);

    private Divisions(List<Division> rows) {
        Map<String, Division> map = new LinkedHashMap<>();
        for (Division d : rows) {
            map.putIfAbsent(d.code(), d);
        }
        this.byCode = Collections.unmodifiableMap(map);
        for (Division d : map.values()) {
            if (!d.parentCode().isEmpty()) {
                children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
            }
            addAlias(d.name(), new Alias(d, false));
            for (String s : shortNames(d.name())) {
                addAlias(s, new Alias(d, true));
            }
        }
    }

    /** The bundled table, loaded once. */
    public static Divisions get() {
        return Holder.INSTANCE;
    }

    private static Divisions load() {
        try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Divisions parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.replace("\uFEFF", "").startsWith("code,name,level,parent_code,valid")) {
            throw new IllegalStateException("unexpected header in " + RESOURCE + ": " + header);
        }
        List<Division> rows = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null;) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            rows.add(new Division(f[0], f[1], Level.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)), f[3], f[4],
                    f.length > 5 ? f[5] : ""));
        }
        return new Divisions(rows);
    }

    private void addAlias(String text, Alias alias) {
        aliases.computeIfAbsent(text, k -> new ArrayList<>()).add(alias);
        longestAlias = Math.max(longestAlias, text.length());
    }

    // ---------------------------------------------------------------- table

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** All rows, current and retired, in code order. */
    public List<Division> all() {
        return List.copyOf(byCode.values());
    }

    /** Current divisions whose parent is {@code code} ("" for none). */
    public List<Division> children(String code) {
        return children.getOrDefault(code, List.of()).stream().filter(Division::current).toList();
    }

    /** All divisions, current and retired, whose parent is {@code code}. */
    public List<Division> childrenIncludingRetired(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    public Optional<Division> parent(Division d) {
        return byCode(d.parentCode());
    }

    private boolean isStrictAncestor(Division ancestor, Division d) {
        for (Division p = byCode.get(d.parentCode()); p != null; p = byCode.get(p.parentCode())) {
            if (p.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- resolving

    /** {@link #resolve(String, String)} without context: ambiguous names resolve to nothing. */
    public Optional<Resolved> resolve(String agencyName) {
        return resolve(agencyName, null);
    }

    /**
     * The division named at the start of {@code agencyName}. Names are matched longest first, walking down from the
     * province: full names, and names without their suffix (江苏, 新疆, 乌鲁木齐) where that is unambiguous; at the top
     * a county is only found by its full name. A division named in parentheses (a development zone named with its
     * host district) is looked for within the division found so far. When a name fits several divisions,
     * {@code contextText} (another name, the document's first page) decides if it names the parent of exactly one;
     * otherwise the walk stops there, and an agency name whose first division is ambiguous resolves to nothing.
     */
    public Optional<Resolved> resolve(String agencyName, String contextText) {
        if (agencyName == null) {
            return Optional.empty();
        }
        String s = normalize(agencyName);
        int start = 0;
        for (boolean stripped = true; stripped;) {
            stripped = false;
            for (String organ : LEADING_ORGANS) {
                if (s.startsWith(organ, start)) {
                    start += organ.length();
                    stripped = true;
                }
            }
        }
        Mentions mentioned = new Mentions(contextText); // read only when a name is shared by several divisions
        int[] span = { -1, -1 };
        Division found = walk(s, start, s.length(), null, mentioned, span);
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(describe(found, s.substring(span[0], span[1])));
    }

    /** Walks s[from, to) down from {@code current}; returns the deepest division found (or current). */
    private Division walk(String s, int from, int to, Division current, Mentions mentioned, int[] span) {
        int pos = from;
        while (pos < to) {
            char c = s.charAt(pos);
            if (c == '(') {
                int close = closing(s, pos, to);
                int[] inner = { -1, -1 };
                Division d = walk(s, pos + 1, close, current, mentioned, inner);
                if (d != null && d != current && (current == null || isStrictAncestor(current, d))) {
                    current = d;
                    if (span[0] < 0) {
                        span[0] = pos;
                    }
                    span[1] = Math.min(close + 1, to);
                }
                pos = close + 1;
                continue;
            }
            Match m = matchAt(s, pos, to, current, mentioned);
            if (m == AMBIGUOUS) {
                break;
            }
            if (m != null) {
                if (span[0] < 0) {
                    span[0] = pos;
                }
                pos += m.length();
                span[1] = pos;
                if (!m.restatement()) {
                    current = m.division();
                }
                continue;
            }
            if (current == null) {
                break; // nothing named at the start
            }
            int next = s.indexOf('(', pos);
            if (next < 0 || next >= to) {
                break;
            }
            pos = next;
        }
        return current;
    }

    private static int closing(String s, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return to;
    }

    /** The longest division name at s[pos]: null if none, AMBIGUOUS if it fits several and context does not decide. */
    private Match matchAt(String s, int pos, int to, Division current, Mentions mentioned) {
        for (int len = Math.min(longestAlias, to - pos); len >= 2; len--) {
            List<Alias> hits = aliases.get(s.substring(pos, pos + len));
            if (hits == null) {
                continue;
            }
            char next = pos + len < to ? s.charAt(pos + len) : 0;
            List<Division> below = new ArrayList<>();
            boolean restates = false;
            for (Alias a : hits) {
                if (a.shortName() && next != 0 && ORGAN_CHARS.indexOf(next) >= 0) {
                    continue;
                }
                Division d = a.division();
                if (current == null) {
                    if (d.level() != Level.COUNTY || !a.shortName()) {
                        below.add(d);
                    }
                } else if (isStrictAncestor(current, d)) {
                    below.add(d);
                } else if (d == current || isStrictAncestor(d, current)) {
                    restates = true;
                }
            }
            if (!below.isEmpty()) {
                Division pick = pick(below, mentioned);
                return pick == null ? AMBIGUOUS : new Match(pick, len, false);
            }
            if (restates) {
                return new Match(current, len, true);
            }
        }
        return null;
    }

    /** Of divisions sharing a name: the highest level, current before retired, then the one context places. */
    private Division pick(List<Division> candidates, Mentions mentioned) {
        Level top = candidates.stream().map(Division::level).min(Comparator.naturalOrder()).orElseThrow();
        List<Division> c = candidates.stream().filter(d -> d.level() == top).distinct().toList();
        if (c.size() > 1 && c.stream().anyMatch(Division::current)) {
            c = c.stream().filter(Division::current).toList();
        }
        if (c.size() == 1) {
            return c.get(0);
        }
        Division best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Division d : c) {
            int score = 0;
            for (Division p = byCode.get(d.parentCode()); p != null; p = byCode.get(p.parentCode())) {
                if (mentioned.contains(p)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return bestScore > 0 && !tie ? best : null;
    }

    /** The divisions a context text names, found the first time they are asked for (most names need none). */
    private final class Mentions {

        private final String text;
        private Set<Division> found;

        Mentions(String text) {
            this.text = text;
        }

        boolean contains(Division d) {
            if (found == null) {
                found = text == null ? Set.of() : mentions(normalize(text));
            }
            return found.contains(d);
        }
    }

    /** Divisions named anywhere in a context text: full names, and provinces' short names. */
    private Set<Division> mentions(String text) {
        Set<Division> out = new LinkedHashSet<>();
        int pos = 0;
        while (pos < text.length()) {
            int step = 1;
            for (int len = Math.min(longestAlias, text.length() - pos); len >= 2; len--) {
                List<Alias> hits = aliases.get(text.substring(pos, pos + len));
                if (hits == null) {
                    continue;
                }
                boolean any = false;
                for (Alias a : hits) {
                    if (!a.shortName() || a.division().level() == Level.PROVINCE) {
                        out.add(a.division());
                        any = true;
                    }
                }
                if (any) {
                    step = len;
                    break;
                }
            }
            pos += step;
        }
        return out;
    }

    private Resolved describe(Division d, String matched) {
        String province = null;
        String city = null;
        String county = null;
        for (Division x = d; x != null; x = byCode.get(x.parentCode())) {
            switch (x.level()) {
                case PROVINCE -> province = x.name();
                case CITY -> city = x.name();
                case COUNTY -> county = x.name();
            }
        }
        return new Resolved(d.code(), province, city, county, d.level(), matched);
    }

    /** Full-width parentheses to ASCII, whitespace (ASCII, ideographic, no-break) removed. */
    static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '（') {
                b.append('(');
            } else if (c == '）') {
                b.append(')');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A division's names without its administrative suffix (and, for autonomous ones, its peoples), if 2+ chars. */
    static Set<String> shortNames(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String suffix : SUFFIXES) {
            if (!name.endsWith(suffix)) {
                continue;
            }
            String base = name.substring(0, name.length() - suffix.length());
            if (suffix.startsWith("自治")) {
                base = withoutPeoples(base);
            }
            if (base.length() >= 2) {
                out.add(base);
            }
            break;
        }
        return out;
    }

    private static String withoutPeoples(String base) {
        for (boolean changed = true; changed;) {
            changed = false;
            for (String p : PEOPLES) {
                for (String form : List.of(p + "族", p)) {
                    if (form.length() < 2 || !base.endsWith(form) || base.length() - form.length() < 2) {
                        continue;
                    }
                    base = base.substring(0, base.length() - form.length());
                    changed = true;
                    break;
                }
                if (changed) {
                    break;
                }
            }
        }
        return base;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> l = new ArrayList<>(words);
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
