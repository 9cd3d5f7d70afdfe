package io.stocktrace.stock;

import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/transfers")
class ReturnApi {
    private final ReturnService returns;
    private final TransferService transfers;

    ReturnApi(ReturnService returns, TransferService transfers) {
        this.returns = returns;
        this.transfers = transfers;
    }

    /** A draft return of a done receipt or delivery; reserve, validate or cancel it as any transfer. */
    @PostMapping("/{id}/return")
    ResponseEntity<TransferApi.TransferView> create(@PathVariable long id, @RequestBody ReturnRequest request,
                                                    Principal caller) {
        Transfer t = returns.create(id, request, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/transfers/" + t.id())).body(TransferApi.TransferView.of(t,
                transfers.packages(t.id())));
    }
}
