package org.qualityportal.templating.lightmodule;

/**
 * The last good source of a FreeMarker script.
 *
 * @param version increases with every accepted change; the template loader reports it as the
 *                modification time so FreeMarker re-reads changed scripts at once
 */
public record Script(String name, String text, long version) {
}
