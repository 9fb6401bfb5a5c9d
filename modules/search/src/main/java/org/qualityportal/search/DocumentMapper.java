package org.qualityportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** Turns a {@link SearchDocument} into the Lucene document described by {@link SearchFields}. */
final class DocumentMapper {
    /** Longest text kept of one field or attachment: beyond it, indexing and snippets stop. */
    static final int MAX_TEXT = 1_000_000;

    /** Analyzed, stored, offsets in the postings: the unified highlighter needs no re-analysis. */
    private static final FieldType SNIPPET_TEXT = snippetText();
    /**
     * Analyzed, stored, positions without offsets in the postings: attachments are three quarters of all
     * text, and a phrase search skipping over their offsets spent a tenth of its time there. The offsets
     * are in term vectors instead, read for the few hits whose snippet comes from an attachment (analyzing
     * a long file again for its snippet would take about 10 ms per 100,000 characters).
     */
    private static final FieldType LONG_TEXT = longText();
    /** Not stored, documents only: the plain-word fields serve lookups, not ranking. */
    private static final FieldType WORDS = words();

    /** Facet dimensions; multi-valued ones must be declared before documents are built. */
    static final FacetsConfig FACETS = facetsConfig();

    private DocumentMapper() {
    }

    static Document toLucene(SearchDocument source, long generation) {
        Document doc = new Document();
        doc.add(new LongPoint(SearchFields.GENERATION, generation));
        doc.add(new StringField(SearchFields.PATH, source.path(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.URL, source.url()));
        doc.add(new StringField(SearchFields.TYPE, source.type(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.TYPE_LABEL, source.typeLabel()));

        doc.add(new TextField(SearchFields.TITLE, clean(source.title()), Field.Store.YES));
        doc.add(new Field(SearchFields.SUMMARY, clean(source.summary()), SNIPPET_TEXT));
        doc.add(new Field(SearchFields.BODY, clean(source.body()), SNIPPET_TEXT));
        for (SearchDocument.Attachment attachment : source.attachments()) {
            doc.add(new Field(SearchFields.ATTACHMENT, clean(attachment.text()), LONG_TEXT));
            doc.add(new StoredField(SearchFields.ATTACHMENT_NAME, attachment.name()));
            if (!attachment.source().isEmpty()) {
                doc.add(new StringField(SearchFields.ATTACHED, attachment.source(), Field.Store.NO));
            }
        }
        for (String tag : tags(source)) {
            doc.add(new TextField(SearchFields.TAGS, tag, Field.Store.NO));
        }

        doc.add(new Field(SearchFields.TITLE_WORDS, clean(source.title()), WORDS));
        for (String text : List.of(source.title(), source.summary(), source.body())) {
            doc.add(new Field(SearchFields.SPELL, clean(text), WORDS));
        }
        for (String tag : tags(source)) {
            doc.add(new Field(SearchFields.SPELL, tag, WORDS));
        }

        if (source.date() != null) {
            long day = source.date().toEpochDay();
            doc.add(new LongPoint(SearchFields.DATE, day));
            doc.add(new NumericDocValuesField(SearchFields.DATE, day));
            doc.add(new StoredField(SearchFields.DATE, day));
        }
        if (source.facetYear() != null) {
            facet(doc, SearchFacet.YEAR, String.valueOf(source.facetYear()));
        }
        if (!source.type().isEmpty()) {
            facet(doc, SearchFacet.TYPE, source.type());
        }
        source.mechanisms().forEach(v -> facet(doc, SearchFacet.MECHANISM, v));
        source.municipalities().forEach(v -> facet(doc, SearchFacet.MUNICIPALITY, v));
        source.organisations().forEach(v -> facet(doc, SearchFacet.ORGANISATION, v));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Control characters removed (the highlighter joins attachment values with U+0000 and
     * counts those to name the matching attachment), length capped at {@link #MAX_TEXT}.
     */
    static String clean(String text) {
        String capped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        StringBuilder out = null;
        for (int i = 0; i < capped.length(); i++) {
            char c = capped.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                if (out == null) {
                    out = new StringBuilder(capped.length()).append(capped, 0, i);
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? capped : out.toString();
    }

    private static List<String> tags(SearchDocument source) {
        return java.util.stream.Stream.of(source.mechanisms(), source.municipalities(), source.organisations())
                .flatMap(List::stream).toList();
    }

    private static void facet(Document doc, SearchFacet facet, String value) {
        doc.add(new SortedSetDocValuesFacetField(facet.dimension(), value));
    }

    private static FieldType snippetText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType longText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setStoreTermVectors(true);
        type.setStoreTermVectorPositions(true);
        type.setStoreTermVectorOffsets(true);
        type.freeze();
        return type;
    }

    private static FieldType words() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (SearchFacet facet : SearchFacet.values()) {
            config.setMultiValued(facet.dimension(), facet.multiValued());
        }
        return config;
    }
}
