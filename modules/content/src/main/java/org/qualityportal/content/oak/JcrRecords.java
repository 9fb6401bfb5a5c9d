package org.qualityportal.content.oak;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.Records;

/**
 * Records under {@code /records/<kind>/<yyyy>/<MM>/<dd>/<id>}, bucketed by their UTC creation day so
 * that no node gets a huge flat list of children, and stored as {@code oak:Unstructured} (children
 * not orderable, which Oak keeps cheap at any size; the order comes from the ids). An id is the
 * creation time to the millisecond, a counter for records of the same millisecond and a random part
 * (for several portal nodes on one repository): {@code 20261123101530123-0000-3fa9c1}. The day is
 * read back from the id, so a lookup by id goes straight to its node.
 */
final class JcrRecords implements Records {
    static final String ROOT = "/records";
    static final String NODE_TYPE = "oak:Unstructured";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final Pattern ID = Pattern.compile("(\\d{8})\\d{9}-[0-9a-f]{4,}-[0-9a-f]{6}");
    private static final Pattern VALUE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final OakContentStore.Sessions sessions;
    private final Clock clock;
    private long lastMillis = -1;
    private int sequence;

    JcrRecords(OakContentStore.Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public String append(String kind, Map<String, ?> values) {
        requireKind(kind);
        values.keySet().forEach(JcrRecords::requireValueName);
        Instant now = clock.instant();
        String id = nextId(now);
        sessions.write(session -> {
            Node day = bucket(session, kind, id);
            Node node = day.addNode(id, NODE_TYPE);
            node.setProperty(ContentProperties.CREATED, now.toString());
            for (Map.Entry<String, ?> e : values.entrySet()) {
                if (e.getValue() != null) {
                    JcrValues.write(node, e.getKey(), e.getValue());
                }
            }
            return null;
        });
        return id;
    }

    @Override
    public List<Record> list(String kind) {
        return list(kind, null, null);
    }

    @Override
    public List<Record> list(String kind, Instant from, Instant to) {
        requireKind(kind);
        String first = from == null ? null : day(from);
        String last = to == null ? null : day(to);
        return sessions.read(session -> {
            List<Record> result = new ArrayList<>();
            String kindPath = ROOT + "/" + kind;
            if (!session.nodeExists(kindPath)) {
                return result;
            }
            // bucket names compare as text: yyyy, MM, dd; a prefix of the bound's day string limits each level
            for (Node year : inRange(session.getNode(kindPath), "", first, last)) {
                for (Node month : inRange(year, year.getName(), first, last)) {
                    for (Node day : inRange(month, year.getName() + month.getName(), first, last)) {
                        for (Node node : Nodes.children(day)) {
                            Record record = record(node);
                            if ((from == null || !record.created().isBefore(from))
                                    && (to == null || record.created().isBefore(to))) {
                                result.add(record);
                            }
                        }
                    }
                }
            }
            result.sort(Comparator.comparing(Record::id).reversed());
            return result;
        });
    }

    @Override
    public Optional<Record> get(String kind, String id) {
        requireKind(kind);
        if (!isId(id)) {
            return Optional.empty();
        }
        return sessions.read(session -> {
            String path = path(kind, id);
            return session.nodeExists(path) ? Optional.of(record(session.getNode(path))) : Optional.empty();
        });
    }

    @Override
    public boolean update(String kind, String id, Map<String, ?> values) {
        requireKind(kind);
        values.keySet().forEach(JcrRecords::requireValueName);
        if (!isId(id)) {
            return false;
        }
        return sessions.write(session -> {
            String path = path(kind, id);
            if (!session.nodeExists(path)) {
                return false;
            }
            Node node = session.getNode(path);
            for (Map.Entry<String, ?> e : values.entrySet()) {
                if (e.getValue() != null) {
                    JcrValues.write(node, e.getKey(), e.getValue());
                } else if (node.hasProperty(e.getKey())) {
                    node.getProperty(e.getKey()).remove();
                }
            }
            return true;
        });
    }

    @Override
    public boolean remove(String kind, String id) {
        requireKind(kind);
        if (!isId(id)) {
            return false;
        }
        return sessions.write(session -> {
            String path = path(kind, id);
            if (!session.nodeExists(path)) {
                return false;
            }
            // empty buckets stay: removing them could clash with an append to the same day
            session.getNode(path).remove();
            return true;
        });
    }

    private synchronized String nextId(Instant now) {
        long millis = now.toEpochMilli();
        if (millis == lastMillis) {
            sequence++;
        } else {
            lastMillis = millis;
            sequence = 0;
        }
        return STAMP.format(now) + String.format("-%04x-%06x", sequence, ThreadLocalRandom.current().nextInt(1 << 24));
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static String path(String kind, String id) {
        return ROOT + "/" + kind + "/" + id.substring(0, 4) + "/" + id.substring(4, 6) + "/" + id.substring(6, 8)
                + "/" + id;
    }

    private static Node bucket(Session session, String kind, String id) throws RepositoryException {
        Node node = session.getNode(ROOT);
        for (String name : new String[] {kind, id.substring(0, 4), id.substring(4, 6), id.substring(6, 8)}) {
            node = node.hasNode(name) ? node.getNode(name) : node.addNode(name, NODE_TYPE);
        }
        return node;
    }

    /** The children of a bucket whose day prefix ({@code prefix + name}) can hold days in {@code [first, last]}. */
    private static List<Node> inRange(Node parent, String prefix, String first, String last) throws RepositoryException {
        List<Node> result = new ArrayList<>();
        for (Node child : Nodes.children(parent)) {
            String key = prefix + child.getName();
            if ((first == null || key.compareTo(first.substring(0, key.length())) >= 0)
                    && (last == null || key.compareTo(last.substring(0, key.length())) <= 0)) {
                result.add(child);
            }
        }
        return result;
    }

    private static Record record(Node node) throws RepositoryException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            if (!p.getName().contains(":")) {
                values.put(p.getName(), JcrValues.read(p));
            }
        }
        return new Record(node.getName(), Nodes.instant(node, ContentProperties.CREATED), values);
    }

    private static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static void requireKind(String kind) {
        if (!ContentPaths.isValidName(kind)) {
            throw new IllegalArgumentException("Invalid record kind: " + kind);
        }
    }

    private static void requireValueName(String name) {
        if (name == null || !VALUE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid record value name: " + name);
        }
    }
}
