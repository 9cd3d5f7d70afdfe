package io.stocktrace.pack;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.stock.Transfer;
import io.stocktrace.stock.TransferState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The packages of a transfer as its page lists them, each with what it holds and the packages inside it (indented):
 * an open receipt's as it expects them (its lines in each), any other's as the packages are now, each a link to its
 * form. A serial product's serials in one package are one entry.
 */
@Component
class TransferPackagesView {
    /** A package at its depth (0: named by the transfer), with its id once it exists, and what it holds. */
    record Shown(Long id, String name, String type, int depth, List<Item> items) {
    }

    /** What a package holds of a product: a lot (with its id once it exists) and quantity, or serials. */
    record Item(String product, Long lotId, String lot, String quantity, List<String> serials) {
    }

    private final TransferPackageRepository rows;
    private final ExpectedPackageRepository expected;
    private final PackageRepository packages;
    private final PackageService service;
    private final ProductService products;

    TransferPackagesView(TransferPackageRepository rows, ExpectedPackageRepository expected,
                         PackageRepository packages, PackageService service, ProductService products) {
        this.rows = rows;
        this.expected = expected;
        this.packages = packages;
        this.service = service;
        this.products = products;
    }

    @Transactional(readOnly = true)
    List<Shown> of(Transfer transfer) {
        List<TransferPackageRepository.Row> named = rows.rows(transfer.id());
        if (named.isEmpty()) {
            return List.of();
        }
        boolean expecting = transfer.type().createsLots() && transfer.state() != TransferState.DONE;
        return expecting ? expected(transfer.id(), named) : existing(transfer, named);
    }

    private List<Shown> expected(long transferId, List<TransferPackageRepository.Row> named) {
        Map<String, List<ExpectedPackageRepository.Line>> byPack = new LinkedHashMap<>();
        expected.lines(transferId, named.stream().map(TransferPackageRepository.Row::name).toList())
                .forEach(l -> byPack.computeIfAbsent(l.pack(), k -> new ArrayList<>()).add(l));
        Map<Long, Product> byId = products.byIds(byPack.values().stream().flatMap(List::stream)
                .map(ExpectedPackageRepository.Line::productId).distinct().toList());
        List<Shown> shown = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (TransferPackageRepository.Row r : named) {
            if (r.parent() == null || named.stream().noneMatch(p -> p.name().equals(r.parent()))) {
                expectedTree(r, 0, named, byPack, byId, placed, shown);
            }
        }
        return shown;
    }

    private void expectedTree(TransferPackageRepository.Row r, int depth, List<TransferPackageRepository.Row> named,
                              Map<String, List<ExpectedPackageRepository.Line>> byPack, Map<Long, Product> byId,
                              Set<String> placed, List<Shown> shown) {
        if (!placed.add(r.name())) {
            return;
        }
        Map<String, Item> items = new LinkedHashMap<>();
        for (ExpectedPackageRepository.Line l : byPack.getOrDefault(r.name(), List.of())) {
            add(items, byId.get(l.productId()), null, l.lot(), l.quantity());
        }
        shown.add(new Shown(null, r.name(), r.type(), depth, List.copyOf(items.values())));
        for (TransferPackageRepository.Row child : named) {
            if (r.name().equals(child.parent())) {
                expectedTree(child, depth + 1, named, byPack, byId, placed, shown);
            }
        }
    }

    private List<Shown> existing(Transfer transfer, List<TransferPackageRepository.Row> named) {
        List<Long> roots = new ArrayList<>();
        Map<String, StockPackage> byName = packages.byNames(named.stream().filter(r -> r.packageId() == null)
                .map(TransferPackageRepository.Row::name).toList());
        for (TransferPackageRepository.Row r : named) {
            StockPackage p = r.packageId() != null ? null : byName.get(r.name());
            if (r.packageId() != null) {
                roots.add(r.packageId());
            } else if (p != null && (p.parentName() == null || byName.values().stream()
                    .noneMatch(o -> o.name().equals(p.parentName())))) {
                roots.add(p.id());
            }
        }
        List<Shown> shown = new ArrayList<>();
        for (Long root : roots) {
            flatten(service.content(root), 0, shown);
        }
        return transfer.state() == TransferState.DONE ? asMoved(transfer.id(), shown) : shown;
    }

    /** The packages of a done transfer with what it moved in each, not what they hold since. */
    private List<Shown> asMoved(long transferId, List<Shown> shown) {
        Map<Long, List<ExpectedPackageRepository.Moved>> byPack = new LinkedHashMap<>();
        expected.moved(transferId, shown.stream().map(Shown::id).toList())
                .forEach(m -> byPack.computeIfAbsent(m.packageId(), k -> new ArrayList<>()).add(m));
        Map<Long, Product> byId = products.byIds(byPack.values().stream().flatMap(List::stream)
                .map(ExpectedPackageRepository.Moved::productId).distinct().toList());
        List<Shown> moved = new ArrayList<>();
        for (Shown s : shown) {
            Map<String, Item> items = new LinkedHashMap<>();
            byPack.getOrDefault(s.id(), List.of()).forEach(m -> add(items, byId.get(m.productId()), m.lotId(), m.lot(),
                    m.quantity()));
            moved.add(new Shown(s.id(), s.name(), s.type(), s.depth(), List.copyOf(items.values())));
        }
        return moved;
    }

    /**
     * Packages named on a delivery or internal transfer form, before it is saved: each that exists with its content
     * (nested), each name that is no package's alone, with no type, so that the form says so.
     */
    @Transactional(readOnly = true)
    List<Shown> preview(List<String> names) {
        Map<String, StockPackage> found = packages.byNames(names);
        List<Shown> shown = new ArrayList<>();
        for (String name : names) {
            StockPackage p = found.get(name);
            if (p == null) {
                shown.add(new Shown(null, name, null, 0, List.of()));
            } else {
                flatten(service.content(p.id()), 0, shown);
            }
        }
        return shown;
    }

    private void flatten(PackageContent content, int depth, List<Shown> shown) {
        Map<Long, Product> byId = products.byIds(content.items().stream().map(PackageContent.Item::productId)
                .distinct().toList());
        Map<String, Item> items = new LinkedHashMap<>();
        content.items().forEach(i -> add(items, byId.get(i.productId()), i.lotId(), i.lot(), i.quantity()));
        shown.add(new Shown(content.pack().id(), content.pack().name(), content.pack().type(), depth,
                List.copyOf(items.values())));
        content.children().forEach(c -> flatten(c, depth + 1, shown));
    }

    /** A lot or untracked quantity is an item of its own; a serial joins its product's serials. */
    private static void add(Map<String, Item> items, Product product, Long lotId, String lot, BigDecimal quantity) {
        String name = product == null ? "" : product.name();
        if (product != null && product.tracking() == Tracking.SERIAL && lot != null) {
            Item serials = items.computeIfAbsent("serials " + product.id(), k -> new Item(name, null, null, null,
                    new ArrayList<>()));
            serials.serials().add(lot);
            return;
        }
        items.put("item " + items.size(), new Item(name, lotId, lot, Quantities.plain(quantity), null));
    }
}
