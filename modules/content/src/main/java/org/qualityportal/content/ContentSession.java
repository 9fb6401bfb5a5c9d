package org.qualityportal.content;

/**
 * A {@link ContentView} on one repository session, for a unit of work that reads a lot, such as
 * rendering a page: one session instead of one per read, and one consistent snapshot. Not for use
 * by several threads at once; close it when the work is done.
 */
public interface ContentSession extends ContentView, AutoCloseable {

    @Override
    void close();
}
