package io.stocktrace.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.lot.LotDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftDatesTest {
    private static final LocalDate EXPIRES = LocalDate.parse("2027-06-30");
    private static final LotDates GIVEN = new LotDates(EXPIRES, LocalDate.parse("2027-06-01"),
            LocalDate.parse("2027-06-20"), LocalDate.parse("2027-05-15"));

    private static Transfer draft(String lot) {
        TransferLine line = new TransferLine(1, 0, 7, null, lot, BigDecimal.ONE, 1, 2, false, GIVEN, null);
        return new Transfer(1, "WH/IN/00001", TransferType.RECEIPT, TransferState.DRAFT, null, 1, 2, Instant.EPOCH,
                null, false, "admin", Instant.EPOCH, null, List.of(line));
    }

    private static TransferRequest edited(TransferRequest.Line line) {
        return new TransferRequest("receipt", null, null, null, null, null, null, List.of(line));
    }

    @Test
    void a_line_of_the_same_lot_and_expiration_keeps_the_dates_the_form_does_not_show() {
        var line = new TransferRequest.Line(7L, BigDecimal.TEN, "L-1", null, EXPIRES, null, null, null);
        var kept = DraftDates.keptFrom(draft("L-1"), edited(line)).lines().get(0);
        assertThat(kept.bestBeforeDate()).isEqualTo(GIVEN.bestBeforeDate());
        assertThat(kept.removalDate()).isEqualTo(GIVEN.removalDate());
        assertThat(kept.alertDate()).isEqualTo(GIVEN.alertDate());
        assertThat(kept.quantity()).isEqualTo(BigDecimal.TEN);
    }

    @Test
    void a_serial_line_keeps_the_dates_of_its_first_serial() {
        var line = new TransferRequest.Line(7L, null, null, List.of("SN-1", "SN-2"), EXPIRES, null, null, null);
        assertThat(DraftDates.keptFrom(draft("SN-1"), edited(line)).lines().get(0).alertDate())
                .isEqualTo(GIVEN.alertDate());
    }

    @Test
    void a_changed_expiration_date_another_lot_or_another_product_derives_them_again() {
        var moved = new TransferRequest.Line(7L, BigDecimal.ONE, "L-1", null, EXPIRES.plusDays(1), null, null, null);
        var other = new TransferRequest.Line(7L, BigDecimal.ONE, "L-2", null, EXPIRES, null, null, null);
        var product = new TransferRequest.Line(8L, BigDecimal.ONE, "L-1", null, EXPIRES, null, null, null);
        for (var line : List.of(moved, other, product)) {
            assertThat(DraftDates.keptFrom(draft("L-1"), edited(line)).lines().get(0)).isEqualTo(line);
        }
    }
}
