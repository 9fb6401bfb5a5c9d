package org.qualityportal.portal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.store.FSDirectory;
import org.qualityportal.api.SearchSource;
import org.qualityportal.content.ContentStore;
import org.qualityportal.portal.config.PortalProperties;
import org.qualityportal.portal.jobs.Jobs;
import org.qualityportal.search.OpenedIndex;
import org.qualityportal.search.SearchIndex;
import org.qualityportal.search.SearchService;
import org.qualityportal.search.Synonyms;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.rendering.PageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index under {@code <portal.home>/index}, the search service with the light module's
 * synonym list ({@code portal/search/synonyms.txt}, or the built-in one), and the indexer that follows
 * the live tree, reading attached files' text in the background. Only in the web application: the content commands run without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SearchConfiguration.class);
    static final String SYNONYMS = "portal/search/synonyms.txt";

    @Bean
    OpenedIndex openedIndex(PortalProperties properties) throws IOException {
        Path directory = properties.home().resolve("index");
        Files.createDirectories(directory);
        return SearchIndex.openOrCreate(FSDirectory.open(directory));
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(OpenedIndex opened) {
        return opened.index();
    }

    @Bean
    Synonyms synonyms(PortalProperties properties) throws IOException {
        Path file = properties.lightModules().resolve(SYNONYMS);
        if (Files.isRegularFile(file)) {
            Synonyms synonyms = Synonyms.load(file);
            LOG.info("Search synonyms: {} entries from {}", synonyms.size(), file);
            return synonyms;
        }
        return Synonyms.defaults();
    }

    @Bean
    SearchService searchService(SearchIndex index, Synonyms synonyms) {
        return new SearchService(index, synonyms);
    }

    @Bean(destroyMethod = "close")
    AttachmentTexts attachmentTexts(ContentStore store, PortalProperties properties, SearchProperties search) throws IOException {
        return new AttachmentTexts(store, properties.home().resolve("index-text"), search);
    }

    @Bean(destroyMethod = "close")
    SearchIndexer searchIndexer(ContentStore store, OpenedIndex opened, LightModuleRegistry registry, PageRenderer renderer,
                                Jobs jobs, AttachmentTexts attachments, List<SearchSource> modules, SearchProperties search) {
        SearchIndexer indexer = new SearchIndexer(store, opened.index(),
                new LiveDocuments(registry, renderer.site(), attachments), jobs, modules);
        String why = !opened.needsRebuild() ? null
                : opened.problem() != null ? opened.problem() : "the index is " + opened.state();
        indexer.start(why, search.rebuildForeignIndex());
        return indexer;
    }
}
