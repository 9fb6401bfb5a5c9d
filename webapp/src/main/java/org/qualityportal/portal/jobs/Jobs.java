package org.qualityportal.portal.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.qualityportal.portal.config.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the workspace's long operations one after another on one worker thread, so that two bulk
 * operations never race over the same nodes, and keeps them (the last {@value #KEPT}) so their pages can be
 * reloaded and followed. Jobs live in memory: a restart forgets them, while what they did stays in the
 * repository and the audit log.
 */
@Component
public class Jobs implements DisposableBean {
    static final int KEPT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    /** The operation itself; returns the summary shown when it is done. */
    @FunctionalInterface
    public interface Work {
        String run(Progress progress) throws Exception;
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "portal-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final PortalTime time;

    public Jobs(PortalTime time) {
        this.time = time;
    }

    /**
     * Queues an operation.
     *
     * @param back where the job page links when it is done (the list the operation was started from)
     */
    public Job start(String title, String user, String back, Work work) {
        Job job = new Job(UUID.randomUUID().toString(), title, user, back, time.now());
        synchronized (jobs) {
            jobs.put(job.id(), job);
            forgetOldest();
        }
        worker.execute(() -> run(job, work));
        return job;
    }

    private void run(Job job, Work work) {
        job.running(time.now());
        try {
            job.done(time.now(), work.run(job));
        } catch (Exception | LinkageError e) {
            LOG.error("Job '{}' ({}) failed", job.snapshot().title(), job.id(), e);
            job.failed(time.now(), "Операция прервана: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    public Optional<Job> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Newest first. */
    public List<Job.Snapshot> recent() {
        List<Job> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        Collections.reverse(all);
        return all.stream().map(Job::snapshot).toList();
    }

    private void forgetOldest() {
        var it = jobs.values().iterator();
        while (jobs.size() > KEPT && it.hasNext()) {
            if (it.next().snapshot().finishedState()) {
                it.remove();
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
