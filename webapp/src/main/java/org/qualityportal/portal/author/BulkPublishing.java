package org.qualityportal.portal.author;

import java.util.ArrayList;
import java.util.List;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Publisher;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.jobs.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishing and unpublishing many units at once: chosen items, or a whole subtree. Each unit is
 * published on its own (a failure is reported and the rest go on) and noted in the audit log, with the
 * files published along with it.
 */
@Component
public class BulkPublishing {
    /** More units than this are published as a job with a progress page; fewer, at once. */
    public static final int AT_ONCE_LIMIT = 5;
    private static final Logger LOG = LoggerFactory.getLogger(BulkPublishing.class);

    private final ContentStore store;
    private final AuditLog audit;

    BulkPublishing(ContentStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** @return how many were published */
    public int publish(List<String> paths, String user, Progress progress) {
        Publisher publisher = store.publisher();
        progress.total(paths.size());
        int published = 0;
        for (String path : paths) {
            try {
                List<String> done = publisher.publish(path, user);
                audit.record(user, AuditAction.PUBLISHED, path, "");
                done.stream().skip(1).forEach(asset -> audit.record(user, AuditAction.PUBLISHED, asset, "вместе с " + path));
                published++;
            } catch (RuntimeException e) {
                LOG.warn("Publishing {} failed", path, e);
                progress.problem(path + ": не опубликовано (" + e.getMessage() + ")");
            }
            progress.step(path);
        }
        return published;
    }

    /** @return how many were on the site and are no longer */
    public int unpublish(List<String> paths, String user, Progress progress) {
        Publisher publisher = store.publisher();
        progress.total(paths.size());
        int removed = 0;
        for (String path : paths) {
            if (publisher.unpublish(path, user)) {
                audit.record(user, AuditAction.UNPUBLISHED, path, "");
                removed++;
            }
            progress.step(path);
        }
        return removed;
    }

    /** The units (folders, pages, items, files) of a subtree of the author tree, each before its children. */
    public List<String> units(String root) {
        List<String> units = new ArrayList<>();
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            author.get(root).ifPresent(node -> collect(author, node, units));
        }
        return units;
    }

    private static void collect(ContentSession author, Content node, List<String> units) {
        if (!node.isUnit()) {
            return; // areas, components and rows go with their unit
        }
        units.add(node.path());
        for (Content child : author.children(node.path())) {
            collect(author, child, units);
        }
    }

    /** Progress nobody watches: for the few units published at once. */
    public static final Progress UNWATCHED = new Progress() {
        @Override
        public void total(int total) {
        }

        @Override
        public void step(String what) {
        }

        @Override
        public void now(String what) {
        }

        @Override
        public void problem(String what) {
            LOG.warn("{}", what);
        }
    };
}
