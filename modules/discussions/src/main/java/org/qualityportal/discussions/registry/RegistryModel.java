package org.qualityportal.discussions.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.templating.rendering.ModelContext;

/**
 * The public registry on the experts page ({@code discussions:components/expertRegistry}): active
 * experts filtered by municipality and area with a plain GET form, and the count per municipality.
 * An e-mail address is shown only where the expert allowed it.
 */
public final class RegistryModel {
    private final List<Row> experts;
    private final List<Directory.Option> municipalities;
    private final List<Directory.Option> areas;
    private final List<Count> counts;
    private final String municipality;
    private final String area;
    private final int total;

    public RegistryModel(ModelContext context, ExpertRegistry registry, Directory directory) {
        Map<String, String> parameters = context.render().parameters();
        this.municipalities = directory.municipalities();
        this.areas = directory.areas();
        Map<String, String> municipalityTitles = directory.municipalityTitles();
        Map<String, String> areaTitles = directory.areaTitles();
        this.municipality = known(parameters.get("municipality"), municipalityTitles);
        this.area = known(parameters.get("area"), areaTitles);
        List<Expert> active = registry.active();
        this.total = active.size();
        this.experts = active.stream()
                .filter(e -> municipality.isEmpty() || municipality.equals(e.municipality()))
                .filter(e -> area.isEmpty() || e.areas().contains(area))
                .map(e -> new Row(e.name(), e.organisation(), e.position(),
                        municipalityTitles.getOrDefault(e.municipality(), ""),
                        e.areas().stream().map(a -> areaTitles.getOrDefault(a, a)).toList(),
                        e.qualification() + (e.qualificationYear() > 0 ? ", " + e.qualificationYear() : ""),
                        e.showContacts() ? e.email() : ""))
                .toList();
        Map<String, Integer> perMunicipality = new LinkedHashMap<>();
        active.forEach(e -> perMunicipality.merge(municipalityTitles.getOrDefault(e.municipality(), "Не указан"), 1,
                Integer::sum));
        List<Count> c = new ArrayList<>();
        perMunicipality.forEach((k, v) -> c.add(new Count(k, v)));
        c.sort(Comparator.comparing(Count::count).reversed().thenComparing(Count::municipality));
        this.counts = c;
    }

    private static String known(String value, Map<String, String> titles) {
        return value != null && titles.containsKey(value) ? value : "";
    }

    public List<Row> getExperts() {
        return experts;
    }

    public List<Directory.Option> getMunicipalities() {
        return municipalities;
    }

    public List<Directory.Option> getAreas() {
        return areas;
    }

    public List<Count> getCounts() {
        return counts;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getArea() {
        return area;
    }

    public int getTotal() {
        return total;
    }

    public boolean isFiltered() {
        return !municipality.isEmpty() || !area.isEmpty();
    }

    /** One expert as the public sees them. */
    public record Row(String name, String organisation, String position, String municipality, List<String> areas,
                      String qualification, String email) {
    }

    public record Count(String municipality, int count) {
    }
}
