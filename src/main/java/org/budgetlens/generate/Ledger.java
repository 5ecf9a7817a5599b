package org.budgetlens.generate;

import java.util.TreeMap;

/**
 * The money of one disclosure (one agency, year and kind) in cents, before it is laid out in tables: spending per
 * function 项 by source, the economic breakdown of basic spending, 三公, carry-over and procurement. Every total a
 * table shows is summed from these parts, so the published identities hold exactly.
 */
final class Ledger {

    /** Index into an item's amounts. */
    static final int GPB = 0;
    static final int FUND = 1;
    static final int NONFISCAL = 2;
    /** 1 when the 项 is project spending, 0 when basic. */
    static final int PROJECT = 3;
    /** Fiscal income received for the 项 beyond (or short of) what was spent: it moves the carry-over. */
    static final int INCOME_DELTA = 4;
    static final int SLOTS = 5;

    /** Function 项 -> amounts, in code order. */
    final TreeMap<String, long[]> items = new TreeMap<>();
    /** Economic 款 of basic 一般公共预算 spending -> amount, in code order (only non-zero ones). */
    final TreeMap<String, Long> econ = new TreeMap<>();
    /** Whether non-fiscal money is 事业收入 (business) rather than 其他收入. */
    boolean business;
    long abroad;
    long vehiclePurchase;
    long vehicleRunning;
    long reception;
    long carryBegin;
    long carryEnd;
    long procurementGoods;
    long procurementWorks;
    long procurementServices;
    long sme;
    long smallMicro;
    int vehiclesHeld;
    int staffAuthorized;
    int staffActual;

    long[] item(String code) {
        return items.computeIfAbsent(code, c -> new long[SLOTS]);
    }

    long sum(int slot) {
        long s = 0;
        for (long[] a : items.values()) {
            s += a[slot];
        }
        return s;
    }

    long sum(int slot, boolean project) {
        long s = 0;
        for (long[] a : items.values()) {
            if ((a[PROJECT] == 1) == project) {
                s += a[slot];
            }
        }
        return s;
    }

    long threePublic() {
        return abroad + vehiclePurchase + vehicleRunning + reception;
    }

    long procurement() {
        return procurementGoods + procurementWorks + procurementServices;
    }

    /** Sum of the economic 款 under a 类 (or several 类 given as code prefixes). */
    long econClass(String... classes) {
        long s = 0;
        for (var e : econ.entrySet()) {
            for (String c : classes) {
                if (e.getKey().startsWith(c)) {
                    s += e.getValue();
                }
            }
        }
        return s;
    }
}
