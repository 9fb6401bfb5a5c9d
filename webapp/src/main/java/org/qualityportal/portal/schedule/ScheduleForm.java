package org.qualityportal.portal.schedule;

import org.qualityportal.portal.config.PortalTime;

/**
 * The schedule form as typed: everything is kept as text so that a form with errors shows exactly
 * what was entered.
 *
 * @param path   the content path, e.g. {@code /news/2021/x}
 * @param action {@code publish} or {@code unpublish}
 * @param date   {@code 2026-11-23} (a date input) or {@code 23.11.2026}
 * @param time   {@code 10:00}, in the portal's time zone
 */
public record ScheduleForm(String path, String action, String date, String time) {

    public ScheduleForm {
        path = clean(path);
        action = clean(action);
        date = clean(date);
        time = clean(time);
    }

    /** An empty form for a path, set to publish. */
    static ScheduleForm forPath(String path) {
        return new ScheduleForm(path, ScheduleAction.PUBLISH.id(), "", "");
    }

    public String dateType() {
        return PortalTime.dateInputType(date);
    }

    public String timeType() {
        return PortalTime.timeInputType(time);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
