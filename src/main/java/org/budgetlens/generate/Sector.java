package org.budgetlens.generate;

import java.util.List;

/**
 * A field of government work: its department's names at each level, the function 项 it spends on, how big and how
 * personnel-heavy it is, and the subordinate units it supervises.
 *
 * @param name            the sector as the registry states it (peer groups)
 * @param provinceDept    the department's name at province level (…厅)
 * @param localDept       at city level
 * @param countyDept      at county level
 * @param provinceInitials agency-id initials at province level
 * @param localInitials   agency-id initials at city and county level
 * @param adminRun        the 行政运行 项 of the department
 * @param projects        the 项 its project spending goes to
 * @param fundItems       政府性基金 项 some of its departments spend (empty: none)
 * @param sizeWan         median yearly spending of a county department, 万元
 * @param basicShare      typical share of basic spending in the department's 一般公共预算 spending
 * @param vehicles        typical number of official vehicles of the department
 * @param units           the subordinate units it supervises
 */
public record Sector(String name, String provinceDept, String localDept, String countyDept, String provinceInitials,
        String localInitials, String adminRun, List<String> projects, List<String> fundItems, double sizeWan,
        double basicShare, double vehicles, List<UnitTemplate> units) {

    /** Typical 人员经费 ÷ 基本支出: highest where staff are nearly the whole cost (teachers, police). */
    public double personnelShare() {
        return switch (name) {
            case "教育", "公安" -> 0.91;
            case "财政", "市场监管", "人力资源和社会保障" -> 0.88;
            case "农业农村", "生态环境", "住房城乡建设", "水利" -> 0.83;
            default -> 0.86;
        };
    }

    /** The sectors, in the order agencies are assigned. */
    public static List<Sector> all() {
        return List.of(
            new Sector("教育", "教育厅", "教育局", "教育局", "jyt", "jyj", "2050101",
                    List.of("2050102", "2050199", "2050299", "2050204"), List.of(), 2200, 0.55, 2,
                    List.of(new UnitTemplate("中学", "zx", "事业", "2050203", 900, 24),
                            new UnitTemplate("小学", "xx", "事业", "2050202", 500, 80),
                            new UnitTemplate("幼儿园", "yey", "事业", "2050201", 220, 60))),
            new Sector("卫生健康", "卫生健康委员会", "卫生健康委员会", "卫生健康局", "wsjkw", "wsjkj", "2100101",
                    List.of("2100102", "2100199", "2100408", "2100409", "2100410"), List.of(), 1400, 0.45, 3,
                    List.of(new UnitTemplate("疾病预防控制中心", "jbyfkzzx", "事业", "2100401", 600, 1),
                            new UnitTemplate("妇幼保健院", "fybjy", "事业", "2100403", 800, 1),
                            new UnitTemplate("人民医院", "rmyy", "事业", "2100201", 4000, 1),
                            new UnitTemplate("中心卫生院", "zxwsy", "事业", "2100302", 300, 20))),
            new Sector("医疗保障", "医疗保障局", "医疗保障局", "医疗保障局", "ylbzj", "ylbzj", "2101501",
                    List.of("2101502", "2101504", "2101505", "2101506", "2101599"), List.of(), 600, 0.40, 1,
                    List.of(new UnitTemplate("医疗保障服务中心", "ylbzfwzx", "参公", "2101550", 300, 1))),
            new Sector("公安", "公安厅", "公安局", "公安局", "gat", "gaj", "2040201",
                    List.of("2040202", "2040219", "2040220", "2040221", "2040299"), List.of(), 3000, 0.70, 12,
                    List.of()),
            new Sector("农业农村", "农业农村厅", "农业农村局", "农业农村局", "nynct", "nyncj", "2130101",
                    List.of("2130102", "2130106", "2130108", "2130109", "2130119", "2130122", "2130199", "2130599"),
                    List.of(), 1600, 0.30, 3,
                    List.of(new UnitTemplate("农业技术推广中心", "nyjstgzx", "事业", "2130104", 300, 1),
                            new UnitTemplate("动物疫病预防控制中心", "dwyyyfkzzx", "事业", "2130104", 250, 1),
                            new UnitTemplate("农牧业综合服务站", "nmyzhfwz", "事业", "2130104", 80, 30))),
            new Sector("财政", "财政厅", "财政局", "财政局", "czt", "czj", "2010601",
                    List.of("2010602", "2010607", "2010608", "2010699"), List.of(), 900, 0.60, 2,
                    List.of(new UnitTemplate("国库支付中心", "gkzfzx", "参公", "2010650", 200, 1))),
            new Sector("民政", "民政厅", "民政局", "民政局", "mzt", "mzj", "2080201",
                    List.of("2080202", "2080208", "2080299", "2081001", "2081002"), List.of("2296002"), 1000, 0.35, 2,
                    List.of(new UnitTemplate("社会福利院", "shfly", "事业", "2081005", 300, 1),
                            new UnitTemplate("殡仪馆", "byg", "事业", "2081004", 200, 1))),
            new Sector("人力资源和社会保障", "人力资源和社会保障厅", "人力资源和社会保障局", "人力资源和社会保障局",
                    "rlzyhshbzt", "rlzyhshbzj", "2080101",
                    List.of("2080102", "2080106", "2080199", "2080705", "2080799"), List.of(), 900, 0.45, 2,
                    List.of(new UnitTemplate("社会保险服务中心", "shbxfwzx", "参公", "2080109", 400, 1),
                            new UnitTemplate("就业服务中心", "jyfwzx", "事业", "2080111", 300, 1))),
            new Sector("自然资源", "自然资源厅", "自然资源局", "自然资源局", "zrzyt", "zrzyj", "2200101",
                    List.of("2200102", "2200104", "2200106", "2200199"), List.of("2120801", "2120802"), 1100, 0.40, 3,
                    List.of(new UnitTemplate("不动产登记中心", "bdcdjzx", "事业", "2200150", 200, 1))),
            new Sector("生态环境", "生态环境厅", "生态环境局", "生态环境局", "sthjt", "sthjj", "2110101",
                    List.of("2110102", "2110104", "2110199", "2110301", "2110302", "2110307"), List.of(), 700, 0.40, 2,
                    List.of(new UnitTemplate("生态环境监测站", "sthjjcz", "事业", "2110299", 250, 1))),
            new Sector("住房城乡建设", "住房和城乡建设厅", "住房和城乡建设局", "住房和城乡建设局", "zfhcxjst", "zfhcxjsj",
                    "2120101", List.of("2120102", "2120104", "2120106", "2120199", "2120303", "2120399"),
                    List.of("2120801", "2120804"), 1300, 0.35, 3,
                    List.of(new UnitTemplate("环境卫生管理站", "hjwsglz", "事业", "2120501", 400, 1))),
            new Sector("交通运输", "交通运输厅", "交通运输局", "交通运输局", "jtyst", "jtysj", "2140101",
                    List.of("2140102", "2140104", "2140106", "2140112", "2140199"), List.of(), 1500, 0.35, 3,
                    List.of(new UnitTemplate("公路段", "gld", "事业", "2140106", 600, 10))),
            new Sector("水利", "水利厅", "水利局", "水利局", "slt", "slj", "2130301",
                    List.of("2130302", "2130305", "2130310", "2130314", "2130335", "2130399"), List.of(), 1100, 0.35, 2,
                    List.of(new UnitTemplate("水利管理站", "slglz", "事业", "2130306", 150, 15))),
            new Sector("文化旅游", "文化和旅游厅", "文化和旅游局", "文化和旅游局", "whhlyt", "whhlyj", "2070101",
                    List.of("2070102", "2070108", "2070111", "2070112", "2070199"), List.of("2296003"), 700, 0.45, 2,
                    List.of(new UnitTemplate("图书馆", "tsg", "事业", "2070104", 150, 1),
                            new UnitTemplate("文化馆", "whg", "事业", "2070109", 150, 1))),
            new Sector("市场监管", "市场监督管理局", "市场监督管理局", "市场监督管理局", "scjdglj", "scjdglj", "2013801",
                    List.of("2013802", "2013804", "2013805", "2013812", "2013815", "2013816", "2013899"), List.of(),
                    800, 0.60, 3,
                    List.of(new UnitTemplate("市场监督管理所", "scjdgls", "行政", "2013801", 120, 15))));
    }
}
