package org.qualityportal.portal.author.assets;

import java.util.Locale;

/** File sizes as Russian readers write them: 840 байт, 12,5 КБ, 3,2 МБ; and counted words. */
final class Sizes {
    private static final Locale RU = Locale.forLanguageTag("ru");

    private Sizes() {
    }

    static String format(long bytes) {
        return one(bytes).replace(",0 ", " ");
    }

    /** The Russian word for a count: 1 файл, 3 файла, 5 файлов, 11 файлов, 21 файл. */
    static String plural(long n, String one, String few, String many) {
        long tens = n % 100;
        long ones = n % 10;
        return tens >= 11 && tens <= 14 ? many : ones == 1 ? one : ones >= 2 && ones <= 4 ? few : many;
    }

    private static String one(long bytes) {
        if (bytes < 1024) {
            return bytes + " " + plural(bytes, "байт", "байта", "байт");
        }
        if (bytes < 1024 * 1024) {
            return String.format(RU, "%.1f КБ", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(RU, "%.1f МБ", bytes / (1024.0 * 1024));
        }
        return String.format(RU, "%.1f ГБ", bytes / (1024.0 * 1024 * 1024));
    }
}
