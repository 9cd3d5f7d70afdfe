package io.stocktrace.lot;

import io.stocktrace.problem.Validation;
import java.time.LocalDate;

/**
 * The filters of the lot list; every one is optional. {@code today} decides what "expired" means. {@code locationId}
 * keeps lots with stock in that location, {@code atCustomer} lots the ledger places at a customer, {@code createdOn}
 * lots created that day (UTC), {@code inAlert} lots with stock whose alert date has come
 * ({@link LotSummary#inAlertOn}).
 */
public record LotFilter(Long productId, String name, String q, LotStatus status, boolean onHand, Boolean expired,
                        LocalDate expiresBefore, LocalDate today, Long locationId, boolean atCustomer,
                        LocalDate createdOn, boolean inAlert) {

    public LotFilter(Long productId, String name, String q, LotStatus status, boolean onHand, Boolean expired,
                     LocalDate expiresBefore, LocalDate today) {
        this(productId, name, q, status, onHand, expired, expiresBefore, today, null, false, null, false);
    }

    /** The lots of the alerts list: with stock, their alert date come by {@code today}. */
    public static LotFilter inAlert(LocalDate today) {
        return new LotFilter(null, null, null, null, false, null, null, today, null, false, null, true);
    }

    /** This filter narrowed to one group of a grouping (product, lot, status, location or created), by its key. */
    public LotFilter within(String groupBy, String key) {
        return switch (groupBy) {
            case "product" -> new LotFilter(Long.valueOf(key), name, q, status, onHand, expired, expiresBefore, today,
                    locationId, atCustomer, createdOn, inAlert);
            case "lot" -> new LotFilter(productId, key, q, status, onHand, expired, expiresBefore, today, locationId,
                    atCustomer, createdOn, inAlert);
            case "status" -> new LotFilter(productId, name, q, LotStatus.fromWire(key), onHand, expired, expiresBefore,
                    today, locationId, atCustomer, createdOn, inAlert);
            case "location" -> new LotFilter(productId, name, q, status, onHand, expired, expiresBefore, today,
                    Long.valueOf(key), atCustomer, createdOn, inAlert);
            case "created" -> new LotFilter(productId, name, q, status, onHand, expired, expiresBefore, today,
                    locationId, atCustomer, LocalDate.parse(key), inAlert);
            default -> throw new IllegalArgumentException(groupBy);
        };
    }

    /** The filters as a request gives them; a status that is not one is a validation problem. */
    public static LotFilter of(Long productId, String name, String q, String status, Boolean onHand, Boolean expired,
                               LocalDate expiresBefore, LocalDate today) {
        LotStatus parsed = null;
        if (status != null) {
            try {
                parsed = LotStatus.fromWire(status);
            } catch (IllegalArgumentException e) {
                new Validation().add("status", "must be available, quarantine or recalled").throwIfAny();
            }
        }
        return new LotFilter(productId, name, q, parsed, Boolean.TRUE.equals(onHand), expired, expiresBefore, today);
    }
}
