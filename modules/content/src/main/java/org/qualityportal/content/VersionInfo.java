package org.qualityportal.content;

import java.time.Instant;

/** One recorded version of a unit, created on each publish. */
public record VersionInfo(int number, String path, Instant created, String author) {
}
