package org.qualityportal.content.transfer;

/** Receives progress of a long import or export, e.g. to print it or show it in the author UI. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, path) -> { };

    /** Called after each unit: {@code done} of {@code total}, the unit just handled. */
    void step(int done, int total, String path);
}
