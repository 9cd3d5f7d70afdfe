package io.stocktrace.lot;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.api.Paging;
import io.stocktrace.support.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Lots/Serial Numbers dashboard's search and filters answer the same whichever index a query walks: grouped by
 * product (each product's first matching lot, quant or delivery) and as a flat list.
 */
abstract class DashboardQueriesTests extends ApiTest {
    @Autowired
    LotListService lots;

    private long flour;
    private long phone;
    private long salt;

    @BeforeEach
    void flourPartlyDeliveredPhonesHalfDeliveredSaltAllDelivered() {
        flour = given.product("FLOUR", "lot");
        phone = given.product("PHONE", "serial");
        salt = given.product("SALT", "lot");
        long shop = given.partner("Corner Shop");
        given.receivedLot(flour, "F-2026-A", 10);
        given.receivedLot(flour, "F-2026-B", 5);
        given.receivedSerials(phone, "SN-100", "SN-200");
        given.receivedLot(salt, "S_1", 5);
        given.done(given.transfer("delivery", shop, line(phone, null, List.of("SN-100"), null)));
        given.done(given.transfer("delivery", shop, line(salt, "S_1", null, 5)));
        given.done(given.transfer("delivery", shop, line(flour, "F-2026-A", null, 4)));
        admin.patch("/api/v1/lots/" + given.lotId(flour, "F-2026-B"), Map.of("status", "quarantine", "reason", "Lab"));
    }

    @Test
    void each_filter_grouped_by_product_lists_exactly_the_products_with_a_matching_lot() {
        assertThat(productGroups(search(null, "onhand"))).containsExactly("FLOUR name", "PHONE name");
        assertThat(productGroups(search(null, "customer"))).containsExactly("FLOUR name", "PHONE name", "SALT name");
        assertThat(productGroups(search(null, "quarantine"))).containsExactly("FLOUR name");
        assertThat(productGroups(search(null, "recalled"))).isEmpty();
        assertThat(productGroups(search(null, "onhand", "customer"))).containsExactly("FLOUR name");
        assertThat(productGroups(search("sn-1", "customer"))).containsExactly("PHONE name");
        assertThat(productGroups(search("sn-2", "customer"))).isEmpty();
    }

    @Test
    void on_hand_as_a_page_lists_the_lots_in_stock_newest_first_and_counts_them() {
        assertThat(flat(search(null, "onhand"))).containsExactly("SN-200", "F-2026-B", "F-2026-A");
        assertThat(flat(search(null, "onhand", "quarantine"))).containsExactly("F-2026-B");
        var firstPage = lots.page(search(null, "onhand"), Paging.of(2, 0L), 100);
        assertThat(firstPage.items()).extracting(s -> s.lot().name()).containsExactly("SN-200", "F-2026-B");
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(lots.page(search(null, "onhand"), Paging.of(2, 2L), 100).items())
                .extracting(s -> s.lot().name()).containsExactly("F-2026-A");
    }

    @Test
    void expiration_alerts_grouped_by_product_list_the_products_with_a_lot_in_stock_past_its_alert_date() {
        jdbc.sql("UPDATE lots SET alert_date = :day WHERE name IN ('F-2026-B', 'S_1', 'SN-100')")
                .param("day", lots.today().minusDays(1)).update();
        jdbc.sql("UPDATE lots SET alert_date = :day WHERE name = 'SN-200'")
                .param("day", lots.today().minusDays(100)).update();
        // the phone's lot in stock is older than the 20 that reached their alert date last, none of them in stock
        jdbc.sql("""
                        INSERT INTO lots (product_id, name, status, alert_date, created_at)
                        SELECT :phone, 'SN-OLD-' || CAST(x AS varchar(3)), 'available', :day, CURRENT_TIMESTAMP
                        FROM generate_series(1, 25) AS s(x)
                        """)
                .param("phone", phone).param("day", lots.today().minusDays(2)).update();

        assertThat(productGroups(search(null, "alerts"))).containsExactly("FLOUR name", "PHONE name");
        assertThat(productGroups(search("sn-", "alerts"))).containsExactly("PHONE name");
        assertThat(productGroups(search("f-2026-a", "alerts"))).isEmpty();
    }

    @Test
    void the_search_text_matches_any_part_of_a_lot_name_or_the_product_name_or_sku() {
        assertThat(flat(search("2026-b"))).containsExactly("F-2026-B");
        assertThat(flat(search("f-2026"))).containsExactly("F-2026-B", "F-2026-A");
        assertThat(flat(search("phone"))).containsExactly("SN-200", "SN-100");
        assertThat(flat(search("SALT name"))).containsExactly("S_1");
        assertThat(flat(search("00"))).containsExactly("SN-200", "SN-100");
        assertThat(productGroups(search("sn-"))).containsExactly("PHONE name");
    }

    @Test
    void the_search_text_is_text_not_a_pattern() {
        assertThat(flat(search("_"))).containsExactly("S_1");
        assertThat(flat(search("%"))).isEmpty();
        assertThat(flat(search("F-2026-_"))).isEmpty();
    }

    @Test
    void a_filtered_search_counts_what_it_lists() {
        LotFilter filter = search("-", "onhand");
        assertThat(flat(filter)).containsExactly("SN-200", "F-2026-B", "F-2026-A");
        assertThat(lots.page(filter, Paging.of(2, 0L), 100).total()).isEqualTo(3);
        assertThat(lots.list(filter, Paging.of(2, 0L)).total()).isEqualTo(3);
    }

    @Test
    void a_short_search_finds_the_lots_older_than_the_newest_it_looks_through_first_and_counts_a_full_page_to_the_cap() {
        jdbc.sql("""
                        INSERT INTO lots (product_id, name, status, created_at)
                        SELECT :salt, 'B' || CAST(x AS varchar(6)), 'available', CURRENT_TIMESTAMP
                        FROM generate_series(1, :count) AS s(x)
                        """)
                .param("salt", salt)
                .param("count", LotFilterSql.Where.NEWEST_LOTS_WALKED + 1)
                .update();

        assertThat(flat(search("f-20"))).containsExactly("F-2026-B", "F-2026-A");
        assertThat(lots.page(search("f-20"), Paging.of(1, 0L), 100).total()).isEqualTo(2);
        var dense = lots.page(search("b12"), Paging.of(80, 0L), 801);
        assertThat(dense.items()).hasSize(80).first().extracting(s -> s.lot().name()).isEqualTo("B12999");
        assertThat(dense.total()).isEqualTo(801);
        assertThat(lots.page(search("b12"), Paging.of(80, 1040L), 2000).total()).isEqualTo(1111);
        assertThat(flat(search("b500"))).containsExactly("B50001", "B50000", "B5009", "B5008", "B5007", "B5006",
                "B5005", "B5004", "B5003", "B5002", "B5001", "B5000", "B500");
    }

    @Test
    void groupings_list_their_groups_at_once_and_each_group_row_brings_its_own_totals() {
        assertThat(groupsWithoutTotals("status", search(null))).extracting(LotGroup::key, LotGroup::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("available", -1L),
                        org.assertj.core.groups.Tuple.tuple("quarantine", -1L));
        assertThat(groupsWithoutTotals("status", search(null, "customer"))).extracting(LotGroup::key)
                .containsExactly("available");
        assertThat(groupsWithoutTotals("location", search(null))).extracting(LotGroup::label)
                .containsExactly("WH/Stock");
        assertThat(groupsWithoutTotals("location", search("salt"))).isEmpty();
        String today = lots.today().toString();
        assertThat(groupsWithoutTotals("created", search(null))).extracting(LotGroup::key).containsExactly(today);
        assertThat(groupsWithoutTotals("created", search("nothing"))).isEmpty();

        var available = lots.groups("status", new LotFilter(null, null, null, LotStatus.AVAILABLE, false, null, null,
                lots.today()), Paging.of(1, 0L));
        assertThat(available).extracting(LotGroup::count).containsExactly(4L);
        assertThat(available.get(0).quantityOnHand()).isEqualByComparingTo("7");
    }

    private List<LotGroup> groupsWithoutTotals(String groupBy, LotFilter filter) {
        return lots.groupsWithoutTotals(groupBy, filter, Paging.of(80, 0L));
    }

    private LotFilter search(String q, String... filters) {
        return new LotSearch(q, Set.of(filters), "", null, null, 80, 0).filter(lots.today());
    }

    private List<String> productGroups(LotFilter filter) {
        return lots.productGroups(filter, Paging.of(80, 0L)).stream().map(LotGroup::label).toList();
    }

    private List<String> flat(LotFilter filter) {
        return lots.page(filter, Paging.of(80, 0L), 1000).items().stream().map(s -> s.lot().name()).toList();
    }
}
