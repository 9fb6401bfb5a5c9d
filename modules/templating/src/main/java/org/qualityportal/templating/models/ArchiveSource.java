package org.qualityportal.templating.models;

import java.util.List;
import java.util.SortedMap;

import org.qualityportal.content.Content;

/** Where an archive's items come from: the search index (the public site) or a walk of the tree (previews). */
interface ArchiveSource {
    /** The years that have items, newest first, with their counts. */
    SortedMap<Integer, Integer> years();

    /** How many items the year has; year 0 stands for all years. */
    int count(int year);

    /** One page of the year's items (0 for all years), newest first. */
    List<Content> page(int year, int page, int size);
}
