package org.qualityportal.discussions.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.registry.Directory;
import org.qualityportal.discussions.results.Summary;
import org.qualityportal.discussions.results.SummaryPdf;
import org.qualityportal.templating.rendering.PageRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The published summary of results, as a page and as a PDF; editors may look before it is published. */
@Controller
class ResultsController {
    private final Discussions discussions;
    private final ResultsService results;
    private final ModulePages pages;
    private final PageRenderer renderer;
    private final ModuleTime time;
    private final Directory directory;

    ResultsController(Discussions discussions, ResultsService results, ModulePages pages, PageRenderer renderer,
                      ModuleTime time, Directory directory) {
        this.directory = directory;
        this.discussions = discussions;
        this.results = results;
        this.pages = pages;
        this.renderer = renderer;
        this.time = time;
    }

    @GetMapping("/discussions/{id}/results")
    ResponseEntity<String> page(@PathVariable String id, HttpServletRequest request) {
        Discussion d = readable(id);
        Summary s = results.summary(d);
        return pages.render(request, "results", "Итоги обсуждения: " + d.title(), Map.of("s", s,
                "documentTitle", documentTitle(d),
                "period", time.format(d.opens()) + " — " + time.format(d.closes()),
                "documentLink", documentLink(d), "preview", !d.resultsPublished()));
    }

    @GetMapping("/discussions/{id}/results.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) throws IOException {
        Discussion d = readable(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(results.summary(d), documentTitle(d), time, out);
        return RunController.file(out, "results-" + id + ".pdf", "application/pdf");
    }

    private String documentTitle(Discussion d) {
        return directory.discussed(d.documentPath()).map(Directory.Discussed::title).orElse(d.title());
    }

    /** The public page of the document, or the discussion's page for a draft (which has none). */
    private String documentLink(Discussion d) {
        return directory.discussed(d.documentPath()).filter(doc -> !doc.draft())
                .map(doc -> renderer.site().link(d.documentPath())).orElse("/discussions/" + d.id());
    }

    private Discussion readable(String id) {
        Discussion d = discussions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!d.resultsPublished() && !Viewer.current().editor()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return d;
    }
}
