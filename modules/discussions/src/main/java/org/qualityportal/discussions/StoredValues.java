package org.qualityportal.discussions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.Records;

/** Reading typed values back from the module's system records (which hold strings, numbers, booleans, lists). */
public final class StoredValues {
    private StoredValues() {
    }

    public static String text(Records.Record r, String name) {
        String v = r.string(name);
        return v == null ? "" : v;
    }

    public static Instant instant(Records.Record r, String name) {
        String v = r.string(name);
        return v == null || v.isEmpty() ? null : Instant.parse(v);
    }

    public static LocalDate date(Records.Record r, String name) {
        String v = r.string(name);
        return v == null || v.isEmpty() ? null : LocalDate.parse(v);
    }

    public static int integer(Records.Record r, String name) {
        Object v = r.values().get(name);
        return v instanceof Number n ? n.intValue() : v == null ? 0 : Integer.parseInt(v.toString());
    }

    public static boolean flag(Records.Record r, String name) {
        Object v = r.values().get(name);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    public static List<String> list(Records.Record r, String name) {
        Object v = r.values().get(name);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(v.toString());
    }

    /** {@code key=value} pairs stored as a list, back to a map (values may contain {@code =}). */
    public static Map<String, String> pairs(Records.Record r, String name) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String pair : list(r, name)) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    /** A map as a list of {@code key=value} strings (keys must not contain {@code =}). */
    public static List<String> pairs(Map<String, ?> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** Null-safe string for storing; records drop null values. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An instant for storing, or an empty string. */
    public static String stamp(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
