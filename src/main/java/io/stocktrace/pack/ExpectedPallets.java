package io.stocktrace.pack;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.stock.ScannedLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The packages open receipts expect (an advance shipping notice's, kept as a draft receipt), found at the dock by the
 * SSCC on the pallet alone: the pallet with the packages inside it, any depth, and the lines that arrive in each, as
 * rows of the receipt form (a serial product's serials listed in one row per line).
 */
@Component
class ExpectedPallets {
    private static final Pattern BRACKETED = Pattern.compile("^\\(00\\)\\s*(\\d+)$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");
    private static final int MAX_SCAN = 200;

    /** A package of the pallet: its name, type and parent (null for the pallet scanned). */
    record Pack(String name, String type, String parent) {
    }

    /** A row of the receipt form: what arrives in {@code pack}. */
    record Row(long productId, String tracking, String lot, String serials, String quantity, String expirationDate,
               String pack) {
    }

    /** The pallet an open receipt expects: the receipt's reference, its packages (pallet first) and rows. */
    record Pallet(String sscc, String receipt, List<Pack> packages, List<Row> rows) {
    }

    private final ExpectedPackageRepository repository;
    private final PackageRepository packages;
    private final ProductService products;
    private final ScannedLines scans;

    ExpectedPallets(ExpectedPackageRepository repository, PackageRepository packages, ProductService products,
                    ScannedLines scans) {
        this.repository = repository;
        this.packages = packages;
        this.products = products;
        this.scans = scans;
    }

    Pallet find(String scanned) {
        String sscc = sscc(scanned);
        StockPackage there = packages.byNames(List.of(sscc)).get(sscc);
        if (there != null) {
            throw problem("SSCC " + sscc + " was received already: it is in " + there.location());
        }
        ExpectedPackageRepository.Receipt receipt = repository.expecting(sscc)
                .orElseThrow(() -> problem("no open receipt or advance shipping notice expects SSCC " + sscc
                        + ": upload the notice first"));
        List<Pack> tree = subtree(sscc, repository.packages(receipt.id()));
        Set<String> names = new HashSet<>(tree.stream().map(Pack::name).toList());
        List<ExpectedPackageRepository.Line> lines = repository.lines(receipt.id(), names);
        Map<Long, Product> byId = products.byIds(lines.stream().map(ExpectedPackageRepository.Line::productId)
                .distinct().toList());
        Map<Integer, List<ExpectedPackageRepository.Line>> byLine = new LinkedHashMap<>();
        lines.forEach(l -> byLine.computeIfAbsent(l.lineNo(), n -> new ArrayList<>()).add(l));
        List<Row> rows = new ArrayList<>();
        for (List<ExpectedPackageRepository.Line> group : byLine.values()) {
            ExpectedPackageRepository.Line first = group.get(0);
            Product product = byId.get(first.productId());
            boolean serial = product != null && product.tracking() == Tracking.SERIAL && first.lot() != null;
            String expiry = first.expirationDate() == null ? null : first.expirationDate().toString();
            String tracking = product == null ? null : product.tracking().wire();
            if (serial) {
                rows.add(new Row(first.productId(), tracking, null, String.join("\n",
                        group.stream().map(ExpectedPackageRepository.Line::lot).toList()),
                        String.valueOf(group.size()), expiry, first.pack()));
            } else {
                group.forEach(l -> rows.add(new Row(l.productId(), tracking, l.lot(), null,
                        Quantities.plain(l.quantity()), expiry, l.pack())));
            }
        }
        return new Pallet(sscc, receipt.reference(), tree, rows);
    }

    /** The package scanned and every package inside it, parents first; the scanned one at the top. */
    private static List<Pack> subtree(String root, List<Pack> all) {
        List<Pack> tree = new ArrayList<>();
        Set<String> in = new HashSet<>();
        all.stream().filter(p -> p.name().equals(root)).findFirst()
                .ifPresent(p -> tree.add(new Pack(p.name(), p.type(), null)));
        in.add(root);
        for (int i = 0; i < tree.size(); i++) {
            String parent = tree.get(i).name();
            for (Pack p : all) {
                if (parent.equals(p.parent()) && in.add(p.name())) {
                    tree.add(p);
                }
            }
        }
        return tree;
    }

    /** The 18 digits of an SSCC as scanned or typed; anything else, or a wrong check digit, is refused. */
    private String sscc(String scanned) {
        String typed = scanned == null ? "" : scanned.strip();
        if (typed.isEmpty()) {
            throw problem("is required: scan the pallet's SSCC (00) or type its 18 digits");
        }
        if (typed.length() > MAX_SCAN) {
            throw problem("at most " + MAX_SCAN + " characters: scan the pallet's SSCC (00)");
        }
        Matcher bracketed = BRACKETED.matcher(typed);
        String digits = bracketed.matches() ? bracketed.group(1) : DIGITS.matcher(typed).matches() ? typed
                : scans.sscc(typed).orElse(null);
        if (digits == null) {
            throw problem("is not an SSCC: scan the pallet's (00) barcode or type its 18 digits");
        }
        if (digits.length() != Sscc.LENGTH) {
            throw problem("an SSCC has 18 digits, not " + digits.length());
        }
        if (!Sscc.isSscc(digits)) {
            throw problem("SSCC " + digits + " is not valid: its check digit should be "
                    + Sscc.expectedCheckDigit(digits));
        }
        return digits;
    }

    private static StocktraceException problem(String message) {
        return StocktraceException.atField(ProblemType.VALIDATION_FAILED, "sscc", message);
    }
}
