package org.qualityportal.portal.delivery;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 description of the delivery API, built from the content type definitions on
 * every request: two paths and an item schema per type, so a field added to a content type's YAML
 * is described as soon as the light modules reload.
 */
final class OpenApiDocument {
    static final String BASE = "/api/delivery";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApiDocument() {
    }

    static ObjectNode of(Collection<ContentTypeDefinition> types) {
        List<ContentTypeDefinition> sorted = types.stream().sorted(Comparator.comparing(ContentTypeDefinition::name)).toList();
        ObjectNode doc = JSON.objectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Портал оценки качества образования: API опубликованного содержимого");
        info.put("version", "1");
        info.put("description", "Только чтение и только опубликованное содержимое. Ошибки — application/problem+json "
                + "(RFC 9457) с пояснением на русском языке.");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode schemas = doc.putObject("components").putObject("schemas");
        common(schemas);
        for (ContentTypeDefinition type : sorted) {
            paths.set(BASE + "/" + type.name(), JSON.objectNode().set("get", list(type)));
            paths.set(BASE + "/" + type.name() + "/{idOrPath}", JSON.objectNode().set("get", one(type)));
            schemas.set(type.name(), item(type));
            schemas.set(type.name() + ".list", page(type));
        }
        return doc;
    }

    private static ObjectNode list(ContentTypeDefinition type) {
        ObjectNode op = JSON.objectNode();
        op.put("operationId", "list-" + type.name());
        op.put("summary", type.label() + ": опубликованные элементы");
        op.putArray("tags").add(type.name());
        ArrayNode parameters = op.putArray("parameters");
        parameters.add(parameter("offset", "Сколько элементов пропустить", integer(0, null, 0)));
        parameters.add(parameter("limit", "Сколько элементов вернуть",
                integer(1, DeliveryQuery.MAX_LIMIT, DeliveryQuery.DEFAULT_LIMIT)));
        parameters.add(parameter("sort", "Ключи сортировки через запятую, «-» перед ключом — по убыванию. Допустимы: "
                + String.join(", ", DeliveryQuery.sortable(type)), string()));
        ObjectNode order = string();
        order.putArray("enum").add("asc").add("desc");
        parameters.add(parameter("order", "Направление для ключей без знака", order));
        for (FieldDefinition field : type.fields()) {
            if (!FieldValues.FILTERABLE.contains(field.type())) {
                continue;
            }
            ObjectNode values = JSON.objectNode().put("type", "array");
            values.set("items", field.type().equals("date") ? string().put("pattern", "^\\d{4}(-\\d{2}(-\\d{2})?)?$")
                    : scalar(field));
            parameters.add(parameter(field.name(), field.label() + ": равно одному из значений"
                    + (field.type().equals("date") ? " (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)" : "")
                    + (field.type().equals("link") || field.type().equals("asset") ? " (путь, например /mechanisms/1-1)" : ""),
                    values));
            if (field.type().equals("date") || field.type().equals("number")) {
                parameters.add(parameter(field.name() + DeliveryQuery.FROM, field.label() + ": не раньше / не меньше",
                        scalar(field)));
                parameters.add(parameter(field.name() + DeliveryQuery.TO, field.label() + ": не позже / не больше",
                        scalar(field)));
            }
        }
        ObjectNode responses = op.putObject("responses");
        responses.set("200", response("Страница элементов", "application/json", "#/components/schemas/" + type.name() + ".list"));
        responses.set("400", response("Неверный фильтр, сортировка или страница", "application/problem+json", PROBLEM));
        responses.set("404", response("Нет такого типа содержимого", "application/problem+json", PROBLEM));
        return op;
    }

    private static ObjectNode one(ContentTypeDefinition type) {
        ObjectNode op = JSON.objectNode();
        op.put("operationId", "get-" + type.name());
        op.put("summary", type.label() + ": один опубликованный элемент");
        op.putArray("tags").add(type.name());
        ObjectNode parameter = parameter("idOrPath", "Идентификатор (qp:id) или путь внутри дерева «" + type.tree()
                + "», например orders/2018-03-524; может содержать «/»", string());
        parameter.put("in", "path");
        parameter.put("required", true);
        op.putArray("parameters").add(parameter);
        ObjectNode responses = op.putObject("responses");
        responses.set("200", response("Элемент", "application/json", "#/components/schemas/" + type.name()));
        responses.set("404", response("Нет такого типа или опубликованного элемента", "application/problem+json", PROBLEM));
        return op;
    }

    private static ObjectNode item(ContentTypeDefinition type) {
        ObjectNode schema = object(type.label());
        ObjectNode properties = schema.putObject("properties");
        properties.set("id", string().put("description", "Постоянный идентификатор"));
        properties.set("path", string().put("description", "Путь в репозитории"));
        properties.set("name", string());
        properties.set("url", string().put("description", "Адрес страницы на портале"));
        properties.set("type", string().put("const", type.name()));
        properties.set("lastModified", string().put("format", "date-time"));
        ObjectNode fields = object("Поля типа «" + type.label() + "»");
        fields.set("properties", fields(type.fields()));
        required(fields, type.fields().stream().map(FieldDefinition::name).toList());
        properties.set("fields", fields);
        required(schema, List.of("id", "path", "name", "url", "type", "fields"));
        return schema;
    }

    private static ObjectNode fields(List<FieldDefinition> fields) {
        ObjectNode properties = JSON.objectNode();
        for (FieldDefinition field : fields) {
            ObjectNode schema;
            if (field.type().equals("composite")) {
                ObjectNode row = object(null);
                row.set("properties", fields(field.fields()));
                schema = JSON.objectNode().put("type", "array");
                schema.set("items", row);
            } else if (field.multiple()) {
                schema = JSON.objectNode().put("type", "array");
                schema.set("items", scalar(field));
            } else {
                schema = JSON.objectNode();
                schema.putArray("anyOf").add(scalar(field)).add(JSON.objectNode().put("type", "null"));
            }
            schema.put("description", field.label() + (field.required() ? " (обязательное)" : ""));
            properties.set(field.name(), schema);
        }
        return properties;
    }

    private static ObjectNode scalar(FieldDefinition field) {
        return switch (field.type()) {
            case "number" -> JSON.objectNode().put("type", "number");
            case "boolean" -> JSON.objectNode().put("type", "boolean");
            case "date" -> string().put("format", "date");
            case "richText" -> string().put("contentMediaType", "text/html");
            case "select" -> {
                ObjectNode s = string();
                ArrayNode values = s.putArray("enum");
                field.options().forEach(values::add);
                yield s;
            }
            case "link" -> ref("#/components/schemas/Link");
            case "asset" -> ref("#/components/schemas/Asset");
            case "binary" -> ref("#/components/schemas/File");
            default -> string();
        };
    }

    private static void common(ObjectNode schemas) {
        ObjectNode link = object("Ссылка на опубликованный элемент или страницу");
        link.putObject("properties").setAll(properties("path", "url", "title", "type"));
        schemas.set("Link", link);
        ObjectNode asset = object("Файл из медиатеки");
        ObjectNode assetProperties = asset.putObject("properties");
        assetProperties.setAll(properties("path", "url", "title", "fileName", "mimeType"));
        assetProperties.set("size", JSON.objectNode().put("type", "integer").put("description", "Размер в байтах"));
        schemas.set("Asset", asset);
        ObjectNode file = object("Файл, хранящийся в самом элементе");
        ObjectNode fileProperties = file.putObject("properties");
        fileProperties.setAll(properties("fileName", "mimeType"));
        fileProperties.set("url", JSON.objectNode().putArray("type").add("string").add("null"));
        fileProperties.set("size", JSON.objectNode().put("type", "integer"));
        schemas.set("File", file);
        ObjectNode problem = object("Описание ошибки (RFC 9457)");
        ObjectNode problemProperties = problem.putObject("properties");
        problemProperties.setAll(properties("type", "title", "detail", "instance"));
        problemProperties.set("status", JSON.objectNode().put("type", "integer"));
        schemas.set("Problem", problem);
    }

    private static ObjectNode page(ContentTypeDefinition type) {
        ObjectNode schema = object("Страница элементов типа «" + type.label() + "»");
        ObjectNode properties = schema.putObject("properties");
        properties.set("total", JSON.objectNode().put("type", "integer").put("description", "Всего подходящих элементов"));
        properties.set("offset", JSON.objectNode().put("type", "integer"));
        properties.set("limit", JSON.objectNode().put("type", "integer"));
        ObjectNode items = JSON.objectNode().put("type", "array");
        items.set("items", ref("#/components/schemas/" + type.name()));
        properties.set("items", items);
        required(schema, List.of("total", "offset", "limit", "items"));
        return schema;
    }

    private static ObjectNode parameter(String name, String description, ObjectNode schema) {
        ObjectNode p = JSON.objectNode().put("name", name).put("in", "query").put("description", description);
        p.set("schema", schema);
        return p;
    }

    private static ObjectNode response(String description, String mediaType, String ref) {
        ObjectNode r = JSON.objectNode().put("description", description);
        r.putObject("content").putObject(mediaType).set("schema", ref(ref));
        return r;
    }

    private static ObjectNode integer(int minimum, Integer maximum, int fallback) {
        ObjectNode s = JSON.objectNode().put("type", "integer").put("minimum", minimum).put("default", fallback);
        if (maximum != null) {
            s.put("maximum", maximum);
        }
        return s;
    }

    private static ObjectNode properties(String... names) {
        ObjectNode properties = JSON.objectNode();
        for (String name : names) {
            properties.set(name, string());
        }
        return properties;
    }

    private static ObjectNode object(String description) {
        ObjectNode s = JSON.objectNode().put("type", "object");
        if (description != null) {
            s.put("description", description);
        }
        return s;
    }

    private static void required(ObjectNode schema, List<String> names) {
        ArrayNode required = schema.putArray("required");
        names.forEach(required::add);
    }

    private static ObjectNode string() {
        return JSON.objectNode().put("type", "string");
    }

    private static ObjectNode ref(String ref) {
        return JSON.objectNode().put("$ref", ref);
    }
}
