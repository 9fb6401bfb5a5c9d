package org.qualityportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed content as imported and published on the first start: the counts the seeds give. */
class SeedContentTest extends PortalIntegrationTest {
    @Autowired
    ContentStore store;

    @Test
    void nineMechanismsInTwoGroupsWithTheir2020Scores() {
        ContentView live = store.view(Workspace.LIVE);
        List<Content> mechanisms = items(live, "/mechanisms", "mechanism");

        assertThat(mechanisms).hasSize(9);
        assertThat(mechanisms).filteredOn(m -> "results".equals(m.string("group"))).hasSize(4);
        assertThat(mechanisms).filteredOn(m -> "activity".equals(m.string("group"))).hasSize(5);
        assertThat(mechanisms).allSatisfy(m -> assertThat(live.children(m.path() + "/scores"))
                .anySatisfy(row -> assertThat(((Number) row.properties().get("year")).intValue()).isEqualTo(2020)));
    }

    @Test
    void theRoadmapOf2018HasAllNineteenEvents() {
        ContentView live = store.view(Workspace.LIVE);

        assertThat(live.children("/documents/roadmaps/roadmap-2018/events")).hasSize(19)
                .allSatisfy(e -> assertThat(e.string("name")).isNotBlank());
        assertThat(live.get("/documents/orders/2018-03-524")).get()
                .satisfies(order -> assertThat(order.string("number")).isEqualTo("03/524"));
    }

    @Test
    void theSeriesOf2021HasEightConferences() {
        assertThat(items(store.view(Workspace.LIVE), "/conferences/series-2021", "conference")).hasSize(8);
    }

    @Test
    void agglomerationMembershipIs9_15_21_and32() {
        ContentView live = store.view(Workspace.LIVE);
        List<Content> municipalities = items(live, "/municipalities", "municipality");

        assertThat(municipalities).hasSizeGreaterThanOrEqualTo(42);
        for (int[] expected : new int[][] {{2016, 9}, {2017, 15}, {2018, 21}}) {
            assertThat(municipalities).as("members in %d", expected[0])
                    .filteredOn(m -> membership(m).contains((long) expected[0])).hasSize(expected[1]);
        }
        for (int[] expected : new int[][] {{2016, 9}, {2017, 15}, {2018, 21}, {2021, 32}}) {
            Content year = live.get("/municipalities/agglomeration/year-" + expected[0]).orElseThrow();
            assertThat(((Number) year.properties().get("members")).intValue()).isEqualTo(expected[1]);
        }
    }

    private static List<Object> membership(Content municipality) {
        Object value = municipality.properties().get("membership");
        return value instanceof List<?> list ? List.copyOf(list) : value == null ? List.of() : List.of(value);
    }

    private static List<Content> items(ContentView view, String root, String contentType) {
        List<Content> found = new java.util.ArrayList<>();
        for (Content child : view.children(root)) {
            if (NodeKind.ITEM.equals(child.kind()) && contentType.equals(child.contentType())) {
                found.add(child);
            } else if (NodeKind.FOLDER.equals(child.kind())) {
                found.addAll(items(view, child.path(), contentType));
            }
        }
        return found;
    }
}
