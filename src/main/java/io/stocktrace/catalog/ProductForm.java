package io.stocktrace.catalog;

import io.stocktrace.api.Change;
import io.stocktrace.web.FieldErrors;
import java.util.Map;

/** The product form as typed: numbers stay text until read, so that a refused form shows what was typed. */
record ProductForm(String sku, String name, String tracking, String uom, String gtin, String expirationDays,
                   String bestBeforeDays, String removalDays, String alertDays, Boolean foodTraceabilityList) {
    static final Map<String, String> FIELDS = Map.of("expiry.expirationDays", "expirationDays",
            "expiry.bestBeforeDays", "bestBeforeDays", "expiry.removalDays", "removalDays", "expiry.alertDays",
            "alertDays");
    private static final String DAYS = "a number of days from 0 to 36500";

    static ProductForm blank() {
        return new ProductForm("", "", "none", "Units", "", "", "", "", "", false);
    }

    static ProductForm of(Product p) {
        Expiry e = p.expiry() == null ? new Expiry(null, null, null, null) : p.expiry();
        return new ProductForm(p.sku(), p.name(), p.tracking().wire(), p.uom(), text(p.gtin()),
                text(e.expirationDays()), text(e.bestBeforeDays()), text(e.removalDays()), text(e.alertDays()),
                p.foodTraceabilityList());
    }

    /** The durations typed, or null with a message per field that is not a whole number. */
    Expiry expiry(Map<String, String> errors) {
        return new Expiry(FieldErrors.wholeNumber(expirationDays, "expirationDays", DAYS, errors),
                FieldErrors.wholeNumber(bestBeforeDays, "bestBeforeDays", DAYS, errors),
                FieldErrors.wholeNumber(removalDays, "removalDays", DAYS, errors),
                FieldErrors.wholeNumber(alertDays, "alertDays", DAYS, errors));
    }

    /** What the edit changes: a disabled tracking select sends nothing, the durations only when they are shown. */
    ProductService.ProductChange change(Expiry expiry, boolean expiryShown) {
        return new ProductService.ProductChange(Change.to(name), tracking == null ? Change.unchanged() : Change.to(tracking),
                Change.to(uom == null ? "" : uom), Change.to(FieldErrors.text(gtin)),
                expiryShown ? Change.to(expiry) : Change.unchanged(), Change.to(Boolean.TRUE.equals(foodTraceabilityList)));
    }

    boolean food() {
        return Boolean.TRUE.equals(foodTraceabilityList);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
