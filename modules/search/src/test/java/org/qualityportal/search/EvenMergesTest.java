package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class EvenMergesTest {
    /** Segments as a large reindex leaves them: two large ones, many small ones. */
    private static final int[] SEGMENTS = {2690, 2660, 270, 260, 280, 270, 260, 270, 270, 280, 270, 260, 275, 265, 90};

    @Test
    void aForcedMergeMakesSegmentsOfAboutEqualSize() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = writer(directory, NoMergePolicy.INSTANCE)) {
                add(writer, SEGMENTS);
            }
            try (IndexWriter writer = writer(directory, new EvenMerges(NoMergePolicy.INSTANCE))) {
                writer.forceMerge(2);
            }
            int total = Arrays.stream(SEGMENTS).sum();
            assertThat(docsPerSegment(directory)).hasSize(2).allSatisfy(
                    docs -> assertThat(docs).isBetween(total * 45 / 100, total * 55 / 100));
        }
    }

    @Test
    void deletedDocumentsAreMergedAwayEvenWhenTheCountIsReached() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = writer(directory, NoMergePolicy.INSTANCE)) {
                add(writer, 300, 200);
                writer.deleteDocuments(new Term("id", "0-5"), new Term("id", "1-7"));
            }
            try (IndexWriter writer = writer(directory, new EvenMerges(NoMergePolicy.INSTANCE))) {
                writer.forceMerge(2);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(2);
                assertThat(reader.numDeletedDocs()).isZero();
                assertThat(reader.numDocs()).isEqualTo(498);
            }
        }
    }

    private static IndexWriter writer(Directory directory, org.apache.lucene.index.MergePolicy policy)
            throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(policy));
    }

    /** One segment per size given; every document alike in size, so bytes go with documents. */
    private static void add(IndexWriter writer, int... sizes) throws IOException {
        for (int segment = 0; segment < sizes.length; segment++) {
            for (int i = 0; i < sizes[segment]; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", segment + "-" + i, Field.Store.YES));
                doc.add(new TextField("text", "оценка качества образования " + i % 7, Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
        }
    }

    private static List<Integer> docsPerSegment(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().stream().map(LeafReaderContext::reader).map(r -> r.maxDoc()).toList();
        }
    }
}
