package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LotStatusTest {

    @Test
    void quarantined_and_recalled_lots_are_blocked_and_available_ones_are_not() {
        assertThat(LotStatus.AVAILABLE.isBlocked()).isFalse();
        assertThat(LotStatus.QUARANTINE.isBlocked()).isTrue();
        assertThat(LotStatus.RECALLED.isBlocked()).isTrue();
    }

    @Test
    void reads_and_writes_the_wire_names_the_database_checks() {
        assertThat(LotStatus.AVAILABLE.wire()).isEqualTo("available");
        assertThat(LotStatus.QUARANTINE.wire()).isEqualTo("quarantine");
        assertThat(LotStatus.RECALLED.wire()).isEqualTo("recalled");
        for (LotStatus status : LotStatus.values()) {
            assertThat(LotStatus.fromWire(status.wire())).isSameAs(status);
        }
    }

    @Test
    void refuses_unknown_wire_names() {
        assertThatIllegalArgumentException().isThrownBy(() -> LotStatus.fromWire("Recalled"));
        assertThatIllegalArgumentException().isThrownBy(() -> LotStatus.fromWire("blocked"));
    }
}
