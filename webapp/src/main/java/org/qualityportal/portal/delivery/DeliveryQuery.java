package org.qualityportal.portal.delivery;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.qualityportal.content.Content;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * A list request checked against its content type: filters ({@code ?kind=order},
 * {@code ?date.from=2018-01-01}), order ({@code ?sort=date,-title} or {@code ?sort=date&order=desc})
 * and page ({@code ?offset=20&limit=10}). Anything it cannot honour is refused with a Russian
 * message rather than ignored, so a typo never silently returns everything.
 */
record DeliveryQuery(List<ItemFilter> filters, List<ItemOrder> order, int offset, int limit) {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final String OFFSET = "offset";
    static final String LIMIT = "limit";
    static final String SORT = "sort";
    static final String ORDER = "order";
    static final String FROM = ".from";
    static final String TO = ".to";
    private static final Set<String> RESERVED = Set.of(OFFSET, LIMIT, SORT, ORDER);
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    static DeliveryQuery parse(ContentTypeDefinition type, Map<String, List<String>> parameters) {
        List<ItemFilter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (!RESERVED.contains(p.getKey())) {
                filters.addAll(filters(type, p.getKey(), p.getValue()));
            }
        }
        return new DeliveryQuery(filters, order(type, parameters.get(SORT), single(parameters, ORDER)),
                integer(single(parameters, OFFSET), OFFSET, 0, 0, Integer.MAX_VALUE),
                integer(single(parameters, LIMIT), LIMIT, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    boolean matches(Content item) {
        return filters.stream().allMatch(f -> f.matches(item));
    }

    /** The requested order, then the path, so that pages never overlap; none given keeps the repository order. */
    Optional<Comparator<Content>> comparator() {
        return order.stream().map(ItemOrder::comparator).reduce(Comparator::thenComparing)
                .map(c -> c.thenComparing(Content::path));
    }

    private static List<ItemFilter> filters(ContentTypeDefinition type, String parameter, List<String> values) {
        ItemFilter.Op op = parameter.endsWith(FROM) ? ItemFilter.Op.FROM
                : parameter.endsWith(TO) ? ItemFilter.Op.TO : ItemFilter.Op.EQUALS;
        String name = op == ItemFilter.Op.EQUALS ? parameter
                : parameter.substring(0, parameter.length() - (op == ItemFilter.Op.FROM ? FROM : TO).length());
        FieldDefinition field = type.field(name).orElseThrow(() -> DeliveryException.badRequest(
                "Неизвестный параметр «" + parameter + "». Фильтровать можно по полям: " + filterable(type)
                        + "; служебные параметры: offset, limit, sort, order."));
        if (!FieldValues.FILTERABLE.contains(field.type())) {
            throw DeliveryException.badRequest("По полю «" + name + "» (" + field.type() + ") фильтровать нельзя. "
                    + "Фильтровать можно по полям: " + filterable(type) + ".");
        }
        if (op != ItemFilter.Op.EQUALS && !field.type().equals("date") && !field.type().equals("number")) {
            throw DeliveryException.badRequest("Диапазон «" + parameter + "» возможен только для дат и чисел.");
        }
        List<Object> wanted = new ArrayList<>();
        for (String value : values) {
            wanted.add(value(field, op, value == null ? "" : value.trim()));
        }
        if (op == ItemFilter.Op.EQUALS) {
            return List.of(new ItemFilter(field, op, wanted));
        }
        return wanted.stream().map(w -> new ItemFilter(field, op, List.of(w))).toList();
    }

    private static Object value(FieldDefinition field, ItemFilter.Op op, String value) {
        String name = field.name();
        if (value.isEmpty()) {
            throw DeliveryException.badRequest("Пустое значение фильтра «" + name + "».");
        }
        return switch (field.type()) {
            case "number" -> {
                Number n = FieldValues.number(value);
                if (n == null) {
                    throw DeliveryException.badRequest("Значение фильтра «" + name + "» должно быть числом, а не «"
                            + value + "».");
                }
                yield n.doubleValue();
            }
            case "date" -> date(name, op, value);
            case "boolean" -> {
                Boolean b = FieldValues.bool(value);
                if (b == null) {
                    throw DeliveryException.badRequest("Значение фильтра «" + name + "» — true или false, а не «"
                            + value + "».");
                }
                yield b;
            }
            case "select" -> {
                if (!field.options().contains(value)) {
                    throw DeliveryException.badRequest("Недопустимое значение «" + value + "» поля «" + name
                            + "». Допустимые значения: " + String.join(", ", field.options()) + ".");
                }
                yield value;
            }
            default -> value;
        };
    }

    /** {@code 2018}, {@code 2018-02} or {@code 2018-02-28}; a bound is widened to the whole year or month. */
    private static String date(String name, ItemFilter.Op op, String value) {
        try {
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeException(value);
            }
            if (value.length() == 10) {
                return LocalDate.parse(value).toString();
            }
            YearMonth month = value.length() == 7 ? YearMonth.parse(value)
                    : YearMonth.of(Integer.parseInt(value), op == ItemFilter.Op.TO ? 12 : 1);
            return switch (op) {
                case EQUALS -> value;
                case FROM -> month.atDay(1).toString();
                case TO -> month.atEndOfMonth().toString();
            };
        } catch (DateTimeException e) {
            throw DeliveryException.badRequest("Дата в фильтре «" + name + "» записывается как ГГГГ, ГГГГ-ММ или "
                    + "ГГГГ-ММ-ДД, а не «" + value + "».");
        }
    }

    private static List<ItemOrder> order(ContentTypeDefinition type, List<String> sort, String order) {
        boolean descending;
        if (order == null || order.equalsIgnoreCase("asc")) {
            descending = false;
        } else if (order.equalsIgnoreCase("desc")) {
            descending = true;
        } else {
            throw DeliveryException.badRequest("Параметр order принимает значения asc или desc, а не «" + order + "».");
        }
        List<ItemOrder> keys = new ArrayList<>();
        for (String list : sort == null ? List.<String>of() : sort) {
            for (String raw : list.split(",")) {
                String key = raw.trim();
                boolean desc = descending;
                if (key.startsWith("-") || key.startsWith("+")) {
                    desc = key.startsWith("-");
                    key = key.substring(1);
                }
                keys.add(orderBy(type, key, desc));
            }
        }
        return keys;
    }

    private static ItemOrder orderBy(ContentTypeDefinition type, String key, boolean descending) {
        Optional<FieldDefinition> field = type.field(key)
                .filter(f -> FieldValues.SORTABLE.contains(f.type()) && !f.multiple());
        if (field.isPresent()) {
            return new ItemOrder(key, field.get(), descending);
        }
        if (key.equals(ItemOrder.NAME) || key.equals(ItemOrder.LAST_MODIFIED)) {
            return new ItemOrder(key, null, descending);
        }
        throw DeliveryException.badRequest(
                "Нельзя сортировать по «" + key + "». Сортировать можно по: " + String.join(", ", sortable(type)) + ".");
    }

    static List<String> sortable(ContentTypeDefinition type) {
        List<String> keys = new ArrayList<>();
        type.fields().stream().filter(f -> FieldValues.SORTABLE.contains(f.type()) && !f.multiple())
                .forEach(f -> keys.add(f.name()));
        for (String builtIn : List.of(ItemOrder.NAME, ItemOrder.LAST_MODIFIED)) {
            if (!keys.contains(builtIn)) {
                keys.add(builtIn);
            }
        }
        return keys;
    }

    private static String filterable(ContentTypeDefinition type) {
        return type.fields().stream().filter(f -> FieldValues.FILTERABLE.contains(f.type()))
                .map(FieldDefinition::name).collect(Collectors.joining(", "));
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw DeliveryException.badRequest("Параметр «" + name + "» указан несколько раз.");
        }
        return values.get(0).trim();
    }

    private static int integer(String value, String name, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below with the same message as an out-of-range number
        }
        String range = max == Integer.MAX_VALUE ? "не меньше " + min : "от " + min + " до " + max;
        throw DeliveryException.badRequest("Параметр «" + name + "» должен быть целым числом " + range
                + ", а не «" + value + "».");
    }
}
