package org.qualityportal.discussions.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.Content;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Posting;
import org.qualityportal.discussions.discussion.Section;
import org.qualityportal.discussions.discussion.Sections;
import org.qualityportal.discussions.discussion.Stance;
import org.qualityportal.discussions.discussion.Track;

/** Everything the discussion page prints, computed here so the template only formats. */
public record DiscussionPage(String id, String title, String documentTitle, String documentLink, String draftBody,
                             String phase,
                             String opens, String closes, boolean open, List<TrackView> tracks, List<SectionView> sections,
                             List<ThreadView.Item> threads, List<StanceCount> stances, int shown, boolean resultsPublished) {

    /** A track and whether the viewer may post in it (else why not). */
    public record TrackView(String id, String label, String refusal) {
        public boolean allowed() {
            return refusal.isEmpty();
        }
    }

    /** A section open for comment, with its current text when it is still found in the document. */
    public record SectionView(String anchor, String title, String text, boolean found) {
    }

    public record StanceCount(String label, int count) {
    }

    /**
     * @param documentLink the document's public address; for a draft made public for discussion (which has
     *                     no public page) empty, and the draft's text is shown on the discussion page instead
     */
    static DiscussionPage of(Discussion d, Optional<Content> document, String documentLink, List<Contribution> all,
                             Viewer viewer, Posting posting, ModuleTime time) {
        List<TrackView> tracks = new ArrayList<>();
        for (Track t : Track.values()) {
            if (d.has(t)) {
                tracks.add(new TrackView(t.id(), t.label(), posting.refusal(d, t, viewer).orElse("")));
            }
        }
        List<Sections.Block> blocks = Sections.blocks(document.map(c -> c.string("body")).orElse(""));
        List<SectionView> sections = new ArrayList<>();
        for (Section s : d.sections()) {
            Optional<Integer> at = Sections.locate(s, blocks);
            sections.add(new SectionView(s.anchor(), s.title(), at.map(i -> blocks.get(i).text()).orElse(s.text()),
                    at.isPresent()));
        }
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        all.stream().filter(Contribution::visible).forEach(c -> counts.merge(c.stance(), 1, Integer::sum));
        List<StanceCount> stances = new ArrayList<>();
        for (Stance s : Stance.values()) {
            stances.add(new StanceCount(s.label(), counts.getOrDefault(s, 0)));
        }
        Discussion.Phase phase = d.phase(time.now());
        String phaseLabel = switch (phase) {
            case UPCOMING -> "Откроется " + time.format(d.opens());
            case OPEN -> "Идёт обсуждение до " + time.format(d.closes());
            case CLOSED -> "Обсуждение завершено " + time.format(d.closes());
        };
        return new DiscussionPage(d.id(), d.title(), document.map(c -> c.string("title")).orElse(d.title()),
                documentLink, documentLink.isEmpty() ? document.map(c -> c.string("body")).orElse("") : "", phaseLabel, time.format(d.opens()), time.format(d.closes()),
                phase == Discussion.Phase.OPEN, tracks, sections, ThreadView.threads(d, all, viewer, posting, time),
                stances, (int) all.stream().filter(Contribution::visible).count(), d.resultsPublished());
    }
}
