package io.stocktrace.ledger;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/ledger/digest}: the head of the tamper-evident ledger, for an auditor to keep elsewhere. */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApi {
    private final LedgerService ledger;

    LedgerApi(LedgerService ledger) {
        this.ledger = ledger;
    }

    /** The head now, or with {@code ?blocks=N} the digest as it was once the chain held N blocks. */
    @GetMapping("/digest")
    LedgerDigest digest(@RequestParam(required = false) Long blocks) {
        return blocks == null ? ledger.digest() : ledger.digestAt(blocks);
    }
}
