package org.qualityportal.discussions.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.qualityportal.api.SearchEntry;
import org.qualityportal.api.SearchSource;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.Contributions;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.registry.Directory;
import org.springframework.stereotype.Component;

/**
 * Discussions in the portal's search: one entry per discussion page, with what its page shows to
 * everyone — the title, the document, the sections open for comment and the published contributions.
 * Contributions waiting for moderation, hidden, rejected or withdrawn are not in it, and a change to
 * any of them (a post, an approval, a hiding) reaches the index through the change reports.
 */
@Component
public class DiscussionSearch implements SearchSource {
    static final String PREFIX = "/discussions/";
    static final String TYPE = "discussion";
    static final String TYPE_LABEL = "Обсуждение";

    private final Discussions discussions;
    private final Contributions contributions;
    private final Directory directory;
    private final ModuleTime time;

    public DiscussionSearch(Discussions discussions, Contributions contributions, Directory directory, ModuleTime time) {
        this.discussions = discussions;
        this.contributions = contributions;
        this.directory = directory;
        this.time = time;
    }

    @Override
    public List<SearchEntry> all() {
        return discussions.all().stream().map(this::entry).toList();
    }

    @Override
    public Optional<SearchEntry> find(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return discussions.find(path.substring(PREFIX.length())).map(this::entry);
    }

    @Override
    public void onChange(Consumer<String> changedPath) {
        discussions.onChange(id -> changedPath.accept(PREFIX + id));
        contributions.onChange(id -> changedPath.accept(PREFIX + id));
    }

    SearchEntry entry(Discussion d) {
        String document = directory.discussed(d.documentPath()).map(Directory.Discussed::title).orElse("");
        String sections = d.sections().stream().flatMap(s -> Stream.of(s.title(), s.text()))
                .collect(Collectors.joining("\n"));
        String posted = contributions.of(d.id()).stream().filter(Contribution::visible).map(Contribution::text)
                .collect(Collectors.joining("\n"));
        String period = time.format(d.opens()) + " — " + time.format(d.closes());
        String summary = document.isEmpty() ? "Обсуждение, " + period : "Обсуждение документа «" + document + "», " + period;
        return new SearchEntry(PREFIX + d.id(), PREFIX + d.id(), TYPE, TYPE_LABEL, d.title(), summary,
                String.join("\n", document, sections, posted), d.opens().atZone(time.zone()).toLocalDate(), List.of());
    }
}
