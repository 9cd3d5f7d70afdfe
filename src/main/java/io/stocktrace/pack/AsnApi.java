package io.stocktrace.pack;

import io.stocktrace.stock.Transfer;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A receipt from an advance shipping notice in CSV (SSCC → contents, with the parent pallet): a draft receipt of its
 * packages, all or nothing, each problem on its CSV line. The JSON form of a notice is the receipt's own body. And the
 * packages an open receipt no longer brings because another receipt brought them.
 */
@RestController
@RequestMapping("/api/v1/receipts")
class AsnApi {
    record Created(long id, String reference, String state, List<String> packages) {
    }

    record Receipt(long id, String reference, String state, List<String> packages,
                   List<ReceivedElsewhereRepository.Settled> receivedElsewhere) {
    }

    private final AsnReceiptService asn;

    AsnApi(AsnReceiptService asn) {
        this.asn = asn;
    }

    @PostMapping(value = "/asn", consumes = "text/csv")
    ResponseEntity<Created> receive(@RequestBody String csv, @RequestParam(required = false) Long partnerId,
                                    @RequestParam(required = false) Long destinationLocationId, Principal caller) {
        Transfer t = asn.receive(csv, partnerId, destinationLocationId, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/transfers/" + t.id()))
                .body(new Created(t.id(), t.reference(), t.state().wire(), asn.packages(t.id())));
    }

    /** Takes out of the open receipt the packages that exist already, with their lines. */
    @PostMapping("/{id}/received-elsewhere")
    Receipt removeReceivedElsewhere(@PathVariable long id, Principal caller) {
        return receipt(asn.removeReceivedElsewhere(id, caller.getName()));
    }

    @GetMapping("/{id}/received-elsewhere")
    Receipt receivedElsewhere(@PathVariable long id) {
        return receipt(asn.get(id));
    }

    private Receipt receipt(Transfer t) {
        return new Receipt(t.id(), t.reference(), t.state().wire(), asn.packages(t.id()),
                asn.receivedElsewhere(t.id()));
    }
}
