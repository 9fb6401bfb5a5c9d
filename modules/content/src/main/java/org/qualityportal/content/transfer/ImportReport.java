package org.qualityportal.content.transfer;

import java.util.List;

/**
 * What an import did.
 *
 * @param created   units that did not exist
 * @param updated   units whose content differed
 * @param unchanged units already as described
 * @param published units published to live by this import
 */
public record ImportReport(List<String> created, List<String> updated, List<String> unchanged,
                           List<String> published) {

    public int total() {
        return created.size() + updated.size() + unchanged.size();
    }

    @Override
    public String toString() {
        return total() + " units: " + created.size() + " created, " + updated.size() + " updated, "
                + unchanged.size() + " unchanged, " + published.size() + " published";
    }
}
