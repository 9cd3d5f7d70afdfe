package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.ApiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reporting ‣ Stock reads every product on hand, tracked or not, by product or by location; Moves History names each
 * move's partner; Check Availability reads what each line of a draft could take; all on the real database.
 */
abstract class StockOnHandTests extends ApiTest {
    @Autowired
    private StockOnHandService stock;
    @Autowired
    private TransferService transfers;
    @Autowired
    private MoveService moves;

    @Test
    void lists_untracked_products_by_location_and_lots_under_their_product() {
        long bolt = given.product("BOLT", "none");
        long coffee = given.product("COFFEE", "lot");
        long shelf = given.location("Shelf 1", Locations.STOCK);
        given.done(given.transfer("receipt", null, line(bolt, null, null, 35)));
        given.receivedLot(coffee, "C-2", 5);
        given.receivedLot(coffee, "C-1", 10);
        moveTo(shelf, bolt, 5);

        StockOnHand byProduct = stock.onHand("product");

        assertThat(byProduct.groups()).extracting(StockOnHand.Group::label).containsExactly("BOLT name", "COFFEE name");
        StockOnHand.Group bolts = byProduct.groups().get(0);
        assertThat(bolts.quantity()).isEqualByComparingTo("35");
        assertThat(bolts.unit()).isEqualTo("Units");
        assertThat(bolts.rows()).extracting(r -> r.location() + "=" + r.quantity().stripTrailingZeros().toPlainString()
                + (r.lotId() == null ? "" : " " + r.lot())).containsExactly("WH/Stock=30", "WH/Stock/Shelf 1=5");
        StockOnHand.Group coffees = byProduct.groups().get(1);
        assertThat(coffees.quantity()).isEqualByComparingTo("15");
        assertThat(coffees.rows()).extracting(StockOnHand.Row::lot).containsExactly("C-1", "C-2");

        StockOnHand byLocation = stock.onHand("location");
        assertThat(byLocation.groups()).extracting(g -> g.label() + " (" + g.count() + ")")
                .containsExactly("WH/Stock (3)", "WH/Stock/Shelf 1 (1)");
        assertThat(byLocation.groups().get(0).rows()).extracting(r -> r.product() + (r.lot() == null ? "" : " " + r.lot()))
                .containsExactly("BOLT name", "COFFEE name C-1", "COFFEE name C-2");
    }

    @Test
    void shows_the_first_rows_of_a_product_of_many_serials_and_counts_the_rest() {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, IntStream.rangeClosed(1, StockOnHandService.ROWS_PER_GROUP + 3)
                .mapToObj(i -> "SN-%04d".formatted(i)).toArray(String[]::new));

        StockOnHand.Group phones = stock.onHand(null).groups().get(0);

        assertThat(phones.count()).isEqualTo(StockOnHandService.ROWS_PER_GROUP + 3);
        assertThat(phones.rows()).hasSize(StockOnHandService.ROWS_PER_GROUP);
        assertThat(phones.more()).isEqualTo(3);
        assertThat(phones.rows().get(0).lot()).isEqualTo("SN-0001");
    }

    @Test
    void availability_of_a_draft_says_per_line_what_the_stock_covers_and_reserves_nothing() {
        long bolt = given.product("BOLT", "none");
        long coffee = given.product("COFFEE", "lot");
        given.done(given.transfer("receipt", null, line(bolt, null, null, 35)));
        given.receivedLot(coffee, "C-1", 10);
        long id = given.transfer("delivery", null, line(bolt, null, null, 500), line(coffee, "C-1", null, 4),
                line(bolt, null, null, 1)).path("id").asLong();

        List<LineAvailability> lines = transfers.availability(id);

        assertThat(lines).extracting(l -> l.lineNo() + ": " + plain(l.available()) + " of " + plain(l.asked())
                + (l.isShort() ? " short" : "")).containsExactly("0: 35 of 500 short", "1: 4 of 4", "2: 0 of 1 short");
        assertThat(jdbc.sql("SELECT SUM(reserved_quantity) FROM quants").query(BigDecimal.class).single()).isZero();
        assertThat(admin.post("/api/v1/transfers/" + id + "/reserve", null).status()).isEqualTo(409);
        given.done(given.transfer("receipt", null, line(bolt, null, null, 466)));
        assertThat(admin.post("/api/v1/transfers/" + id + "/reserve", null).status()).isEqualTo(200);
        assertThat(transfers.availability(id)).as("only a draft has lines to check").isEmpty();
    }

    @Test
    void moves_history_names_the_partner_of_each_move_that_has_one() {
        long coffee = given.product("COFFEE", "lot");
        given.done(given.transfer("receipt", given.partner("Acme Supplies"), line(coffee, "C-1", null, 10)));
        given.done(given.transfer("delivery", given.partner("Shop"), line(coffee, "C-1", null, 3)));
        given.done(given.transfer("delivery", null, line(coffee, "C-1", null, 1)));

        var history = moves.history(new MoveHistory.Filter(coffee, null, null, null, null), null, 10);

        assertThat(history.lines()).extracting(l -> l.reference() + " " + l.partner())
                .containsExactly("WH/OUT/00002 null", "WH/OUT/00001 Shop", "WH/IN/00001 Acme Supplies");
    }

    private void moveTo(long location, long product, int quantity) {
        var r = admin.post("/api/v1/transfers", Map.of("type", "internal", "sourceLocationId", Locations.STOCK, "destinationLocationId", location,
                "lines", List.of(line(product, null, null, quantity))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        given.done(r.json());
    }

    private static String plain(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }
}
