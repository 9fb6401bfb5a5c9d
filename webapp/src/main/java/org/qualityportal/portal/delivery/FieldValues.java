package org.qualityportal.portal.delivery;

import java.util.List;
import java.util.Set;

/** Stored property values as fields see them: one value or a list, numbers that may be stored as text. */
final class FieldValues {
    /** Field types whose values can be filtered on (equality; dates and numbers also by range). */
    static final Set<String> FILTERABLE = Set.of("text", "number", "date", "boolean", "select", "link", "asset");
    /** Field types with one comparable value per item. */
    static final Set<String> SORTABLE = Set.of("text", "number", "date", "boolean", "select");

    private FieldValues() {
    }

    static List<Object> values(Object stored) {
        if (stored == null) {
            return List.of();
        }
        if (stored instanceof List<?> list) {
            return List.copyOf(list);
        }
        return List.of(stored);
    }

    static Object first(Object stored) {
        List<Object> values = values(stored);
        return values.isEmpty() ? null : values.get(0);
    }

    /** A number as a {@link Long} or {@link Double}; null when the value is not a number. */
    static Number number(Object value) {
        if (value instanceof Long || value instanceof Double) {
            return (Number) value;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Long.valueOf(s.trim());
            } catch (NumberFormatException e) {
                try {
                    return Double.valueOf(s.trim().replace(',', '.'));
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
        }
        return null;
    }

    static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s);
        }
        return null;
    }
}
