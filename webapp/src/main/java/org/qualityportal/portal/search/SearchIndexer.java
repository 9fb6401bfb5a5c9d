package org.qualityportal.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qualityportal.api.SearchEntry;
import org.qualityportal.api.SearchSource;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.LiveChange;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.jobs.Job;
import org.qualityportal.portal.jobs.Jobs;
import org.qualityportal.search.ReindexProgress;
import org.qualityportal.search.SearchDocument;
import org.qualityportal.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the live tree: every saved live change (publish, unpublish, move,
 * delete) updates or removes the units it touched, and is searchable as soon as the repository reports
 * it; at start it applies what changed while it was not listening (see {@link #start}); a full rebuild runs
 * as a job (at start when the index was missing, corrupt, of an older schema or not in step with this
 * repository, or on an admin's request) while the old index keeps serving. Modules' public pages ({@link SearchSource})
 * are indexed with it and follow their modules' change reports.
 */
final class SearchIndexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);

    /** A catch-up larger than this many changed paths is done as a rebuild, a job that shows its progress. */
    static final int CATCH_UP_LIMIT = 5_000;
    /** The tree of files (assets) that items attach. */
    private static final String ASSETS = "dam";

    private final ContentStore store;
    private final SearchIndex index;
    private final LiveDocuments documents;
    private final Jobs jobs;
    private final List<SearchSource> modules;
    private final ModuleUpdates moduleUpdates;
    private AutoCloseable listening;

    SearchIndexer(ContentStore store, SearchIndex index, LiveDocuments documents, Jobs jobs, List<SearchSource> modules) {
        this.store = store;
        this.index = index;
        this.documents = documents;
        this.jobs = jobs;
        this.modules = List.copyOf(modules);
        this.moduleUpdates = new ModuleUpdates(index);
    }

    /**
     * Starts following the live tree, then brings the index in step with it: by a rebuild when {@code why} is
     * given (the index was missing, corrupt or of an older schema), else by applying what changed since the
     * mark the index keeps (changes made while no portal listened, e.g. by the {@code import} command). An index
     * without a mark this repository knows (built for another repository, or interrupted in its first build)
     * is rebuilt too, unless {@code rebuildForeign} is off.
     */
    void start(String why, boolean rebuildForeign) {
        listening = store.onLiveChange(this::apply);
        documents.onAttachmentsRead(this::applyUnits);
        for (SearchSource module : modules) {
            module.onChange(path -> moduleUpdates.changed(module, path));
        }
        String mark = store.liveMarks().mark(); // after listening starts: what comes later reaches apply()
        String reason = why != null ? why : catchUp();
        if (reason == null) {
            keep(mark);
            refreshModules();
        } else if (why == null && !rebuildForeign) {
            LOG.warn("Search index: {}; served as it is (portal.search.rebuild-foreign-index=false)", reason);
            store.liveMarks().releaseAllBut(null);
            refreshModules();
        } else {
            LOG.info("Search index: {}; rebuilding it from the live tree", reason);
            rebuild("system", () -> keep(mark));
        }
    }

    /** Applies what changed in the live tree since the index's mark; returns why that cannot be done, or null. */
    private String catchUp() {
        String since = index.sourceMark();
        if (since == null) {
            return "the index does not say which state of the repository it holds";
        }
        Optional<LiveChange> changes = store.liveMarks().changesSince(since);
        if (changes.isEmpty()) {
            return "the index was built for another repository, or from a state the repository no longer keeps";
        }
        int count = changes.get().paths().size();
        if (count > CATCH_UP_LIMIT) {
            return count + " changes of the live tree since the index's last run, more than a rebuild costs";
        }
        apply(changes.get());
        LOG.info("Search index: {} changed paths of the live tree since its last run applied", count);
        return null;
    }

    /** The index holds the live tree up to this mark and follows it on; older marks can go. */
    private void keep(String mark) {
        index.sourceMark(mark);
        store.liveMarks().releaseAllBut(mark);
    }

    /** Rebuilds the whole index as a job; returns it so a page can follow it. */
    Job rebuild(String user) {
        return rebuild(user, () -> { });
    }

    private Job rebuild(String user, Runnable afterwards) {
        return jobs.start("Переиндексация поиска", user, "/author/jobs", progress -> {
            List<SearchDocument> all;
            try (ContentSession live = store.open(Workspace.LIVE)) {
                all = new ArrayList<>(documents.all(live));
            }
            modules.forEach(module -> module.all().forEach(entry -> all.add(document(entry))));
            progress.total(all.size());
            long written = index.replaceAll(all, new ReindexProgress() {
                @Override
                public void indexed(long done) {
                    progress.step(done <= all.size() ? all.get((int) done - 1).path() : "");
                }

                @Override
                public void merging(int segments) {
                    progress.now("Все материалы записаны; части индекса объединяются");
                }
            });
            afterwards.run();
            int files = documents.attachmentsPending();
            return "Проиндексировано материалов и страниц: " + written + "."
                    + (files == 0 ? "" : " Файлов в очереди на чтение текста: " + files + "; их текст попадёт в поиск по мере чтения.");
        });
    }

    /** How many attached files wait to be read. */
    int attachmentsPending() {
        return documents.attachmentsPending();
    }

    /**
     * Indexes again each unit the change touched, once however many of its nodes changed, in one write; a
     * changed file (asset) also touches the items that attach it.
     */
    void apply(LiveChange change) {
        try (ContentSession live = store.open(Workspace.LIVE)) {
            Set<String> units = new LinkedHashSet<>();
            for (String path : change.paths()) {
                Optional<Content> node = live.get(path);
                if (node.isEmpty()) {
                    index.deleteTree(path);
                }
                Optional<String> unit = unitAt(live, node.isPresent() ? path : ContentPaths.parent(path)).map(Content::path);
                unit.ifPresent(units::add);
                if (ASSETS.equals(ContentPaths.tree(path))) { // a file replaced, moved or withdrawn: its items change
                    units.addAll(index.attaching(unit.orElse(path)));
                }
            }
            reindex(live, units);
            index.refresh();
        }
    }

    /** Indexes these units again as they are now in the live tree (their attached files have been read). */
    void applyUnits(Set<String> units) {
        try (ContentSession live = store.open(Workspace.LIVE)) {
            reindex(live, units);
            index.refresh();
        }
    }

    /** Each unit as it is now in the live tree, in one write; one that is gone or not searchable leaves the index. */
    private void reindex(ContentSession live, Set<String> units) {
        List<SearchDocument> current = new ArrayList<>();
        for (String path : units) {
            Optional<SearchDocument> document = live.get(path).filter(Content::isUnit).flatMap(unit -> documents.of(live, unit));
            document.ifPresentOrElse(current::add, () -> index.delete(path));
        }
        if (!current.isEmpty()) {
            index.updateAll(current);
        }
    }

    /**
     * Indexes the modules' entries as they are now. At start the index may predate a module's latest
     * changes (or the module itself); updates are idempotent by path, so this is always safe.
     */
    private void refreshModules() {
        int count = 0;
        for (SearchSource module : modules) {
            for (SearchEntry entry : module.all()) {
                index.update(document(entry));
                count++;
            }
        }
        index.refresh();
        LOG.info("Search index: {} pages of modules indexed", count);
    }

    static SearchDocument document(SearchEntry e) {
        return SearchDocument.of(e.path(), e.url(), e.type(), e.typeLabel(), e.title()).withSummary(e.summary())
                .withBody(e.body()).withDate(e.date()).withMunicipalities(e.municipalities().toArray(String[]::new));
    }

    /** The unit a path belongs to: the node itself or its nearest ancestor that is a unit. */
    private static Optional<Content> unitAt(ContentSession live, String path) {
        for (String p = path; p != null && ContentStore.isContentPath(p) && ContentPaths.depth(p) >= 2; p = ContentPaths.parent(p)) {
            Optional<Content> node = live.get(p);
            if (node.isPresent() && node.get().isUnit()) {
                return node;
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws Exception {
        if (listening != null) {
            listening.close();
        }
        moduleUpdates.close();
    }
}
