package org.qualityportal.portal.audit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.portal.config.PortalTime;

/** One page of the audit log, filtered, newest first, ready to print. */
public record AuditPage(AuditFilter filter, List<Row> rows, int total, int page, int pages, String previous,
                        String next, List<Option> actions, String reset) {
    static final int PAGE_SIZE = 50;

    /** One entry: {@code when} in Russian in the portal's zone. */
    public record Row(String when, String user, String action, String path, String detail) {
    }

    /** An action in the filter's list. */
    public record Option(String value, String label, boolean selected) {
    }

    static AuditPage of(AuditFilter filter, List<AuditEntry> entries, PortalTime time) {
        int pages = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.page(), pages);
        List<Row> rows = entries.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .map(e -> new Row(time.format(e.at()), e.user(), e.label(), e.path(), e.detail()))
                .toList();
        // the portal's own actions, then any a module has logged, in the order first seen
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(AuditAction.values()).forEach(a -> labels.put(a.name(), a.label()));
        entries.forEach(e -> labels.putIfAbsent(e.action(), e.label()));
        List<Option> actions = labels.entrySet().stream()
                .map(a -> new Option(a.getKey(), a.getValue(), a.getKey().equals(filter.action()))).toList();
        return new AuditPage(filter, rows, entries.size(), page, pages,
                page > 1 ? filter.onPage(page - 1) : null, page < pages ? filter.onPage(page + 1) : null,
                actions, filter.isFiltered() ? "/author/audit" : null);
    }
}
