package org.qualityportal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Deals items into groups of about equal size: largest first, each into the group with the least so far.
 * The largest group is then at most a third above the best possible split (Graham's bound); for the few,
 * uneven items it is used for, segments of an index, it is usually within a few per cent.
 */
final class EvenGroups {
    private EvenGroups() {
    }

    /** At most {@code count} groups (none for no items, never an empty one). */
    static <T> List<List<T>> deal(List<T> items, ToLongFunction<T> size, int count) {
        int groupCount = Math.min(count, items.size());
        List<T> largestFirst = new ArrayList<>(items);
        largestFirst.sort(Comparator.comparingLong(size).reversed());
        List<List<T>> groups = new ArrayList<>();
        long[] sizes = new long[groupCount];
        for (int i = 0; i < groupCount; i++) {
            groups.add(new ArrayList<>());
        }
        for (T item : largestFirst) {
            int smallest = 0;
            for (int i = 1; i < groupCount; i++) {
                if (sizes[i] < sizes[smallest]) {
                    smallest = i;
                }
            }
            groups.get(smallest).add(item);
            sizes[smallest] += size.applyAsLong(item);
        }
        return groups;
    }
}
