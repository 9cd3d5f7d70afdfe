package io.stocktrace.stock;

import io.stocktrace.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A transfer's buttons besides Validate: Check Availability reserves a draft's stock (or shows, line by line, what is
 * short, reserving nothing), Unreserve gives a ready transfer's reservation back and makes it a draft again, and Cancel
 * gives up the transfer and its reservation. A refusal shows on the transfer's page.
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

    @PostMapping("/transfers/{id}/unreserve")
    String unreserve(@PathVariable long id, Model model) {
        return sheet.act(id, model, () -> transfers.unreserve(id));
    }

    @PostMapping("/transfers/{id}/cancel")
    String cancel(@PathVariable long id, Model model) {
        return sheet.act(id, model, () -> transfers.cancel(id));
    }
}
