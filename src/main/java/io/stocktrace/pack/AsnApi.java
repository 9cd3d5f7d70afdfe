package io.stocktrace.pack;

import io.stocktrace.catalog.ProductService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.stock.Transfer;
import io.stocktrace.stock.TransferRequest;
import io.stocktrace.stock.TransferService;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A receipt from an advance shipping notice in CSV (SSCC → contents, with the parent pallet): a draft receipt of its
 * packages, all or nothing, each problem on its CSV line. The JSON form of a notice is the receipt's own body.
 */
@RestController
@RequestMapping("/api/v1/receipts")
class AsnApi {
    record Created(long id, String reference, String state, List<String> packages) {
    }

    private final TransferService transfers;
    private final ProductService products;

    AsnApi(TransferService transfers, ProductService products) {
        this.transfers = transfers;
        this.products = products;
    }

    @PostMapping(value = "/asn", consumes = "text/csv")
    ResponseEntity<Created> receive(@RequestBody String csv, @RequestParam(required = false) Long partnerId,
                                    @RequestParam(required = false) Long destinationLocationId, Principal caller) {
        AsnCsv.Read read = AsnCsv.read(csv, products::bySkus);
        Transfer t;
        try {
            t = transfers.create(new TransferRequest("receipt", partnerId, null, destinationLocationId, null, null,
                    null, List.of(), read.packages()), caller.getName());
        } catch (StocktraceException e) {
            throw read.onCsvLines(e);
        }
        return ResponseEntity.created(URI.create("/api/v1/transfers/" + t.id()))
                .body(new Created(t.id(), t.reference(), t.state().wire(), transfers.packages(t.id())));
    }
}
