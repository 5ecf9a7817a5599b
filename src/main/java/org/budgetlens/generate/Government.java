package org.budgetlens.generate;

/**
 * A government whose departments publish disclosures: the province, a prefecture or a county, with its GB/T 2260
 * code, the names the registry needs and the folder names of the output.
 *
 * @param code       6-digit GB/T 2260 code
 * @param level      province, city or county (the registry's admin_level)
 * @param province   province name
 * @param city       prefecture name (blank for the province)
 * @param county     county-level name (blank above the county level)
 * @param prefix     what agency names start with (e.g. 西宁市城东区, 大通回族土族自治县)
 * @param cityFolder the output folder of its prefecture (pinyin; the province's own for the province)
 */
public record Government(String code, String level, String province, String city, String county, String prefix,
        String cityFolder) {

    public boolean isProvince() {
        return "province".equals(level);
    }

    public boolean isCounty() {
        return "county".equals(level);
    }
}
