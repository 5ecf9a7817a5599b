package org.budgetlens.generate;

/**
 * One generated agency: a department (unit null) or a subordinate unit, 本级 scope.
 *
 * @param index    position in the registry (0-based): with the seed, it fixes the agency's random draws
 * @param id       agency_id
 * @param name     agency_name
 * @param gov      the government it belongs to
 * @param sector   its sector
 * @param unit     the kind of subordinate unit, or null for the department itself
 * @param unitType 行政, 参公 or 事业
 * @param parentId the supervising department's id (blank for a department)
 * @param runCode  the function 项 of its basic spending
 * @param sizeWan  median yearly spending for its kind and level, 万元
 */
public record Agency(int index, String id, String name, Government gov, Sector sector, UnitTemplate unit,
        String unitType, String parentId, String runCode, double sizeWan) {

    /** 行政 and 参公 units report 机关运行经费. */
    public boolean reportsAdminRunning() {
        return !"事业".equals(unitType);
    }

    public boolean isDepartment() {
        return unit == null;
    }

    /** Output folder relative to the output root: province/city/agency_id. */
    public String folder() {
        return Qinghai.FOLDER + "/" + gov.cityFolder() + "/" + id;
    }
}
