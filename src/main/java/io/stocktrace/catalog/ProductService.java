package io.stocktrace.catalog;

import io.stocktrace.api.Change;
import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import io.stocktrace.settings.SettingsService;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProductService {
    /** What a PATCH may change; every field may be left unchanged. */
    public record ProductChange(Change<String> name, Change<String> tracking, Change<String> uom, Change<String> gtin,
                                Change<Expiry> expiry, Change<Boolean> foodTraceabilityList) {
    }

    private final ProductRepository products;
    private final SettingsService settings;
    private final Clock clock;

    ProductService(ProductRepository products, SettingsService settings, Clock clock) {
        this.products = products;
        this.settings = settings;
        this.clock = clock;
    }

    @Requires(Role.MANAGER)
    @Transactional
    public Product create(String sku, String name, String tracking, String uom, String gtin, Expiry expiry,
                          Boolean foodTraceabilityList) {
        Validation v = new Validation()
                .require(sku != null && sku.strip().length() >= 1 && sku.strip().length() <= 64, "sku", "1 to 64 characters")
                .require(name != null && !name.isBlank() && name.length() <= 200, "name", "1 to 200 characters");
        Tracking mode = parseTracking(tracking == null ? "none" : tracking, v);
        checkCommon(uom, gtin, expiry, v);
        v.throwIfAny();
        if (mode.isTracked()) {
            settings.requireLots("Product " + sku.strip() + ", tracked by " + mode.wire() + ",");
        }
        if (products.findBySku(sku.strip()).isPresent()) {
            throw StocktraceException.atField(ProblemType.CONFLICT, "sku", "A product with SKU '" + sku.strip() + "' already exists.");
        }
        checkGtinFree(gtin, null);
        Product product = new Product(0, sku.strip(), name.strip(), mode, uom == null ? "Units" : uom.strip(), gtin,
                expiry == null || expiry.noneSet() ? null : expiry, Boolean.TRUE.equals(foodTraceabilityList),
                clock.instant());
        return get(products.insert(product));
    }

    @Requires(Role.MANAGER)
    @Transactional
    public Product update(long id, ProductChange change) {
        Product current = get(id);
        Validation v = new Validation();
        String name = change.name().orElse(current.name());
        v.require(name != null && !name.isBlank() && name.length() <= 200, "name", "1 to 200 characters");
        Tracking mode = change.tracking().present() ? parseTracking(change.tracking().value(), v) : current.tracking();
        String uom = change.uom().orElse(current.uom());
        String gtin = change.gtin().orElse(current.gtin());
        Expiry expiry = change.expiry().orElse(current.expiry());
        checkCommon(uom, gtin, expiry, v);
        v.require(uom != null, "uom", "cannot be cleared");
        v.throwIfAny();
        if (mode != current.tracking()) {
            if (mode.isTracked()) {
                settings.requireLots("Product " + current.sku() + ", tracked by " + mode.wire() + ",");
            }
            if (products.hasStock(id)) {
                throw new StocktraceException(ProblemType.TRACKING_LOCKED, "Product " + current.sku()
                        + " has stock on hand, so its tracking cannot change from " + current.tracking().wire() + " to "
                        + mode.wire() + ". Empty its stock first.").with("productId", id);
            }
        }
        checkGtinFree(gtin, id);
        products.update(new Product(id, current.sku(), name.strip(), mode, uom.strip(), gtin,
                expiry == null || expiry.noneSet() ? null : expiry,
                change.foodTraceabilityList().orElse(current.foodTraceabilityList()), current.createdAt()));
        return get(id);
    }

    public Product get(long id) {
        return products.findById(id).orElseThrow(() -> StocktraceException.notFound("Product", id));
    }

    /** Whether the product's tracking may no longer change: it has stock on hand. */
    public boolean trackingLocked(long id) {
        return products.hasStock(id);
    }

    /**
     * Holds these products until the transaction ends: operations that create their lots take turns, so that the
     * second one sees the lot the first created (and adds to it) instead of failing on the unique name.
     */
    public void lockForLotCreation(Collection<Long> ids) {
        products.lock(ids);
    }

    public Map<Long, Product> byIds(Collection<Long> ids) {
        return products.byIds(ids);
    }

    /** The products with these SKUs, by SKU; unknown SKUs are left out. */
    public Map<String, Product> bySkus(Collection<String> skus) {
        return products.bySkus(skus);
    }

    @Transactional(readOnly = true)
    public Page<Product> list(String tracking, String q, Paging paging) {
        Validation v = new Validation();
        if (tracking != null) {
            parseTracking(tracking, v);
        }
        v.throwIfAny();
        return products.list(tracking, q, paging);
    }

    /** The product whose GTIN, in whichever length it was given, is this GTIN-14. */
    public Optional<Product> findByGtin14(String gtin14) {
        for (int length : new int[] {14, 13, 12, 8}) {
            String shorter = gtin14.substring(14 - length);
            if (gtin14.substring(0, 14 - length).chars().allMatch(c -> c == '0')) {
                Optional<Product> found = products.findByGtin(shorter);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private void checkGtinFree(String gtin, Long self) {
        if (gtin == null) {
            return;
        }
        products.findByGtin(gtin).filter(p -> self == null || p.id() != self).ifPresent(p -> {
            throw StocktraceException.atField(ProblemType.CONFLICT, "gtin", "GTIN " + gtin + " already belongs to product "
                    + p.sku() + ".");
        });
    }

    private static void checkCommon(String uom, String gtin, Expiry expiry, Validation v) {
        v.require(uom == null || (!uom.isBlank() && uom.length() <= 32), "uom", "1 to 32 characters");
        v.require(gtin == null || Gtin.isValid(gtin), "gtin",
                "must be 8, 12, 13 or 14 digits with a valid GS1 check digit");
        if (expiry != null) {
            checkDays(expiry.expirationDays(), "expiry.expirationDays", v);
            checkDays(expiry.bestBeforeDays(), "expiry.bestBeforeDays", v);
            checkDays(expiry.removalDays(), "expiry.removalDays", v);
            checkDays(expiry.alertDays(), "expiry.alertDays", v);
        }
    }

    private static void checkDays(Integer days, String field, Validation v) {
        v.require(days == null || (days >= 0 && days <= 36500), field, "a number of days from 0 to 36500");
    }

    private static Tracking parseTracking(String tracking, Validation v) {
        try {
            return Tracking.fromWire(tracking);
        } catch (IllegalArgumentException | NullPointerException e) {
            v.add("tracking", "must be none, lot or serial");
            return Tracking.NONE;
        }
    }
}
