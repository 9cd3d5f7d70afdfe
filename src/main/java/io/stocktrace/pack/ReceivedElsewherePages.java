package io.stocktrace.pack;

import io.stocktrace.stock.Transfer;
import io.stocktrace.web.PageController;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * On a receipt's page: the packages it names that came in through another receipt, with a button that takes them out
 * of it with their lines, and the history of those that left it.
 */
@PageController
class ReceivedElsewherePages {
    private final AsnReceiptService asn;

    ReceivedElsewherePages(AsnReceiptService asn) {
        this.asn = asn;
    }

    @GetMapping("/transfers/{id}/received-elsewhere")
    String show(@PathVariable long id, Model model) {
        Transfer receipt = asn.get(id);
        model.addAttribute("receipt", receipt);
        model.addAttribute("taken", asn.taken(receipt));
        model.addAttribute("history", asn.receivedElsewhere(id));
        return "pack/received-elsewhere :: received";
    }

    @PostMapping("/transfers/{id}/received-elsewhere")
    String remove(@PathVariable long id, Principal caller) {
        asn.removeReceivedElsewhere(id, caller.getName());
        return "redirect:/transfers/" + id;
    }
}
