package org.qualityportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * Lucene's usual merging, except that a forced merge into {@code n} segments makes them about
 * equally large: the segments are dealt out largest first, each to the group with the fewest bytes
 * so far, and each group merged into one segment. The searcher gives each processor one slice of
 * about equal size ({@link PortalSearcher}); with segments this even, each slice is one segment, and
 * a search pays the per-segment costs (looking up each word, opening its postings) once per slice
 * instead of once per segment of twenty. Lucene's own forced merge leaves the largest segment as it
 * is and merges the rest, three quarters of the index in one segment.
 */
final class EvenMerges extends FilterMergePolicy {

    EvenMerges(MergePolicy usual) {
        super(usual);
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
            Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
        if (!context.getMergingSegments().isEmpty()) {
            // asked again when they finish: dealing out what is not merging now would leave their result
            // as one more segment, merged later with whichever group is smallest
            return null;
        }
        List<SegmentCommitInfo> eligible = new ArrayList<>();
        boolean deletes = false;
        for (SegmentCommitInfo info : infos) {
            if (segmentsToMerge.containsKey(info)) {
                eligible.add(info);
                deletes |= context.numDeletesToMerge(info) > 0;
            }
        }
        if (eligible.size() <= maxSegmentCount && !deletes) {
            return null;
        }
        List<List<SegmentCommitInfo>> groups = deal(eligible, maxSegmentCount, context);
        MergeSpecification merges = new MergeSpecification();
        for (List<SegmentCommitInfo> group : groups) {
            if (group.size() > 1 || hasDeletes(group, context)) {
                merges.add(new OneMerge(group));
            }
        }
        return merges.merges.isEmpty() ? null : merges;
    }

    /** The segments in at most {@code count} groups of about as many bytes (of live documents) each. */
    private static List<List<SegmentCommitInfo>> deal(List<SegmentCommitInfo> segments, int count,
            MergeContext context) throws IOException {
        Map<SegmentCommitInfo, Long> bytes = new HashMap<>();
        for (SegmentCommitInfo info : segments) {
            bytes.put(info, liveBytes(info, context));
        }
        return EvenGroups.deal(segments, bytes::get, count);
    }

    /** The segment's bytes in proportion to its documents not deleted (the wrapped policy may size otherwise). */
    private static long liveBytes(SegmentCommitInfo info, MergeContext context) throws IOException {
        int documents = info.info.maxDoc();
        if (documents <= 0) {
            return info.sizeInBytes();
        }
        return (long) (info.sizeInBytes() * (1.0 - (double) context.numDeletesToMerge(info) / documents));
    }

    private static boolean hasDeletes(List<SegmentCommitInfo> group, MergeContext context) throws IOException {
        for (SegmentCommitInfo info : group) {
            if (context.numDeletesToMerge(info) > 0) {
                return true;
            }
        }
        return false;
    }
}
