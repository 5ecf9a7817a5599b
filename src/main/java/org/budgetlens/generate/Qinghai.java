package org.budgetlens.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * 青海省 and its prefecture- and county-level divisions with their GB/T 2260 codes (the 2023 list: 8 prefectures,
 * 44 county-level divisions, including 湟中区 since 2019, 同仁市 since 2020 and 茫崖市 since 2018).
 */
public final class Qinghai {

    public static final String PROVINCE = "青海省";
    public static final String FOLDER = "qinghai";

    private Qinghai() {
    }

    /** The province, then each prefecture followed by its counties, in code order. */
    public static List<Government> governments() {
        List<Government> all = new ArrayList<>();
        all.add(new Government("630000", "province", PROVINCE, "", "", PROVINCE, "province"));
        city(all, "630100", "西宁市", "xining", true,
                "630102", "城东区", "630103", "城中区", "630104", "城西区", "630105", "城北区", "630106", "湟中区",
                "630121", "大通回族土族自治县", "630123", "湟源县");
        city(all, "630200", "海东市", "haidong", true,
                "630202", "乐都区", "630203", "平安区", "630222", "民和回族土族自治县", "630223", "互助土族自治县",
                "630224", "化隆回族自治县", "630225", "循化撒拉族自治县");
        city(all, "632200", "海北藏族自治州", "haibei", false,
                "632221", "门源回族自治县", "632222", "祁连县", "632223", "海晏县", "632224", "刚察县");
        city(all, "632300", "黄南藏族自治州", "huangnan", false,
                "632301", "同仁市", "632322", "尖扎县", "632323", "泽库县", "632324", "河南蒙古族自治县");
        city(all, "632500", "海南藏族自治州", "hainan", false,
                "632521", "共和县", "632522", "同德县", "632523", "贵德县", "632524", "兴海县", "632525", "贵南县");
        city(all, "632600", "果洛藏族自治州", "guoluo", false,
                "632621", "玛沁县", "632622", "班玛县", "632623", "甘德县", "632624", "达日县", "632625", "久治县",
                "632626", "玛多县");
        city(all, "632700", "玉树藏族自治州", "yushu", false,
                "632701", "玉树市", "632722", "杂多县", "632723", "称多县", "632724", "治多县", "632725", "囊谦县",
                "632726", "曲麻莱县");
        city(all, "632800", "海西蒙古族藏族自治州", "haixi", false,
                "632801", "格尔木市", "632802", "德令哈市", "632803", "茫崖市", "632821", "乌兰县", "632822", "都兰县",
                "632823", "天峻县");
        return List.copyOf(all);
    }

    /** Adds a prefecture and its counties; district names (…区) are prefixed by the city, as they are ambiguous. */
    private static void city(List<Government> all, String code, String name, String folder, boolean hasDistricts,
            String... counties) {
        all.add(new Government(code, "city", PROVINCE, name, "", name, folder));
        for (int i = 0; i < counties.length; i += 2) {
            String county = counties[i + 1];
            String prefix = hasDistricts && county.endsWith("区") ? name + county : county;
            all.add(new Government(counties[i], "county", PROVINCE, name, county, prefix, folder));
        }
    }
}
