package org.budgetlens.generate;

/**
 * A kind of subordinate unit a department supervises (a school, a disease-control centre), published as its own
 * 本级 disclosure.
 *
 * @param name     the unit's name after the government prefix (第N is put in front when numbered)
 * @param initials pinyin initials for the agency id
 * @param unitType 行政, 参公 or 事业
 * @param runCode  the function 项 its basic spending is classified under
 * @param sizeWan  median yearly spending at county level, 万元
 * @param count    how many such units a government has at most (1 = not numbered)
 */
public record UnitTemplate(String name, String initials, String unitType, String runCode, double sizeWan, int count) {

    public boolean numbered() {
        return count > 1;
    }
}
