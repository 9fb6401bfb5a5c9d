package org.qualityportal.content.oak;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/** Converts between the Java values of {@link org.qualityportal.content.NodeData} and JCR values. */
final class JcrValues {

    private JcrValues() {
    }

    /** The Java value of a property: String, Long, Double, Boolean, or a List of those. */
    static Object read(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            List<Object> values = new ArrayList<>();
            for (Value v : property.getValues()) {
                values.add(read(v));
            }
            return List.copyOf(values);
        }
        return read(property.getValue());
    }

    private static Object read(Value v) throws RepositoryException {
        return switch (v.getType()) {
            case PropertyType.LONG -> v.getLong();
            case PropertyType.DOUBLE -> v.getDouble();
            case PropertyType.DECIMAL -> v.getDecimal().doubleValue();
            case PropertyType.BOOLEAN -> v.getBoolean();
            default -> v.getString();
        };
    }

    /** Normalises a value from YAML or code so that it compares equal to what {@link #read} returns. */
    static Object normalise(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JcrValues::normalise).toList();
        }
        if (value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("Unsupported property value type: "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    static void write(Node node, String name, Object value) throws RepositoryException {
        Object v = normalise(value);
        if (node.hasProperty(name) && node.getProperty(name).isMultiple() != (v instanceof List)) {
            node.getProperty(name).remove();
        }
        ValueFactory factory = node.getSession().getValueFactory();
        if (v instanceof List<?> list) {
            Value[] values = new Value[list.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = toValue(factory, list.get(i));
            }
            node.setProperty(name, values);
        } else {
            node.setProperty(name, toValue(factory, v));
        }
    }

    private static Value toValue(ValueFactory factory, Object v) {
        if (v instanceof Long l) {
            return factory.createValue(l);
        }
        if (v instanceof Double d) {
            return factory.createValue(d);
        }
        if (v instanceof Boolean b) {
            return factory.createValue(b);
        }
        return factory.createValue(String.valueOf(v));
    }
}
