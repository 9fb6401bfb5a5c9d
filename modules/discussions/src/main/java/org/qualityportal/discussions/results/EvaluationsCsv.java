package org.qualityportal.discussions.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.review.Assignment;
import org.qualityportal.discussions.review.Evaluation;
import org.qualityportal.discussions.review.EvaluationForm;

/** The experts' evaluations as CSV: one row per assigned expert, scores and reasons per criterion. */
public final class EvaluationsCsv {
    private EvaluationsCsv() {
    }

    public static void write(EvaluationForm form, List<Assignment> assignments, List<Evaluation> evaluations,
                             ModuleTime time, OutputStream out) throws IOException {
        Csv.write(ResultTables.evaluations(form, assignments, evaluations, time), out);
    }
}
