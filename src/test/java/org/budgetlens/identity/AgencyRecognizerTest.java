package org.budgetlens.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An agency's region, level, sector, scope and id from its published name, with no registry. */
class AgencyRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "西宁市城中区医疗保障局|630103|county|医疗保障|西宁市|城中区",
        "乌鲁木齐高新技术产业开发区(新市区)医疗保障局|650104|county|医疗保障|乌鲁木齐市|新市区",
        "乌鲁木齐高新技术产业开发区（乌鲁木齐市新市区）医疗保障局|650104|county|医疗保障|乌鲁木齐市|新市区",
        "江苏省人民检察院|320000|province|检察|''|''",
        "上海市普陀区人民政府万里街道办事处|310107|county|街道|上海市|普陀区",
        "上海市财政局|310000|province|财政|''|''",
        "江苏省高级人民法院|320000|province|法院|''|''",
        "江苏省人大常委会办公厅|320000|province|人大|''|''",
        "中共江苏省委办公厅|320000|province|党委办公|''|''"})
    void regionLevelAndSectorFromTheName(String name, String code, String level, String sector, String city,
            String county) {
        AgencyIdentity a = AgencyRecognizer.recognize(name, "test", "", "部门");
        assertThat(a.regionCode()).isEqualTo(code);
        assertThat(a.level()).isEqualTo(level);
        assertThat(a.sector()).isEqualTo(sector);
        assertThat(a.city()).isEqualTo(city);
        assertThat(a.county()).isEqualTo(county);
        assertThat(a.agencyId()).startsWith(code + "-").matches("[a-z0-9][a-z0-9-]{2,63}");
        assertThat(a.undecided()).isEmpty();
    }

    @Test
    void theFormsOneAgencyPublishesUnderGetOneId() {
        String a = AgencyRecognizer.recognize("中国共产党江苏省委员会办公厅", "", "", "部门").agencyId();
        String b = AgencyRecognizer.recognize("中共江苏省委办公厅", "", "", "部门").agencyId();
        String c = AgencyRecognizer.recognize("江苏省委办公厅", "", "", "").agencyId();
        String d = AgencyRecognizer.recognize("中国人民政治协商会议江苏省委员会办公厅", "", "", "").agencyId();
        String e = AgencyRecognizer.recognize("江苏省政协办公厅", "", "", "").agencyId();
        assertThat(a).isEqualTo(b).isEqualTo(c).isNotEqualTo(d);
        assertThat(d).isEqualTo(e);
    }

    @Test
    void theIdDependsOnRegionAndNameOnly() {
        AgencyIdentity first = AgencyRecognizer.recognize("西宁市城中区医疗保障局", "line 2", "封面", "部门");
        AgencyIdentity again = AgencyRecognizer.recognize("西宁市 城中区 医疗保障局", "p. 3", "", "单位");
        assertThat(again.agencyId()).isEqualTo(first.agencyId());
        assertThat(AgencyRecognizer.recognize("西宁市城中区财政局", "", "", "").agencyId())
                .isNotEqualTo(first.agencyId());
    }

    @Test
    void scopeFromTheDisclosuresWordOrTheNamesMark() {
        assertThat(AgencyRecognizer.recognize("上海市普陀区社会福利院", "", "", "单位").scope()).isEqualTo("本级");
        assertThat(AgencyRecognizer.recognize("上海市普陀区民政局", "", "上海市", "部门").scope()).isEqualTo("汇总");
        AgencyIdentity marked = AgencyRecognizer.recognize("乌鲁木齐市医疗保障局（汇总）", "", "", "");
        assertThat(marked.scope()).isEqualTo("汇总");
        assertThat(marked.canonicalName()).isEqualTo("乌鲁木齐市医疗保障局");
        assertThat(AgencyRecognizer.recognize("西宁市城中区医疗保障局", "", "", "本级").scope()).isEqualTo("本级");
    }

    @Test
    void aNameWithNoDivisionKeepsItsRegionUnknownAndSaysSo() {
        AgencyIdentity a = AgencyRecognizer.recognize("医疗保障局", "line 9", "", "");
        assertThat(a.regionCode()).isEmpty();
        assertThat(a.level()).isEqualTo("unknown");
        assertThat(a.agencyId()).startsWith("x-");
        assertThat(a.undecided()).anyMatch(u -> u.startsWith("region:"));
    }
}
