package org.qualityportal.portal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.transfer.ContentExporter;
import org.qualityportal.content.transfer.ContentImporter;
import org.qualityportal.content.transfer.ImportProgress;
import org.qualityportal.content.transfer.ImportReport;

/**
 * {@code import DIR [--no-publish]} and {@code export DIR [TREE...]}, run against the repository of
 * {@code portal.home} while no portal is serving it.
 */
public final class ContentCommands {
    public static final List<String> NAMES = List.of("import", "export");

    private final ContentStore store;
    private final PrintStream out;

    public ContentCommands(ContentStore store, PrintStream out) {
        this.store = store;
        this.out = out;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** @return the process exit code */
    public int run(String[] args) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--portal.") && !a.startsWith("--server.")).toList();
        if (words.size() < 2) {
            out.println("Usage: import DIR [--no-publish] | export DIR [TREE...]");
            return 2;
        }
        Path dir = Path.of(words.get(1));
        try {
            if (words.get(0).equals("import")) {
                boolean publish = !words.contains("--no-publish");
                ImportReport report = new ContentImporter(store).importDirectory(dir, publish, progress("Imported"));
                out.println("Import finished: " + report);
            } else {
                int count = new ContentExporter(store).export(dir, words.subList(2, words.size()), progress("Exported"));
                out.println("Export finished: " + count + " units written to " + dir.toAbsolutePath());
            }
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            out.println("Failed: " + e.getMessage());
            return 1;
        }
    }

    private ImportProgress progress(String verb) {
        return (done, total, path) -> out.printf("[%d/%d] %s %s%n", done, total, verb, path);
    }
}
