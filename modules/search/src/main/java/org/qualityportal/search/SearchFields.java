package org.qualityportal.search;

/**
 * Every Lucene field name of the portal's index, in one place, with the schema version.
 *
 * <p>Why each field has its type is said beside it. Whenever a field is added, removed or
 * indexed differently, raise {@link #SCHEMA_VERSION}: an index written under another version
 * reports {@link SearchIndex#isCurrent()} {@code false}, and the portal rebuilds it while the
 * old one keeps serving.
 */
public final class SearchFields {

    /** Version of the layout below; stored in each commit's user data under {@link #SCHEMA_KEY}. */
    public static final int SCHEMA_VERSION = 3;

    /** Commit user-data key holding the schema version. */
    public static final String SCHEMA_KEY = "portal.search.schema";
    /** Commit user-data key holding the generation of the last complete reindex. */
    public static final String GENERATION_KEY = "portal.search.generation";
    /**
     * Commit user-data key holding the content source's mark: the index holds every change of the source
     * up to it (see {@link SearchIndex#sourceMark()}).
     */
    public static final String SOURCE_MARK_KEY = "portal.search.sourceMark";

    /** Unique id: the repository path. Untokenized, so updates and deletes can address it by term. */
    public static final String PATH = "path";
    /** Public URL; stored only (never searched). */
    public static final String URL = "url";
    /** Content type name (document, news, …): untokenized for exact lookups; also the type facet. */
    public static final String TYPE = "type";
    /** Human label of the type, stored only, shown in hits and facet values. */
    public static final String TYPE_LABEL = "typeLabel";

    /** Title: analyzed (Russian/English stems), stored for hits, boosted most in ranking. */
    public static final String TITLE = "title";
    /** Summary (lead): analyzed, stored with offsets for snippets. */
    public static final String SUMMARY = "summary";
    /** Plain body text: analyzed, stored with offsets for snippets. */
    public static final String BODY = "body";
    /**
     * Text of attachments: one value per attachment, in the order of {@link #ATTACHMENT_NAME},
     * analyzed with positions (offsets in term vectors, not in the postings) and stored, so a snippet can
     * say which attachment matched.
     * Schema 2 called it {@code attachment}, with offsets; Lucene cannot change a field's options in an
     * index, so the rebuild writes it under a new name and the old one goes with the old documents.
     */
    public static final String ATTACHMENT = "attachmentText";
    /** Names of attachments, stored only, parallel to {@link #ATTACHMENT}. */
    public static final String ATTACHMENT_NAME = "attachmentName";
    /** Paths of the assets a document attaches: untokenized, not stored, to find the documents to index again when one changes. */
    public static final String ATTACHED = "attached";
    /** Mechanisms, municipalities and organisations as analyzed text, so their names are searchable. */
    public static final String TAGS = "tags";

    /** Date as epoch day: a point for ranges, doc values for sorting, stored for hits. */
    public static final String DATE = "date";

    /**
     * Which full reindex wrote the document (a point, not stored): at its end a reindex deletes
     * every document carrying another generation, i.e. items no longer published.
     */
    public static final String GENERATION = "generation";

    /** Title words lowercased, ё folded, not stemmed: prefix matching for suggestions as you type. */
    public static final String TITLE_WORDS = "titleWords";
    /** Words of title, summary, body and tags, not stemmed: the dictionary of the spelling suggester. */
    public static final String SPELL = "spell";

    /** Fields full-text queries look into. */
    static final String[] SEARCHED = {TITLE, SUMMARY, BODY, ATTACHMENT, TAGS};

    private SearchFields() {
    }
}
