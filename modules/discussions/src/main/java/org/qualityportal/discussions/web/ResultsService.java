package org.qualityportal.discussions.web;

import org.qualityportal.discussions.DiscussionsProperties;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Contributions;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.results.Summaries;
import org.qualityportal.discussions.results.Summary;
import org.qualityportal.discussions.review.EvaluationForms;
import org.qualityportal.discussions.review.ReviewAggregate;
import org.qualityportal.discussions.review.Reviews;
import org.springframework.stereotype.Component;

/** Computes a discussion's summary of results from what is stored now (the page, the PDF and the exports share it). */
@Component
public class ResultsService {
    private final Contributions contributions;
    private final Reviews reviews;
    private final EvaluationForms forms;
    private final DiscussionsProperties properties;
    private final ModuleTime time;

    ResultsService(Contributions contributions, Reviews reviews, EvaluationForms forms, DiscussionsProperties properties,
                   ModuleTime time) {
        this.contributions = contributions;
        this.reviews = reviews;
        this.forms = forms;
        this.properties = properties;
        this.time = time;
    }

    public ReviewAggregate review(Discussion d) {
        return ReviewAggregate.of(forms.current(), reviews.assignments(d.id()), reviews.evaluations(d.id()), time.now());
    }

    public Summary summary(Discussion d) {
        return Summaries.compute(d, contributions.of(d.id()), review(d), properties.smallGroup());
    }
}
