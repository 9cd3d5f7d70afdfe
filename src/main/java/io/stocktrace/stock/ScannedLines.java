package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.gs1.Gs1Data;
import io.stocktrace.gs1.Gs1SyntaxEngine;
import io.stocktrace.gs1.Gs1SyntaxException;
import io.stocktrace.limits.Limits;
import io.stocktrace.problem.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Transfer lines given as a scanned GS1 code: the GTIN finds the product, (10) gives the lot, (21) the serial, (17)
 * and (15) the dates, (30) or (37) the count. What the line also states must agree with the scan: a different
 * product or lot is an error on that line, never silently replaced.
 */
@Component
public class ScannedLines {
    private final ProductService products;
    private final Gs1SyntaxEngine engine;
    private final Limits limits;

    ScannedLines(ProductService products, Clock clock, Limits limits) {
        this.products = products;
        this.engine = new Gs1SyntaxEngine(clock).withMaxInputLength(limits.gs1InputLength());
        this.limits = limits;
    }

    /** A line as typed, with the scanned code in {@code scan}. */
    public record ScannableLine(Long productId, BigDecimal quantity, String lot, List<String> serials, LocalDate expirationDate,
                                LocalDate bestBeforeDate, LocalDate removalDate, LocalDate alertDate, String scan) {
        TransferRequest.Line plain() {
            return new TransferRequest.Line(productId, quantity, lot, serials, expirationDate, bestBeforeDate, removalDate, alertDate);
        }
    }

    /** The lines with every scan read; all problems of all lines at once, as field errors. */
    public List<TransferRequest.Line> read(List<ScannableLine> lines) {
        if (lines == null) {
            return null;
        }
        limits.requireLines("lines", lines.size());
        Validation v = new Validation();
        List<TransferRequest.Line> read = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ScannableLine line = lines.get(i);
            read.add(line == null || line.scan() == null ? (line == null ? null : line.plain())
                    : read(line, "lines[" + i + "]", v).line());
        }
        v.throwIfAny();
        return read;
    }

    /** A line of a form filled from its scan, with the product the GTIN found (its tracking says lot or serial). */
    public record Filled(Product product, TransferRequest.Line line) {
    }

    /** One line of a form and the code just scanned into it; its problems come as field errors of {@code line}. */
    public Filled fill(ScannableLine line) {
        Validation v = new Validation();
        Filled filled = read(line, "line", v);
        v.throwIfAny();
        return filled;
    }

    private Filled read(ScannableLine line, String field, Validation v) {
        limits.requireGs1Length(field + ".scan", line.scan());
        Gs1Data data;
        try {
            data = engine.parse(line.scan());
        } catch (Gs1SyntaxException e) {
            v.add(field + ".scan", "not GS1 data a scanner reads: " + e.getMessage());
            return new Filled(null, line.plain());
        }
        // a logistic label names the GTIN of its content (02), with the count (37) of trade items
        Optional<String> gtin = data.gtin().or(() -> data.value("02"));
        if (gtin.isEmpty()) {
            v.add(field + ".scan", "has no GTIN (01): scan the product's barcode");
            return new Filled(null, line.plain());
        }
        Optional<Product> product = products.findByGtin14(gtin.get());
        if (product.isEmpty()) {
            v.add(field + ".scan", "GTIN " + gtin.get() + " belongs to no product: set it on the product first");
            return new Filled(null, line.plain());
        }
        Product p = product.get();
        v.require(line.productId() == null || line.productId() == p.id(), field + ".productId",
                "the scan is product " + p.sku() + " (GTIN " + gtin.get() + "), the line says another product");
        String lot = data.lot().orElse(null);
        String serial = data.serial().orElse(null);
        boolean serialTracked = p.tracking() == Tracking.SERIAL;
        v.require(p.tracking().isTracked() || lot == null, field + ".scan",
                "product " + p.sku() + " is not tracked by lot: (10) does not fit");
        v.require(!serialTracked || lot == null, field + ".scan", "product " + p.sku() + " is tracked by serial number: scan (21), not (10)");
        v.require(serialTracked || serial == null, field + ".scan", "product " + p.sku() + " is not tracked by serial number: (21) does not fit");
        String scanned = serialTracked ? serial : lot;
        v.require(line.lot() == null || scanned == null || line.lot().equals(scanned), field + ".lot",
                "the scan says '" + scanned + "', the line says '" + line.lot() + "'");
        BigDecimal count = data.value("30").or(() -> data.value("37")).map(BigDecimal::new).orElse(null);
        BigDecimal quantity = line.quantity() != null ? line.quantity() : count != null ? count : serialTracked ? BigDecimal.ONE : null;
        return new Filled(p, new TransferRequest.Line(p.id(), quantity, either(line.lot(), scanned), line.serials(),
                either(line.expirationDate(), data.expirationDate().orElse(null)),
                either(line.bestBeforeDate(), data.bestBeforeDate().orElse(null)), line.removalDate(), line.alertDate()));
    }

    /** The SSCC (00) a scan names, a pallet's or a case's; empty for anything else, unreadable data included. */
    public Optional<String> sscc(String scan) {
        try {
            return scan == null || scan.length() > engine.maxInputLength() ? Optional.empty() : engine.parse(scan).sscc();
        } catch (Gs1SyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether a scan names a product (01 or 02), not a logistic unit alone. */
    public boolean namesProduct(String scan) {
        try {
            Gs1Data data = engine.parse(scan);
            return data.gtin().or(() -> data.value("02")).isPresent();
        } catch (Gs1SyntaxException e) {
            return true; // the line's own reading says what is wrong with it
        }
    }

    /** What the line says, else what the scan says. */
    private static <T> T either(T typed, T scanned) {
        return typed != null ? typed : scanned;
    }
}
