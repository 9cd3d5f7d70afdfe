package io.stocktrace.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LocationUsageTest {

    @Test
    void only_internal_and_transit_locations_count_as_our_stock() {
        assertThat(Arrays.stream(LocationUsage.values()).filter(LocationUsage::countsAsStock))
                .containsExactlyInAnyOrder(LocationUsage.INTERNAL, LocationUsage.TRANSIT);
    }

    @Test
    void a_view_location_does_not_count_as_stock() {
        assertThat(LocationUsage.VIEW.countsAsStock()).isFalse();
    }

    @Test
    void reads_and_writes_the_lower_case_wire_names_the_database_checks() {
        assertThat(Arrays.stream(LocationUsage.values()).map(LocationUsage::wire)).containsExactly("view", "internal",
                "transit", "supplier", "customer", "production", "inventory", "scrap");
        for (LocationUsage usage : LocationUsage.values()) {
            assertThat(LocationUsage.fromWire(usage.wire())).isSameAs(usage);
        }
    }

    @Test
    void refuses_unknown_or_upper_case_wire_names() {
        assertThatIllegalArgumentException().isThrownBy(() -> LocationUsage.fromWire("INTERNAL"));
        assertThatIllegalArgumentException().isThrownBy(() -> LocationUsage.fromWire("warehouse"));
        assertThatIllegalArgumentException().isThrownBy(() -> LocationUsage.fromWire(null));
    }
}
