package io.stocktrace.stock;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.problem.Validation;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/transfers")
class TransferApi {
    record LineView(long id, long productId, String lot, Long lotId, BigDecimal quantity, long sourceLocationId,
                    long destinationLocationId) {
        static LineView of(TransferLine l) {
            return new LineView(l.id(), l.productId(), l.lotName(), l.lotId(), l.quantity(), l.sourceLocationId(),
                    l.destinationLocationId());
        }
    }

    record TransferView(long id, String reference, String type, String state, Long partnerId, long sourceLocationId,
                        long destinationLocationId, Instant scheduledDate, String origin, boolean allowExpired,
                        String createdBy, Instant createdAt, Instant doneAt, List<LineView> lines,
                        List<String> packages) {
        static TransferView of(Transfer t) {
            return of(t, null);
        }

        /** With the names (SSCCs) of its packages; null in lists, which leave the lines out too. */
        static TransferView of(Transfer t, List<String> packages) {
            return new TransferView(t.id(), t.reference(), t.type().wire(), t.state().wire(), t.partnerId(),
                    t.sourceLocationId(), t.destinationLocationId(), t.scheduledDate(), t.origin(), t.allowExpired(),
                    t.createdBy(), t.createdAt(), t.doneAt(), t.lines().stream().map(LineView::of).toList(), packages);
        }
    }

    /** A transfer as posted: lines may carry a scanned GS1 code ({@code scan}) instead of, or besides, their fields. */
    record TransferBody(String type, Long partnerId, Long sourceLocationId, Long destinationLocationId,
                        java.time.Instant scheduledDate, String origin, Boolean allowExpired,
                        List<ScannedLines.ScannableLine> lines, List<TransferRequest.PackageEntry> packages) {
    }

    private final TransferService transfers;
    private final ScannedLines scans;

    TransferApi(TransferService transfers, ScannedLines scans) {
        this.transfers = transfers;
        this.scans = scans;
    }

    @PostMapping
    ResponseEntity<TransferView> create(@RequestBody TransferBody body, Principal caller) {
        TransferRequest request = request(body);
        Transfer t = transfers.create(request, caller.getName());
        // a transfer created just now has the packages its request named, or none: then there is nothing to read
        List<String> packages = request.hasPackages() ? transfers.packages(t.id()) : List.of();
        return ResponseEntity.created(URI.create("/api/v1/transfers/" + t.id())).body(TransferView.of(t, packages));
    }

    /** Replaces a draft's header and lines; the body is that of a new transfer, its type optional. */
    @PutMapping("/{id}")
    TransferView update(@PathVariable long id, @RequestBody TransferBody body, Principal caller) {
        return view(transfers.update(id, request(body), caller.getName()));
    }

    private TransferRequest request(TransferBody body) {
        return new TransferRequest(body.type(), body.partnerId(), body.sourceLocationId(), body.destinationLocationId(),
                body.scheduledDate(), body.origin(), body.allowExpired(), scans.read(body.lines()), body.packages());
    }

    @PostMapping("/{id}/reserve")
    TransferView reserve(@PathVariable long id) {
        return view(transfers.reserve(id));
    }

    /** Unreserve: a ready transfer gives back what it reserved and is a draft again. */
    @PostMapping("/{id}/unreserve")
    TransferView unreserve(@PathVariable long id) {
        return view(transfers.unreserve(id));
    }

    @PostMapping("/{id}/validate")
    TransferView validate(@PathVariable long id, Principal caller) {
        return view(transfers.validate(id, caller.getName()));
    }

    @PostMapping("/{id}/cancel")
    TransferView cancel(@PathVariable long id) {
        return view(transfers.cancel(id));
    }

    @GetMapping("/{id}")
    TransferView get(@PathVariable long id) {
        return view(transfers.get(id));
    }

    private TransferView view(Transfer t) {
        return TransferView.of(t, transfers.packages(t.id()));
    }

    /** Transfers newest first; lines are left out here (a receipt may hold thousands), ask for one transfer to see them. */
    @GetMapping
    Page<TransferView> list(@RequestParam(required = false) String type, @RequestParam(required = false) String state,
                            @RequestParam(required = false) Long lotId, @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) Long offset) {
        Validation v = new Validation();
        TransferType parsedType = null;
        TransferState parsedState = null;
        try {
            parsedType = type == null ? null : TransferType.fromWire(type);
        } catch (IllegalArgumentException e) {
            v.add("type", "must be receipt, delivery, internal or return");
        }
        try {
            parsedState = state == null ? null : TransferState.fromWire(state);
        } catch (IllegalArgumentException e) {
            v.add("state", "must be draft, ready, done or cancelled");
        }
        v.throwIfAny();
        return transfers.list(parsedType, parsedState, lotId, Paging.of(limit, offset)).map(TransferView::of);
    }
}
