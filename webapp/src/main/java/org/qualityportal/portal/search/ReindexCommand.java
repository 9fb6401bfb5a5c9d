package org.qualityportal.portal.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.store.FSDirectory;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.config.PortalProperties;
import org.qualityportal.search.ReindexProgress;
import org.qualityportal.search.SearchDocument;
import org.qualityportal.search.SearchIndex;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.rendering.PageRenderer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;

/**
 * {@code reindex}: rebuilds the search index of {@code portal.home} from the live tree while no portal
 * is serving it, reading every attached file's text first (unlike the portal, which reads them in the
 * background), and prints its progress.
 */
public final class ReindexCommand {
    public static final String NAME = "reindex";
    private static final long STEP = 500;

    private final ApplicationContext context;
    private final PrintStream out;

    public ReindexCommand(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals(NAME);
    }

    /** @return the process exit code */
    public int run() {
        PortalProperties portal = context.getBean(PortalProperties.class);
        SearchProperties settings = Binder.get(context.getEnvironment()).bindOrCreate("portal.search", SearchProperties.class);
        ContentStore store = context.getBean(ContentStore.class);
        long started = System.nanoTime();
        Path directory = portal.home().resolve("index");
        try (AttachmentTexts files = new AttachmentTexts(store, portal.home().resolve("index-text"), settings)) {
            LiveDocuments documents = new LiveDocuments(context.getBean(LightModuleRegistry.class),
                    context.getBean(PageRenderer.class).site(), files);
            read(store, documents);
            waitForFiles(files);
            String mark = store.liveMarks().mark(); // the index will hold the live tree as it is from here
            List<SearchDocument> all = read(store, documents);
            Files.createDirectories(directory);
            try (SearchIndex index = SearchIndex.openOrCreate(FSDirectory.open(directory)).index()) {
                long written = index.replaceAll(all, new ReindexProgress() {
                    @Override
                    public void indexed(long done) {
                        if (done % STEP == 0 || done == all.size()) {
                            out.printf("[%d/%d] indexed%n", done, all.size());
                        }
                    }

                    @Override
                    public void merging(int segments) {
                        out.printf("merging the index into %d segments (one per processor)%n", segments);
                    }
                });
                index.sourceMark(mark);
                store.liveMarks().releaseAllBut(mark);
                out.printf("Reindex finished: %d documents in %.1f s, index at %s%n", written,
                        (System.nanoTime() - started) / 1e9, directory.toAbsolutePath());
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("Reindex failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("Reindex interrupted");
            return 1;
        }
    }

    /** Every live document; the first call queues the attached files not read yet. */
    private static List<SearchDocument> read(ContentStore store, LiveDocuments documents) {
        try (ContentSession live = store.open(Workspace.LIVE)) {
            return documents.all(live);
        }
    }

    private void waitForFiles(AttachmentTexts files) throws InterruptedException {
        int left = files.pending();
        while (left > 0) {
            out.printf("Reading attached files: %d left%n", left);
            Thread.sleep(500);
            left = files.pending();
        }
    }
}
