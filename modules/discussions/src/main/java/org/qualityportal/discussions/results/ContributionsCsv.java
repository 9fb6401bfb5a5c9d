package org.qualityportal.discussions.results;

import java.io.IOException;
import java.io.OutputStream;

import org.qualityportal.discussions.ModuleTime;

/** The disposition table of a discussion as CSV, for editors who work in a spreadsheet. */
public final class ContributionsCsv {
    private ContributionsCsv() {
    }

    public static void write(Summary summary, ModuleTime time, OutputStream out) throws IOException {
        Csv.write(ResultTables.contributions(summary, time), out);
    }
}
