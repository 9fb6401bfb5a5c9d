package org.qualityportal.portal.author.item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.NodeData;
import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.portal.author.form.TypedValues;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * An item's stored node seen through its field definitions: what the form shows, and how the form's
 * values are merged back without losing anything the form does not cover (system properties,
 * files, other child nodes, sub-items).
 */
public final class StoredItem {
    private StoredItem() {
    }

    /** The form's text for a stored node (the current draft, or a published version). */
    public static FormValues values(List<FieldDefinition> fields, NodeData node) {
        Map<String, List<FormValues.Row>> rows = new LinkedHashMap<>();
        for (NodeData child : node.children()) {
            List<FormValues.Row> fieldRows = new ArrayList<>();
            for (NodeData row : child.children()) {
                Map<String, List<String>> cells = new LinkedHashMap<>();
                row.properties().forEach((k, v) -> cells.put(k, FormValues.texts(v)));
                fieldRows.add(new FormValues.Row(row.name(), cells));
            }
            rows.put(child.name(), fieldRows);
        }
        return FormValues.fromStored(fields, node.properties(), rows);
    }

    /**
     * The node to store: {@code base} with the fields' values replaced by {@code values}. Properties
     * that are not fields stay; non-unit children that are not composite fields stay; child units
     * are left out, so the store leaves them alone.
     */
    public static NodeData merge(List<FieldDefinition> fields, NodeData base, FormValues values) {
        Set<String> names = fields.stream().map(FieldDefinition::name).collect(Collectors.toSet());
        Map<String, Object> properties = new LinkedHashMap<>();
        base.properties().forEach((k, v) -> {
            if (!names.contains(k) || v instanceof BinaryValue) {
                properties.put(k, v);
            }
        });
        properties.putAll(TypedValues.properties(fields, values));
        List<NodeData> children = new ArrayList<>();
        for (NodeData child : base.children()) {
            if (!names.contains(child.name()) && !isUnit(child)) {
                children.add(child);
            }
        }
        children.addAll(TypedValues.areas(fields, values));
        return new NodeData(base.name(), properties, children);
    }

    private static boolean isUnit(NodeData node) {
        return node.kind() != null && org.qualityportal.content.NodeKind.isUnit(node.kind());
    }
}
