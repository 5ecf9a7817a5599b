package org.budgetlens.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The money of one agency over the years: its traits (size, personnel share, projects, funds, vehicles) drawn once,
 * then for each year a budget (预算) and a final account (决算) whose amounts execute that budget. Draws come from the
 * agency's own random stream, so an agency's figures depend only on the seed and its place in the registry.
 */
final class Economy {

    private static final String[] PERSONNEL = {"30101", "30102", "30103", "30107", "30108", "30109", "30110",
        "30111", "30112", "30113", "30199", "30302", "30305"};
    private static final double[] PERSONNEL_WEIGHTS = {0.20, 0.24, 0.07, 0.12, 0.10, 0.04, 0.055, 0.015, 0.008,
        0.07, 0.03, 0.03, 0.008};
    private static final String[] PUBLIC = {"30201", "30205", "30206", "30207", "30211", "30213", "30215", "30216",
        "30226", "30228", "30229", "30239", "30299", "31002"};
    private static final double[] PUBLIC_WEIGHTS = {0.20, 0.03, 0.06, 0.04, 0.10, 0.08, 0.03, 0.04, 0.08, 0.08, 0.06,
        0.05, 0.13, 0.04};
    /** Minimum yearly spending, 万元: below it a unit would publish nothing but zeros. */
    private static final double MIN_SIZE_WAN = 40;

    /** One year of an agency: what it budgeted and what it spent. */
    record Year(int year, Ledger budget, Ledger fin) {
    }

    private final Agency agency;
    private final SplittableRandom rng;
    private double size;
    private final double personnelShare;
    private final double basicShare;
    private final String[] projects;
    private final double[] projectWeights;
    private final String fundItem;
    private final double fundShare;
    private final double nonfiscalShare;
    private final int vehicles;
    private final boolean travelsAbroad;
    private long carry = -1;

    Economy(Agency agency, long seed) {
        this.agency = agency;
        this.rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + agency.index() * 0xBF58476D1CE4E5B9L + 1);
        this.size = Math.max(MIN_SIZE_WAN, agency.sizeWan() * Math.exp(0.5 * rng.nextGaussian()));
        boolean dept = agency.isDepartment();
        this.personnelShare = clip(agency.sector().personnelShare() + 0.04 * rng.nextGaussian(), 0.70, 0.96);
        this.basicShare = clip((dept ? agency.sector().basicShare() : 0.85) + 0.08 * rng.nextGaussian(), 0.15, 0.97);
        List<String> pool = new ArrayList<>(agency.sector().projects());
        pool.remove(agency.runCode());
        int n = dept ? 2 + rng.nextInt(Math.min(4, pool.size() - 1)) : rng.nextInt(3);
        this.projects = new String[n];
        this.projectWeights = new double[n];
        for (int i = 0; i < n; i++) {
            projects[i] = pool.remove(rng.nextInt(pool.size()));
            projectWeights[i] = 0.2 + rng.nextDouble();
        }
        java.util.Arrays.sort(projects);
        List<String> funds = agency.sector().fundItems();
        boolean hasFund = dept && !funds.isEmpty() && rng.nextDouble() < 0.35;
        this.fundItem = hasFund ? funds.get(rng.nextInt(funds.size())) : null;
        this.fundShare = hasFund ? 0.05 + 0.25 * rng.nextDouble() : 0;
        double nf;
        if (agency.unit() != null && "rmyy".equals(agency.unit().initials())) {
            nf = 0.5 + 0.2 * rng.nextDouble();
        } else if ("事业".equals(agency.unitType())) {
            nf = rng.nextDouble() < 0.5 ? 0 : 0.12 * rng.nextDouble();
        } else {
            nf = rng.nextDouble() < 0.1 ? 0.05 * rng.nextDouble() : 0;
        }
        this.nonfiscalShare = nf;
        double fleet = dept ? agency.sector().vehicles() * (agency.gov().isCounty() ? 1 : 1.5) : 0.6;
        this.vehicles = (int) Math.floor(fleet * 2 * rng.nextDouble());
        this.travelsAbroad = rng.nextDouble() < (agency.gov().isProvince() ? 0.3 : 0.03);
    }

    /** The next year: spending drifts by a few percent a year; the final account executes the budget. */
    Year next(int year) {
        size = size * Math.exp(0.04 + 0.07 * rng.nextGaussian());
        Ledger budget = budget();
        Ledger fin = execute(budget);
        return new Year(year, budget, fin);
    }

    private Ledger budget() {
        long total = Money.cents(size);
        long nonfiscal = Math.round(total * nonfiscalShare);
        long fund = fundItem == null ? 0 : Math.round(total * fundShare);
        long gpb = total - nonfiscal - fund;
        double share = projects.length == 0 ? 1 : clip(basicShare + 0.03 * rng.nextGaussian(), 0.1, 0.98);
        long basic = Math.round(gpb * share);
        double[] w = new double[projects.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = projectWeights[i] * (0.8 + 0.4 * rng.nextDouble());
        }
        long[] project = projects.length == 0 ? new long[0] : Money.split(gpb - basic, w);
        Ledger l = new Ledger();
        l.vehiclesHeld = vehicles;
        long running = vehicles == 0 ? 0 : Money.cents(vehicles * (1.2 + 1.3 * rng.nextDouble()));
        long abroad = travelsAbroad && rng.nextDouble() < 0.6 ? Money.cents(3 + 17 * rng.nextDouble()) : 0;
        long reception = rng.nextDouble() < 0.7
                ? Money.cents(Math.min(3.0, size * 0.002) * (0.1 + 0.9 * rng.nextDouble())) : 0;
        long purchase = vehicles > 0 && rng.nextDouble() < 0.05 ? Money.cents(15 + 10 * rng.nextDouble()) : 0;
        fill(l, basic, project, fund, nonfiscal, new long[] {abroad, purchase, running, reception});
        return l;
    }

    private Ledger execute(Ledger plan) {
        long basic = Math.round(plan.sum(Ledger.GPB, false) * clip(0.99 + 0.03 * rng.nextGaussian(), 0.9, 1.08));
        long[] project = new long[projects.length];
        for (int i = 0; i < projects.length; i++) {
            double rate = clip(0.88 + 0.12 * rng.nextGaussian(), 0.45, 1.03);
            project[i] = Math.max(1, Math.round(planned(plan, projects[i], Ledger.GPB) * rate));
        }
        long fund = fundItem == null ? 0
                : Math.round(planned(plan, fundItem, Ledger.FUND) * (0.6 + 0.4 * rng.nextDouble()));
        long nonfiscal = Math.round(plan.sum(Ledger.NONFISCAL) * (0.85 + 0.2 * rng.nextDouble()));
        long[] tp = {Math.round(plan.abroad * (0.5 + 0.5 * rng.nextDouble())),
            Math.round(plan.vehiclePurchase * (0.9 + 0.1 * rng.nextDouble())),
            Math.round(plan.vehicleRunning * (0.5 + 0.5 * rng.nextDouble())),
            Math.round(plan.reception * (0.5 + 0.5 * rng.nextDouble()))};
        Ledger l = new Ledger();
        l.vehiclesHeld = plan.vehiclesHeld;
        fill(l, basic, project, fund, nonfiscal, tp);
        carryOver(l);
        procurement(l);
        return l;
    }

    private static long planned(Ledger plan, String code, int slot) {
        long[] a = plan.items.get(code);
        return a == null ? 0 : a[slot];
    }

    /** Lays the amounts out: economic 款 of basic spending, then function 项 derived from them and the projects. */
    private void fill(Ledger l, long basic, long[] project, long fund, long nonfiscal, long[] threePublic) {
        boolean civil = agency.reportsAdminRunning();
        long personnel = Math.round(basic * personnelShare);
        long publicTotal = basic - personnel;
        long tp = threePublic[0] + threePublic[1] + threePublic[2] + threePublic[3];
        if (tp > publicTotal / 2) {
            double f = tp == 0 ? 0 : (publicTotal / 2.0) / tp;
            for (int i = 0; i < 4; i++) {
                threePublic[i] = (long) Math.floor(threePublic[i] * f);
            }
            tp = threePublic[0] + threePublic[1] + threePublic[2] + threePublic[3];
        }
        l.abroad = threePublic[0];
        l.vehiclePurchase = threePublic[1];
        l.vehicleRunning = threePublic[2];
        l.reception = threePublic[3];
        double[] pw = PERSONNEL_WEIGHTS.clone();
        for (int i = 0; i < pw.length; i++) {
            pw[i] *= 0.8 + 0.4 * rng.nextDouble();
        }
        pw[3] = civil ? 0 : pw[3];
        pw[7] = civil ? pw[7] : 0;
        put(l, PERSONNEL, Money.split(personnel, pw));
        double[] uw = PUBLIC_WEIGHTS.clone();
        for (int i = 0; i < uw.length; i++) {
            uw[i] *= 0.5 + rng.nextDouble();
        }
        put(l, PUBLIC, Money.split(publicTotal - tp, uw));
        put(l, new String[] {"30212", "31013", "30231", "30217"}, threePublic);
        long derived = 0;
        derived += basicItem(l, "2080505", "30108");
        derived += basicItem(l, "2080506", "30109");
        derived += basicItem(l, civil ? "2080501" : "2080502", "30302");
        derived += basicItem(l, civil ? "2101101" : "2101102", "30110");
        derived += basicItem(l, "2101103", "30111");
        derived += basicItem(l, "2210201", "30113");
        long[] run = l.item(agency.runCode());
        run[Ledger.GPB] = basic - derived;
        run[Ledger.NONFISCAL] = nonfiscal;
        l.business = "事业".equals(agency.unitType());
        for (int i = 0; i < project.length; i++) {
            long[] a = l.item(projects[i]);
            a[Ledger.GPB] = project[i];
            a[Ledger.PROJECT] = 1;
        }
        if (fundItem != null && fund > 0) {
            long[] a = l.item(fundItem);
            a[Ledger.FUND] = fund;
            a[Ledger.PROJECT] = 1;
        }
        l.items.values().removeIf(a -> a[Ledger.GPB] == 0 && a[Ledger.FUND] == 0 && a[Ledger.NONFISCAL] == 0);
        double perHead = 14 + 6 * rng.nextDouble();
        l.staffActual = (int) Math.max(1, Math.round(personnel / 100.0 / perHead));
        l.staffAuthorized = l.staffActual + rng.nextInt(4);
    }

    private static void put(Ledger l, String[] codes, long[] amounts) {
        for (int i = 0; i < codes.length; i++) {
            if (amounts[i] != 0) {
                l.econ.merge(codes[i], amounts[i], Long::sum);
            }
        }
    }

    private static long basicItem(Ledger l, String function, String economic) {
        long amount = l.econ.getOrDefault(economic, 0L);
        if (amount != 0) {
            l.item(function)[Ledger.GPB] = amount;
        }
        return amount;
    }

    /** Fiscal income per project beyond or short of its spending; the difference moves the carry-over. */
    private void carryOver(Ledger l) {
        long gpb = l.sum(Ledger.GPB);
        l.carryBegin = carry >= 0 ? carry : Math.round(gpb * 0.03 * rng.nextDouble());
        long moved = 0;
        for (long[] a : l.items.values()) {
            if (a[Ledger.PROJECT] == 1 && a[Ledger.GPB] > 0) {
                a[Ledger.INCOME_DELTA] = Math.round(a[Ledger.GPB] * (-0.08 + 0.2 * rng.nextDouble()));
                moved += a[Ledger.INCOME_DELTA];
            }
        }
        if (l.carryBegin + moved < 0) {
            moved = 0;
            for (long[] a : l.items.values()) {
                a[Ledger.INCOME_DELTA] = Math.max(0, a[Ledger.INCOME_DELTA]);
                moved += a[Ledger.INCOME_DELTA];
            }
        }
        l.carryEnd = l.carryBegin + moved;
        carry = l.carryEnd;
    }

    private void procurement(Ledger l) {
        if (rng.nextDouble() < 0.2) {
            return;
        }
        long base = l.econClass("302", "310") + l.sum(Ledger.GPB, true);
        long total = Math.round(base * (0.05 + 0.25 * rng.nextDouble()));
        long[] parts = Money.split(total, new double[] {0.2 + rng.nextDouble(), rng.nextDouble() < 0.7 ? 0 : 0.5,
            0.2 + rng.nextDouble()});
        l.procurementGoods = parts[0];
        l.procurementWorks = parts[1];
        l.procurementServices = parts[2];
        l.sme = Math.round(total * (0.6 + 0.4 * rng.nextDouble()));
        l.smallMicro = Math.round(l.sme * (0.5 + 0.5 * rng.nextDouble()));
    }

    private static double clip(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
