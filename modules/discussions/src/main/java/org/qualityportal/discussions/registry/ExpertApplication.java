package org.qualityportal.discussions.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the registry application form posts; kept as typed and shown again when something is wrong. */
public record ExpertApplication(String organisation, String position, String municipality, List<String> areas,
                                String qualification, String qualificationYear, Boolean showContacts) {

    public ExpertApplication {
        organisation = clean(organisation);
        position = clean(position);
        municipality = clean(municipality);
        areas = areas == null ? List.of() : List.copyOf(areas);
        qualification = clean(qualification);
        qualificationYear = clean(qualificationYear);
        showContacts = Boolean.TRUE.equals(showContacts); // an unticked box posts nothing
    }

    public static ExpertApplication empty() {
        return new ExpertApplication("", "", "", List.of(), "Экспертиза в сфере оценки качества образования", "", false);
    }

    /** Russian messages by field; empty when the application can be stored. */
    public Map<String, String> problems(Set<String> municipalities, Set<String> knownAreas, int thisYear) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "organisation", organisation, "Укажите организацию.", 300);
        required(errors, "position", position, "Укажите должность.", 200);
        if (!municipalities.contains(municipality)) {
            errors.put("municipality", "Выберите муниципалитет из списка.");
        }
        if (areas.isEmpty()) {
            errors.put("areas", "Отметьте хотя бы одно направление экспертизы.");
        } else if (!knownAreas.containsAll(areas)) {
            errors.put("areas", "Неизвестное направление экспертизы.");
        }
        if (qualification.length() > 300) {
            errors.put("qualification", "Не длиннее 300 знаков.");
        }
        if (!qualificationYear.isEmpty()) {
            int year = year();
            if (year < 1990 || year > thisYear) {
                errors.put("qualificationYear", "Год — число от 1990 до " + thisYear + ".");
            }
        }
        return errors;
    }

    /** The year typed, or 0 when none or not a number. */
    public int year() {
        try {
            return qualificationYear.isEmpty() ? 0 : Integer.parseInt(qualificationYear);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void required(Map<String, String> errors, String field, String value, String message, int max) {
        if (value.isEmpty()) {
            errors.put(field, message);
        } else if (value.length() > max) {
            errors.put(field, "Не длиннее " + max + " знаков.");
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\p{Cntrl}", " ");
    }
}
