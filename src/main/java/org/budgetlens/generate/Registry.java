package org.budgetlens.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The agencies of the synthetic province, in a fixed order: first every department of every government (sectors
 * rotated so that a small registry already spans levels and sectors), then the subordinate units, one round per
 * unit number. {@link #first(int)} takes the first N.
 */
public final class Registry {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final double PROVINCE_FACTOR = 4.0;
    private static final double CITY_FACTOR = 2.0;

    private Registry() {
    }

    /** How many agencies the province has at most. */
    public static int capacity() {
        return all().size();
    }

    /** The first n agencies; n must not exceed {@link #capacity()}. */
    public static List<Agency> first(int n) {
        List<Agency> all = all();
        if (n < 1 || n > all.size()) {
            throw new IllegalArgumentException("agencies must be between 1 and " + all.size() + " (got " + n + ")");
        }
        return all.subList(0, n);
    }

    private static List<Agency> all() {
        List<Government> govs = Qinghai.governments();
        List<Sector> sectors = Sector.all();
        List<Agency> out = new ArrayList<>();
        for (int s = 0; s < sectors.size(); s++) {
            for (int g = 0; g < govs.size(); g++) {
                Government gov = govs.get(g);
                out.add(department(out.size(), gov, sectors.get((s + g) % sectors.size())));
            }
        }
        int maxUnits = sectors.stream().mapToInt(x -> unitSlots(x).size()).max().orElse(0);
        for (int k = 0; k < maxUnits; k++) {
            for (int g = 0; g < govs.size(); g++) {
                for (int s = 0; s < sectors.size(); s++) {
                    Sector sector = sectors.get((s + g) % sectors.size());
                    List<UnitSlot> slots = unitSlots(sector);
                    if (k < slots.size()) {
                        out.add(unit(out.size(), govs.get(g), sector, slots.get(k)));
                    }
                }
            }
        }
        return out;
    }

    private record UnitSlot(UnitTemplate template, int number) {
    }

    /** The sector's units in order: the single ones, then the numbered ones interleaved (中学1, 小学1, 中学2 …). */
    private static List<UnitSlot> unitSlots(Sector sector) {
        List<UnitSlot> slots = new ArrayList<>();
        int most = 0;
        for (UnitTemplate t : sector.units()) {
            if (!t.numbered()) {
                slots.add(new UnitSlot(t, 0));
            }
            most = Math.max(most, t.count());
        }
        for (int n = 1; n <= most; n++) {
            for (UnitTemplate t : sector.units()) {
                if (t.numbered() && n <= t.count()) {
                    slots.add(new UnitSlot(t, n));
                }
            }
        }
        return slots;
    }

    private static Agency department(int index, Government gov, Sector sector) {
        String dept = gov.isProvince() ? sector.provinceDept() : gov.isCounty() ? sector.countyDept()
                : sector.localDept();
        String initials = gov.isProvince() ? sector.provinceInitials() : sector.localInitials();
        return new Agency(index, gov.code() + "-" + initials, gov.prefix() + dept, gov, sector, null, "行政", "",
                sector.adminRun(), sector.sizeWan() * levelFactor(gov));
    }

    private static Agency unit(int index, Government gov, Sector sector, UnitSlot slot) {
        UnitTemplate t = slot.template();
        String number = slot.number() == 0 ? "" : "第" + chinese(slot.number());
        String initials = gov.isProvince() ? sector.provinceInitials() : sector.localInitials();
        return new Agency(index, gov.code() + "-" + t.initials() + (slot.number() == 0 ? "" : slot.number()),
                gov.prefix() + number + t.name(), gov, sector, t, t.unitType(), gov.code() + "-" + initials,
                t.runCode(), t.sizeWan() * levelFactor(gov));
    }

    private static double levelFactor(Government gov) {
        return gov.isProvince() ? PROVINCE_FACTOR : gov.isCounty() ? 1.0 : CITY_FACTOR;
    }

    /** 1 to 99 in Chinese numerals (一, 十, 十一, 二十一). */
    static String chinese(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }
}
