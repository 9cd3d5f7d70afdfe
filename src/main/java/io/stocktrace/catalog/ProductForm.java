package io.stocktrace.catalog;

import io.stocktrace.api.Change;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;

/** The product form as typed: numbers stay text until read, so that a refused form shows what was typed. */
record ProductForm(String sku, String name, String tracking, String uom, String gtin, String expirationDays,
                   String bestBeforeDays, String removalDays, String alertDays, Boolean foodTraceabilityList) {
    private static final String DAYS = "a number of days from 0 to 36500";

    /** The form's inputs, their labels and the service's fields each shows. */
    static FormFields fields() {
        return FormFields.form().input("name", "Product Name").input("sku", "Internal Reference")
                .input("tracking", "Tracking").input("uom", "Unit of Measure").input("gtin", "Barcode (GTIN)")
                .input("expirationDays", "Expiration Date", "expiry.expirationDays")
                .input("bestBeforeDays", "Best Before Date", "expiry.bestBeforeDays")
                .input("removalDays", "Removal Date", "expiry.removalDays")
                .input("alertDays", "Alert Date", "expiry.alertDays");
    }

    static ProductForm blank() {
        return new ProductForm("", "", "none", "Units", "", "", "", "", "", false);
    }

    static ProductForm of(Product p) {
        Expiry e = p.expiry() == null ? new Expiry(null, null, null, null) : p.expiry();
        return new ProductForm(p.sku(), p.name(), p.tracking().wire(), p.uom(), text(p.gtin()),
                text(e.expirationDays()), text(e.bestBeforeDays()), text(e.removalDays()), text(e.alertDays()),
                p.foodTraceabilityList());
    }

    /** The durations typed, or null with a problem added per field that is not a whole number. */
    Expiry expiry(FormProblems problems) {
        return new Expiry(wholeNumber(expirationDays, "expirationDays", problems),
                wholeNumber(bestBeforeDays, "bestBeforeDays", problems),
                wholeNumber(removalDays, "removalDays", problems), wholeNumber(alertDays, "alertDays", problems));
    }

    /** What the edit changes: a disabled tracking select sends nothing, the durations only when they are shown. */
    ProductService.ProductChange change(Expiry expiry, boolean expiryShown) {
        return new ProductService.ProductChange(Change.to(name), tracking == null ? Change.unchanged() : Change.to(tracking),
                Change.to(uom == null ? "" : uom), Change.to(FormFields.text(gtin)),
                expiryShown ? Change.to(expiry) : Change.unchanged(), Change.to(Boolean.TRUE.equals(foodTraceabilityList)));
    }

    boolean food() {
        return Boolean.TRUE.equals(foodTraceabilityList);
    }

    private static Integer wholeNumber(String typed, String input, FormProblems problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            problems.add(input, DAYS);
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
