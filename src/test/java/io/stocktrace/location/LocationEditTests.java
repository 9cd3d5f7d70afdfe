package io.stocktrace.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.partner.Partner;
import io.stocktrace.partner.PartnerService;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The edits behind the location and partner forms, on each database. */
abstract class LocationEditTests extends ApiTest {
    @Autowired
    LocationService locations;
    @Autowired
    PartnerService partners;

    @Test
    void a_renamed_location_renames_every_location_below_it_and_no_other() {
        Location room = locations.create("Cold", Locations.STOCK, "internal");
        Location shelf = locations.create("Shelf 1", room.id(), "internal");
        Location bin = locations.create("Bin 7", shelf.id(), "internal");
        Location other = locations.create("Colder", Locations.STOCK, "internal");

        locations.update(room.id(), "Cold Room", "internal", new LocationAddress(null, "Lyon", null, null, "FR", null, null));

        assertThat(locations.get(room.id()).fullName()).isEqualTo("WH/Stock/Cold Room");
        assertThat(locations.get(room.id()).address().city()).isEqualTo("Lyon");
        assertThat(locations.get(shelf.id()).fullName()).isEqualTo("WH/Stock/Cold Room/Shelf 1");
        assertThat(locations.get(bin.id()).fullName()).isEqualTo("WH/Stock/Cold Room/Shelf 1/Bin 7");
        assertThat(locations.get(other.id()).fullName()).isEqualTo("WH/Stock/Colder");
        assertThat(locations.get(Locations.STOCK).fullName()).isEqualTo("WH/Stock");
    }

    @Test
    void the_usage_of_a_location_with_stock_stays_and_a_taken_name_is_refused() {
        given.receivedLot(given.product("COFFEE", "lot"), "C-1", 3);
        Location other = locations.create("Other", Locations.STOCK, "internal");

        assertThatThrownBy(() -> locations.update(Locations.STOCK, "Stock", "view", LocationAddress.NONE))
                .isInstanceOfSatisfying(StocktraceException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThatThrownBy(() -> locations.update(other.id(), "Other2/x", "internal", LocationAddress.NONE))
                .isInstanceOfSatisfying(StocktraceException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("name"));
        Location sibling = locations.create("Sibling", Locations.STOCK, "internal");
        assertThatThrownBy(() -> locations.update(sibling.id(), "Other", "internal", LocationAddress.NONE))
                .isInstanceOfSatisfying(StocktraceException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(locations.get(Locations.STOCK).usage()).isEqualTo(LocationUsage.INTERNAL);
        assertThat(locations.get(sibling.id()).fullName()).isEqualTo("WH/Stock/Sibling");
    }

    @Test
    void a_partner_edit_replaces_every_field_and_a_refused_one_changes_nothing() {
        Partner shop = partners.create(new Partner(0, "Shop", "a@b.c", null, null, "Paris", null, null, "FR", null));

        partners.update(shop.id(), new Partner(0, "Shop Two", null, "+33 1", "1 rue", "Lyon", null, "69001", "FR",
                "9506000000015"));
        assertThatThrownBy(() -> partners.update(shop.id(), new Partner(0, " ", "bad", null, null, null, null, null,
                "France", null))).isInstanceOfSatisfying(StocktraceException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("name", "email", "country"));

        assertThat(partners.get(shop.id())).isEqualTo(new Partner(shop.id(), "Shop Two", null, "+33 1", "1 rue", "Lyon",
                null, "69001", "FR", "9506000000015"));
    }
}
