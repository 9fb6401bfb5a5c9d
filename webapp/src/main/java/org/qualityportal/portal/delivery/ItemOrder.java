package org.qualityportal.portal.delivery;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

import org.qualityportal.content.Content;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * One sort key: a field of the type, or the built-in {@code name} / {@code lastModified}. Items
 * without a value come last in either direction; text compares the Russian way.
 */
record ItemOrder(String key, FieldDefinition field, boolean descending) {
    static final String NAME = "name";
    static final String LAST_MODIFIED = "lastModified";

    Comparator<Content> comparator() {
        // dates are ISO text and compare as plain text; titles and names the way a Russian reader sorts
        boolean words = field == null ? key.equals(NAME) : field.type().equals("text") || field.type().equals("select");
        Collator collator = words ? Collator.getInstance(Locale.forLanguageTag("ru")) : null;
        return (a, b) -> {
            Object x = value(a);
            Object y = value(b);
            if (x == null || y == null) {
                return x == y ? 0 : x == null ? 1 : -1;
            }
            int c = compare(x, y, collator);
            return descending ? -c : c;
        };
    }

    private Object value(Content item) {
        if (field == null) {
            return key.equals(LAST_MODIFIED) ? item.audit().lastModified() : item.name();
        }
        Object v = FieldValues.first(item.properties().get(field.name()));
        if (v == null) {
            return null;
        }
        return switch (field.type()) {
            case "number" -> FieldValues.number(v);
            case "boolean" -> FieldValues.bool(v);
            default -> String.valueOf(v);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object x, Object y, Collator collator) {
        if (x instanceof Number a && y instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (collator != null && x instanceof String a && y instanceof String b) {
            return collator.compare(a, b);
        }
        if (x.getClass() == y.getClass() && x instanceof Comparable a) {
            return a.compareTo(y);
        }
        return String.valueOf(x).compareTo(String.valueOf(y));
    }
}
