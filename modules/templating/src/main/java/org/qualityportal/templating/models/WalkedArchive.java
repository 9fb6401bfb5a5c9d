package org.qualityportal.templating.models;

import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;

/** An archive read by walking the items under its root: for previews of drafts, which the index never holds. */
final class WalkedArchive implements ArchiveSource {
    private final List<Content> all;

    WalkedArchive(ContentView view, String root) {
        this.all = Items.under(view, root, true);
        all.sort(Items.newestFirst());
    }

    @Override
    public SortedMap<Integer, Integer> years() {
        TreeMap<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        all.stream().map(Items::year).filter(y -> y > 0).forEach(y -> counts.merge(y, 1, Integer::sum));
        return counts;
    }

    @Override
    public int count(int year) {
        return of(year).size();
    }

    @Override
    public List<Content> page(int year, int page, int size) {
        List<Content> chosen = of(year);
        int from = Math.min(chosen.size(), (page - 1) * size);
        return chosen.subList(from, Math.min(chosen.size(), from + size));
    }

    private List<Content> of(int year) {
        return year == 0 ? all : all.stream().filter(c -> Items.year(c) == year).toList();
    }
}
