package io.stocktrace.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.lot.LotList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptLinesTest {

    @Test
    void serials_of_a_pasted_list_make_one_line_per_expiration_date_in_the_order_of_the_list() {
        var parsed = LotList.parse("SN-1\nSN-2;1;2031-05-31\nSN-3\nSN-4;;2031-05-31\n", true);

        List<TransferRequest.Line> lines = ReceiptLines.of(7, parsed.entries(), true);

        assertThat(lines).extracting(TransferRequest.Line::serials)
                .containsExactly(List.of("SN-1", "SN-3"), List.of("SN-2", "SN-4"));
        assertThat(lines).extracting(TransferRequest.Line::expirationDate)
                .containsExactly(null, LocalDate.of(2031, 5, 31));
    }

    @Test
    void lots_of_a_pasted_list_make_a_line_each_with_their_quantity_and_date() {
        var parsed = LotList.parse("L-1;12.5;2031-01-31\nL-2\n", false);

        List<TransferRequest.Line> lines = ReceiptLines.of(7, parsed.entries(), false);

        assertThat(lines).extracting(TransferRequest.Line::lot).containsExactly("L-1", "L-2");
        assertThat(lines).extracting(TransferRequest.Line::quantity)
                .containsExactly(new BigDecimal("12.5"), BigDecimal.ONE);
        assertThat(lines.get(0).expirationDate()).isEqualTo(LocalDate.of(2031, 1, 31));
    }
}
