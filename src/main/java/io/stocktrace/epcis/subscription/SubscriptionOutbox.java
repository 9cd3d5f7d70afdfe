package io.stocktrace.epcis.subscription;

import io.stocktrace.epcis.EpcIdentifiers;
import io.stocktrace.epcis.EpcisEvents;
import io.stocktrace.epcis.LedgerFacts.MoveFact;
import io.stocktrace.settings.Gs1Settings;
import io.stocktrace.settings.SettingsService;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts each subscription's new matching events in its outbox: the events of the ledger blocks after its cursor,
 * as the EPCIS export tells them (transfers as ObjectEvents, manufacturing orders as TransformationEvents), in ledger
 * order, then moves the cursor, all in the caller's transaction with the subscription locked.
 */
@Component
class SubscriptionOutbox {
    /** Blocks read per subscription per round: a backlog is worked through a bounded bite at a time. */
    static final int BLOCKS_PER_ROUND = 500;

    private final SubscriptionRepository subscriptions;
    private final OutboxRepository outbox;
    private final LedgerWindow ledger;
    private final SettingsService settings;
    private final JsonMapper json;

    SubscriptionOutbox(SubscriptionRepository subscriptions, OutboxRepository outbox, LedgerWindow ledger,
                       SettingsService settings, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.ledger = ledger;
        this.settings = settings;
        this.json = json;
    }

    /** Fills the outbox of this locked subscription up to the newest block or a round's bite; answers how many events. */
    int fill(SubscriptionRepository.Stored subscription, Instant now) {
        long upTo = ledger.endOfWindow(subscription.afterPosition(), BLOCKS_PER_ROUND);
        if (upTo == subscription.afterPosition()) {
            return 0;
        }
        SubscriptionQuery query = SubscriptionQuery.of(SubscriptionJson.query(json, subscription.queryJson()));
        List<OutboxRepository.NewEvent> events = events(ledger.moves(subscription.afterPosition(), upTo)).stream()
                .filter(query::matches)
                .map(e -> new OutboxRepository.NewEvent((String) e.get("eventID"), Instant.parse((String) e.get("eventTime")),
                        json.writeValueAsString(e)))
                .toList();
        long next = outbox.append(subscription.id(), subscription.nextSequence(), events, now);
        subscriptions.advance(subscription.id(), upTo, next);
        return events.size();
    }

    /**
     * The events of these move lines in the order they were recorded. A lot's commissioning is not a new event of a
     * move (the export tells it with the lot), so it is left out; what the lines tell is kept in ledger order.
     */
    private List<Map<String, Object>> events(List<MoveFact> moves) {
        if (moves.isEmpty()) {
            return List.of();
        }
        Set<Long> lotIds = new LinkedHashSet<>();
        moves.forEach(m -> lotIds.add(m.lotId()));
        Gs1Settings gs1 = settings.gs1();
        EpcisEvents events = new EpcisEvents(new EpcIdentifiers(gs1.companyPrefixes(), gs1.urns()), gs1.siteGln(),
                ledger.lots(lotIds));
        return events.events(moves, List.of()).stream()
                .filter(e -> !"ADD".equals(e.get("action")))
                .toList();
    }
}
