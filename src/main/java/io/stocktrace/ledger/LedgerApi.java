package io.stocktrace.ledger;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/ledger/digest}: the head of the tamper-evident ledger, for an auditor to keep elsewhere. */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApi {
    private final LedgerService ledger;

    LedgerApi(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/digest")
    LedgerDigest digest() {
        return ledger.digest();
    }
}
