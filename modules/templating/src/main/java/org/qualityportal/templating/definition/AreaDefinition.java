package org.qualityportal.templating.definition;

import java.util.List;

/**
 * An area of a page template.
 *
 * @param availableComponents component template ids an editor may add here
 * @param script              optional script that lays out the area; by default components follow each other
 */
public record AreaDefinition(String name, String title, List<String> availableComponents, String script) {

    public AreaDefinition {
        availableComponents = List.copyOf(availableComponents);
    }
}
