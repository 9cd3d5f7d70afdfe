package io.stocktrace.stock;

import io.stocktrace.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A draft's buttons besides Validate: Check Availability reserves its stock (or shows, line by line, what is short,
 * reserving nothing) and Cancel gives up the transfer and its reservation. A refusal shows on the transfer's page.
 */
@PageController
class TransferActionPages {
    private final TransferService transfers;
    private final TransferSheet sheet;

    TransferActionPages(TransferService transfers, TransferSheet sheet) {
        this.transfers = transfers;
        this.sheet = sheet;
    }

    @PostMapping("/transfers/{id}/reserve")
    String reserve(@PathVariable long id, Model model) {
        return sheet.act(id, model, () -> transfers.reserve(id));
    }

    @PostMapping("/transfers/{id}/cancel")
    String cancel(@PathVariable long id, Model model) {
        return sheet.act(id, model, () -> transfers.cancel(id));
    }
}
