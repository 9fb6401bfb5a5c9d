package org.qualityportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Facet counts as the search page shows them: every facet present (possibly empty), selected
 * values always listed (with 0 if nothing matches them now, so they can be unselected), years
 * newest first, other values most frequent first, types with their labels.
 */
final class FacetCounter {
    /** Most values listed per facet (selected ones are always kept). */
    static final int MAX_VALUES = 50;

    private FacetCounter() {
    }

    static Map<SearchFacet, List<FacetValue>> count(PortalSearcher searcher, Facets facets, SearchQuery query)
            throws IOException {
        Map<SearchFacet, List<FacetValue>> all = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            Set<String> selected = query.selected(facet);
            List<FacetValue> values = new ArrayList<>();
            for (LabelAndValue counted : children(facets, facet)) {
                values.add(new FacetValue(counted.label, label(searcher, facet, counted.label),
                        counted.value.longValue(), selected.contains(counted.label)));
            }
            for (String value : selected) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new FacetValue(value, label(searcher, facet, value), 0, true));
                }
            }
            values.sort(order(facet));
            List<FacetValue> shown = new ArrayList<>();
            for (FacetValue value : values) {
                if (shown.size() < MAX_VALUES || value.selected()) {
                    shown.add(value);
                }
            }
            all.put(facet, List.copyOf(shown));
        }
        return all;
    }

    private static LabelAndValue[] children(Facets facets, SearchFacet facet) throws IOException {
        if (facets == null) {
            return new LabelAndValue[0];
        }
        try {
            FacetResult result = facets.getAllChildren(facet.dimension());
            return result == null ? new LabelAndValue[0] : result.labelValues;
        } catch (IllegalArgumentException dimensionNeverIndexed) {
            return new LabelAndValue[0];
        }
    }

    private static Comparator<FacetValue> order(SearchFacet facet) {
        if (facet == SearchFacet.YEAR) {
            return Comparator.comparing(FacetValue::value).reversed();
        }
        return Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
    }

    /** The type's label as stored with its documents; other facets show the value itself. */
    private static String label(PortalSearcher searcher, SearchFacet facet, String value) throws IOException {
        return facet == SearchFacet.TYPE ? searcher.typeLabel(value) : value;
    }
}
