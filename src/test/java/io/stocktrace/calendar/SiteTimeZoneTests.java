package io.stocktrace.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.api.Paging;
import io.stocktrace.lot.LotFilter;
import io.stocktrace.lot.LotGroup;
import io.stocktrace.lot.LotListService;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site's time zone decides the days: a lot made at 09:00 and one at 11:00 UTC on 1 January are made on two days at
 * UTC+14 (Kiritimati) and at UTC-11 (Pago Pago), and each day's group lists exactly the lots it counts.
 */
abstract class SiteTimeZoneTests extends ApiTest {
    @Autowired
    LotListService lots;
    @Autowired
    SiteCalendar calendar;

    @AfterEach
    void backToUtc() {
        setZone("UTC");
    }

    @Test
    void groups_lots_by_creation_day_in_the_site_time_zone_at_utc_plus_14_and_each_group_lists_its_lots() {
        lotsMadeAt("2026-01-01T09:00:00Z", "2026-01-01T11:00:00Z");
        setZone("Pacific/Kiritimati");

        assertThat(createdGroups()).containsExactly(Map.entry("2026-01-02", 1L), Map.entry("2026-01-01", 1L));
        assertThat(lotsListedUnder("2026-01-02")).containsExactly("L-1100");
        assertThat(lotsListedUnder("2026-01-01")).containsExactly("L-0900");
        assertThat(groupsFoundWithoutTotals()).containsExactly("2026-01-02", "2026-01-01");
    }

    @Test
    void groups_lots_by_creation_day_in_the_site_time_zone_at_utc_minus_11_and_each_group_lists_its_lots() {
        lotsMadeAt("2026-01-01T09:00:00Z", "2026-01-01T11:00:00Z");
        setZone("Pacific/Pago_Pago");

        assertThat(createdGroups()).containsExactly(Map.entry("2026-01-01", 1L), Map.entry("2025-12-31", 1L));
        assertThat(lotsListedUnder("2026-01-01")).containsExactly("L-1100");
        assertThat(lotsListedUnder("2025-12-31")).containsExactly("L-0900");
        assertThat(groupsFoundWithoutTotals()).containsExactly("2026-01-01", "2025-12-31");
    }

    @Test
    void today_is_the_site_s_today() {
        setZone("Pacific/Kiritimati");
        assertThat(calendar.today()).isEqualTo(LocalDate.now(ZoneId.of("Pacific/Kiritimati")));
        assertThat(admin.get("/api/v1/settings").at("/timeZone").asString()).isEqualTo("Pacific/Kiritimati");

        setZone("Pacific/Pago_Pago");
        assertThat(calendar.today()).isEqualTo(LocalDate.now(ZoneId.of("Pacific/Pago_Pago")));
    }

    @Test
    void refuses_a_time_zone_that_is_not_one_and_keeps_the_one_set() {
        setZone("Europe/Paris");
        var refused = changesNothing(() -> admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true,
                "expirationDates", true, "timeZone", "Mars/Olympus_Mons")));

        Problems.assertProblem(refused, 422, "validation-failed", "time zone");
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("timeZone");
        assertThat(admin.get("/api/v1/settings").at("/timeZone").asString()).isEqualTo("Europe/Paris");
    }

    private void lotsMadeAt(String... instants) {
        long product = given.product("MILK", "lot");
        for (String at : instants) {
            String name = "L-" + at.substring(11, 13) + at.substring(14, 16);
            long id = admin.post("/api/v1/lots", Map.of("productId", product, "name", name)).json().path("id").asLong();
            jdbc.sql("UPDATE lots SET created_at = :at WHERE id = :id")
                    .param("at", Instant.parse(at).atOffset(java.time.ZoneOffset.UTC)).param("id", id).update();
        }
    }

    private void setZone(String zone) {
        var answer = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "timeZone", zone));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private Map<String, Long> createdGroups() {
        Map<String, Long> groups = new LinkedHashMap<>();
        admin.get("/api/v1/lots?groupBy=created").json().path("groups")
                .forEach(g -> groups.put(g.path("key").asString(), g.path("count").asLong()));
        return groups;
    }

    private List<String> lotsListedUnder(String day) {
        LotFilter all = new LotFilter(null, null, null, null, false, null, null, calendar.today());
        return lots.list(all.within("created", day), Paging.of(null, null)).items().stream()
                .map(l -> l.lot().name()).toList();
    }

    private List<String> groupsFoundWithoutTotals() {
        LotFilter all = new LotFilter(null, null, null, null, false, null, null, calendar.today());
        return lots.groupsWithoutTotals("created", all, Paging.of(null, null)).stream().map(LotGroup::key)
                .collect(Collectors.toList());
    }
}
