package io.stocktrace.lot;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A lot's history besides its moves: status changes (who, when, why) and expiry alerts. */
@Service
public class LotHistoryService {
    private final LotService lots;
    private final LotEventRepository events;

    LotHistoryService(LotService lots, LotEventRepository events) {
        this.lots = lots;
        this.events = events;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<LotEvent> events(long lotId, Paging paging) {
        lots.get(lotId);
        return new Page<>(events.events(lotId, paging), events.countEvents(lotId));
    }
}
