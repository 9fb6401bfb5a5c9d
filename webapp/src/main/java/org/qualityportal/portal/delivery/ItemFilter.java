package org.qualityportal.portal.delivery;

import java.util.List;

import org.qualityportal.content.Content;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * One condition on a field. {@link Op#EQUALS} holds when any stored value equals any of the wanted
 * values (a date also matches by prefix: {@code 2018} or {@code 2018-02}); {@link Op#FROM} and
 * {@link Op#TO} are inclusive bounds on a date or number. Wanted values are already parsed:
 * Double for numbers, Boolean for booleans, ISO text for dates, text otherwise.
 */
record ItemFilter(FieldDefinition field, Op op, List<Object> wanted) {

    enum Op { EQUALS, FROM, TO }

    boolean matches(Content item) {
        for (Object stored : FieldValues.values(item.properties().get(field.name()))) {
            for (Object w : wanted) {
                if (matches(stored, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(Object stored, Object w) {
        int c;
        switch (field.type()) {
            case "number" -> {
                Number n = FieldValues.number(stored);
                if (n == null) {
                    return false;
                }
                c = Double.compare(n.doubleValue(), (Double) w);
            }
            case "date" -> {
                String date = String.valueOf(stored);
                if (op == Op.EQUALS) {
                    return date.startsWith((String) w);
                }
                c = date.substring(0, Math.min(10, date.length())).compareTo((String) w);
            }
            case "boolean" -> {
                return w.equals(FieldValues.bool(stored));
            }
            default -> {
                return w.equals(String.valueOf(stored));
            }
        }
        return switch (op) {
            case EQUALS -> c == 0;
            case FROM -> c >= 0;
            case TO -> c <= 0;
        };
    }
}
