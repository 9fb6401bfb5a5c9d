package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class PortalSearcherTest {

    /** Segments as a merged index has them: two large ones and many small ones. */
    private static final int[] SEGMENTS = {2700, 26900, 2600, 26600, 2800, 2700, 2600, 2700, 900, 2600, 1800, 3400};

    @Test
    void slicesHoldAboutAsManyDocumentsEach() throws IOException {
        try (Directory directory = segments(SEGMENTS); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSize(SEGMENTS.length);
            int total = Arrays.stream(SEGMENTS).sum();

            LeafSlice[] two = PortalSearcher.balanced(reader.leaves(), 2);
            assertThat(two).hasSize(2);
            assertThat(Arrays.stream(two).mapToInt(PortalSearcherTest::docs))
                    .as("Lucene's default puts 62 %% of these documents in one slice")
                    .allSatisfy(docs -> assertThat(docs).isBetween(total / 2 - 1000, total / 2 + 1000));
            assertThat(Arrays.stream(two).mapToInt(s -> s.leaves.length).sum()).isEqualTo(SEGMENTS.length);

            LeafSlice[] three = PortalSearcher.balanced(reader.leaves(), 3);
            assertThat(three).hasSize(3);
            assertThat(Arrays.stream(three).mapToInt(PortalSearcherTest::docs).max().getAsInt())
                    .as("no slice can hold less than the largest segment").isEqualTo(26900);
        }
    }

    @Test
    void neverMoreSlicesThanSegmentsNorAnEmptyOne() throws IOException {
        try (Directory directory = segments(500, 300); DirectoryReader reader = DirectoryReader.open(directory)) {
            LeafSlice[] slices = PortalSearcher.balanced(reader.leaves(), 8);
            assertThat(slices).hasSize(2).allSatisfy(slice -> assertThat(slice.leaves).hasSize(1));
        }
        try (Directory directory = segments(); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(PortalSearcher.balanced(reader.leaves(), 2)).isEmpty();
        }
    }

    private static int docs(LeafSlice slice) {
        return Arrays.stream(slice.leaves).mapToInt(leaf -> leaf.reader().maxDoc()).sum();
    }

    /** An index with one segment per size given, in that order. */
    private static Directory segments(int... sizes) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int size : sizes) {
                for (int i = 0; i < size; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
        }
        return directory;
    }
}
