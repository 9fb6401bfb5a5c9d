package org.qualityportal.discussions.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Track;

/**
 * What an editor posts to open a discussion: the document, a title, the period, the tracks, the
 * sections (indexes of the document's blocks) and the review deadline. Typed values come back as they
 * were when something is wrong.
 */
public record OpeningForm(String document, String title, String opens, String closes, List<String> tracks,
                          List<String> sections, String reviewDue) {

    public OpeningForm {
        document = document == null ? "" : document.strip();
        title = title == null ? "" : title.strip();
        opens = opens == null ? "" : opens;
        closes = closes == null ? "" : closes;
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        sections = sections == null ? List.of() : List.copyOf(sections);
        reviewDue = reviewDue == null ? "" : reviewDue;
    }

    /** A form for a document with sensible defaults: open now for 30 days, both tracks, review due at the end. */
    static OpeningForm defaults(String document, String documentTitle, ModuleTime time) {
        Instant now = time.now();
        Instant end = now.plus(java.time.Duration.ofDays(30));
        return new OpeningForm(document, "Обсуждение: " + documentTitle, time.input(now), time.input(end),
                List.of(Track.PUBLIC.id(), Track.EXPERT.id()), List.of(), time.input(end));
    }

    Set<Track> trackSet() {
        Set<Track> set = EnumSet.noneOf(Track.class);
        tracks.forEach(t -> Track.of(t).ifPresent(set::add));
        return set;
    }

    List<Integer> sectionIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (String s : sections) {
            try {
                indexes.add(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                // not one of ours; ignored
            }
        }
        return indexes;
    }

    Map<String, String> problems(ModuleTime time, boolean documentExists) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!documentExists) {
            errors.put("document", "Выберите опубликованный документ.");
        }
        if (title.isEmpty()) {
            errors.put("title", "Укажите название обсуждения.");
        } else if (title.length() > 300) {
            errors.put("title", "Не длиннее 300 знаков.");
        }
        Instant from = time.parseInput(opens);
        Instant to = time.parseInput(closes);
        if (from == null) {
            errors.put("opens", "Укажите дату и время начала, например 2026-11-23T10:00.");
        }
        if (to == null) {
            errors.put("closes", "Укажите дату и время окончания.");
        } else if (from != null && !to.isAfter(from)) {
            errors.put("closes", "Окончание должно быть позже начала.");
        }
        if (!reviewDue.isBlank() && time.parseInput(reviewDue) == null) {
            errors.put("reviewDue", "Срок экспертизы: дата и время, например 2026-12-23T18:00.");
        }
        if (trackSet().isEmpty()) {
            errors.put("tracks", "Отметьте хотя бы одну часть: общественную или экспертную.");
        }
        return errors;
    }
}
