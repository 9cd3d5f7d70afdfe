package io.stocktrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TrackingTest {

    @Test
    void lots_and_serials_are_tracked_and_none_is_not() {
        assertThat(Tracking.NONE.isTracked()).isFalse();
        assertThat(Tracking.LOT.isTracked()).isTrue();
        assertThat(Tracking.SERIAL.isTracked()).isTrue();
    }

    @Test
    void reads_and_writes_the_wire_names_the_database_checks() {
        assertThat(Tracking.fromWire("none")).isSameAs(Tracking.NONE);
        assertThat(Tracking.fromWire("lot")).isSameAs(Tracking.LOT);
        assertThat(Tracking.fromWire("serial")).isSameAs(Tracking.SERIAL);
        assertThat(Tracking.SERIAL.wire()).isEqualTo("serial");
    }

    @Test
    void refuses_unknown_upper_case_or_missing_wire_names() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tracking.fromWire("LOT"));
        assertThatIllegalArgumentException().isThrownBy(() -> Tracking.fromWire("serials"));
        assertThatIllegalArgumentException().isThrownBy(() -> Tracking.fromWire(null));
    }
}
