package org.qualityportal.portal.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One long operation (a bulk or subtree publication, an import, an export): what it is, who started
 * it, how far it has got and how it ended. The worker thread writes, pages read: every change and read
 * is synchronised, so a page sees a consistent state.
 */
public final class Job implements Progress {
    /** Problems kept per job; more are counted, not kept. */
    static final int MAX_PROBLEMS = 100;

    public enum State {
        WAITING("Ждёт очереди"),
        RUNNING("Выполняется"),
        DONE("Завершено"),
        FAILED("Прервано из-за ошибки");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a page shows: a copy taken at one moment. */
    public record Snapshot(String id, String title, String user, String back, Instant created, Instant started,
                           Instant finished, State state, int done, int total, String current, String result,
                           List<String> problems, int moreProblems) {
        public boolean finishedState() {
            return state == State.DONE || state == State.FAILED;
        }

        /** Per cent done, 0 while the total is not yet known. */
        public int percent() {
            return total <= 0 ? (state == State.DONE ? 100 : 0) : Math.min(100, done * 100 / total);
        }
    }

    private final String id;
    private final String title;
    private final String user;
    private final String back;
    private final Instant created;
    private Instant started;
    private Instant finished;
    private State state = State.WAITING;
    private int done;
    private int total;
    private String current = "";
    private String result = "";
    private final List<String> problems = new ArrayList<>();
    private int moreProblems;

    Job(String id, String title, String user, String back, Instant created) {
        this.id = id;
        this.title = title;
        this.user = user;
        this.back = back;
        this.created = created;
    }

    public String id() {
        return id;
    }

    @Override
    public synchronized void total(int total) {
        this.total = Math.max(0, total);
    }

    @Override
    public synchronized void step(String what) {
        done++;
        current = what == null ? "" : what;
    }

    @Override
    public synchronized void now(String what) {
        current = what == null ? "" : what;
    }

    @Override
    public synchronized void problem(String what) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(what);
        } else {
            moreProblems++;
        }
    }

    synchronized void running(Instant at) {
        state = State.RUNNING;
        started = at;
    }

    synchronized void done(Instant at, String summary) {
        state = State.DONE;
        finished = at;
        result = summary == null ? "" : summary;
        current = "";
    }

    synchronized void failed(Instant at, String reason) {
        state = State.FAILED;
        finished = at;
        result = reason;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(id, title, user, back, created, started, finished, state, done, total, current, result,
                List.copyOf(problems), moreProblems);
    }
}
