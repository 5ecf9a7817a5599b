package org.budgetlens.progress;

/** Terminal columns a string takes: East Asian wide characters take two (a phase may name a Chinese file). */
final class ConsoleWidth {

    private ConsoleWidth() {
    }

    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || cp >= 0x20000) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}
