package org.qualityportal.portal.jobs;

/** How a long operation reports what it does; the job page shows it. */
public interface Progress {

    /** How many steps there will be, once known. */
    void total(int total);

    /** One step done; {@code what} names it (a path, a file). */
    void step(String what);

    /** What it is doing now that is not a step (a last phase after all steps, say). */
    void now(String what);

    /** Something that went wrong with one step; the operation goes on. */
    void problem(String what);
}
