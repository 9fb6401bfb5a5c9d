package org.qualityportal.portal.author.assets;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * What happened to each file of one upload, kept in the editor's session so that the page after the
 * redirect (and a reload of it) can show it; a few recent uploads are kept.
 *
 * @param stored  files that became assets
 * @param refused files that did not, each with its reason
 */
public record UploadReport(String folder, List<Stored> stored, List<Refused> refused) implements Serializable {
    private static final String ATTRIBUTE = UploadReport.class.getName();
    private static final int KEPT = 10;

    public UploadReport {
        stored = List.copyOf(stored);
        refused = List.copyOf(refused);
    }

    /** A stored file: its name as uploaded, its new asset's path and the type detected. */
    public record Stored(String fileName, String path, String typeLabel, String size) implements Serializable {
    }

    /** A refused file and why. */
    public record Refused(String fileName, String reason) implements Serializable {
    }

    /** Keeps the report in the session; returns its id. */
    String keep(HttpSession session) {
        synchronized (session) {
            Map<String, UploadReport> reports = reports(session);
            String id = UUID.randomUUID().toString();
            reports.put(id, this);
            while (reports.size() > KEPT) {
                reports.remove(reports.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, reports);
            return id;
        }
    }

    static Optional<UploadReport> find(HttpSession session, String id) {
        if (session == null || id == null) {
            return Optional.empty();
        }
        synchronized (session) {
            return Optional.ofNullable(reports(session).get(id));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, UploadReport> reports(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof Map<?, ?> map ? (Map<String, UploadReport>) map : new LinkedHashMap<>();
    }
}
