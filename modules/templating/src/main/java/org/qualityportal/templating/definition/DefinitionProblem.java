package org.qualityportal.templating.definition;

import java.time.Instant;

/** A light-module file that could not be used; the last good version of it stays in force. */
public record DefinitionProblem(String file, String message, Instant seen) {
}
