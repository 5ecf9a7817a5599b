package org.budgetlens.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.budgetlens.region.Divisions;

/**
 * Decides an agency's identity from the name a document publishes it under: region from the division names the name
 * starts with (the context, such as the document's cover, settles a name several divisions share), level from the
 * region's code, sector from the name's words, scope from the disclosure's own word (部门 or 单位), id from region and
 * canonical name ({@link AgencyIds}). What cannot be decided is said, never guessed: a name with no division in it
 * keeps its region blank and level {@code unknown}.
 */
public final class AgencyRecognizer {

    /** The sector of an agency whose name shows none: reported among the undecided. */
    public static final String UNKNOWN_SECTOR = "未定";

    /** "(汇总)" or "（本级）" after a name: the scope, not part of the name. */
    private static final java.util.regex.Pattern SCOPE_MARK = java.util.regex.Pattern.compile("[(（](汇总|本级)[)）]");

    private AgencyRecognizer() {
    }

    /**
     * @param name the agency's name as published
     * @param nameEvidence where the name was read ("line 2: 部门：…")
     * @param context text around it that may name a parent division (the cover, the first paragraphs, the folder)
     * @param scopeWord "部门" or "单位" as the document calls itself, or "" when it does not say
     */
    public static AgencyIdentity recognize(String name, String nameEvidence, String context, String scopeWord) {
        String canonical = NameForms.canonical(name);
        List<String> evidence = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        evidence.add("name: " + nameEvidence);
        Optional<Divisions.Resolved> region = Divisions.get().resolve(canonical, context);
        String code = "";
        String province = "";
        String city = "";
        String county = "";
        String level = "unknown";
        String regionText = "";
        if (region.isPresent()) {
            Divisions.Resolved r = region.get();
            code = r.code();
            province = nz(r.provinceName());
            county = nz(r.countyName());
            // a municipality's district (上海市普陀区) has no prefecture: the municipality stands in for it
            city = r.cityName() != null ? r.cityName() : r.level() == Divisions.Level.PROVINCE ? "" : province;
            level = r.level().name().toLowerCase(java.util.Locale.ROOT);
            regionText = r.matchedText() == null ? "" : r.matchedText();
            evidence.add("region " + code + ": \"" + regionText + "\" in the name");
        } else {
            undecided.add("region: no administrative division is named in \"" + canonical + "\" (loaded with the "
                    + "region unknown; add the agency to an agencies.csv to place it)");
        }
        String sector = UNKNOWN_SECTOR;
        Optional<String[]> s = Sectors.of(canonical);
        if (s.isPresent()) {
            sector = s.get()[0];
            evidence.add("sector " + sector + ": \"" + s.get()[1] + "\" in the name");
        } else {
            undecided.add("sector: the name shows none of the sectors of identity/sectors.csv");
        }
        String marked = SCOPE_MARK.matcher(name).find() ? (name.contains("本级") ? "本级" : "汇总") : "";
        String scope = !marked.isEmpty() ? marked : scopeWord.equals("本级") || scopeWord.equals("单位") ? "本级"
                : "汇总";
        evidence.add("scope " + scope + ": " + (!marked.isEmpty() ? "the name says (" + marked + ")"
                : scopeWord.equals("本级") || scopeWord.equals("汇总") ? "the document names the units it covers"
                : scopeWord.isEmpty() ? "the document does not say 部门 or 单位 (a department's disclosure is taken as 汇总)"
                : "a " + scopeWord + " disclosure"));
        String id = AgencyIds.of(code, canonical, canonicalRegionText(canonical, regionText));
        return new AgencyIdentity(name, canonical, id, code, province, city, county, level, scope, sector,
                List.copyOf(evidence), List.copyOf(undecided));
    }

    private static String canonicalRegionText(String canonical, String regionText) {
        return canonical.startsWith(regionText) ? regionText : "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
