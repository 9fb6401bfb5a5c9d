package org.qualityportal.templating.lightmodule;

/** Checks that a script parses before it replaces the last good version. */
@FunctionalInterface
public interface ScriptChecker {
    ScriptChecker NONE = (name, text) -> { };

    void check(String name, String text) throws Exception;
}
