package io.stocktrace.pack;

import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.stock.TransferRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * The packages a receipt brings, as typed, scanned or read from an advance shipping notice: each named (a valid SSCC
 * or a free name) once, new, of a type, inside another of the receipt's packages or at the top, never inside itself.
 */
final class IncomingPackages {
    private IncomingPackages() {
    }

    static List<TransferPackageRepository.Row> check(List<TransferRequest.PackageEntry> entries,
                                                     PackageRepository packages) {
        Validation v = new Validation();
        Map<String, Integer> positions = new HashMap<>();
        List<TransferPackageRepository.Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TransferRequest.PackageEntry e = entries.get(i);
            String at = "packages[" + i + "]";
            if (e == null || e.name() == null) {
                v.add(at + ".name", "is required: the package's SSCC or name");
                continue;
            }
            PackageNames.problem(e.name()).ifPresent(p -> v.add(at + ".name", p));
            String name = e.name().strip();
            v.require(positions.putIfAbsent(name, i) == null, at + ".name", "named twice");
            String type = PackageNames.type(e.type(), at + ".type", v);
            String parent = e.parent() == null || e.parent().isBlank() ? null : e.parent().strip();
            rows.add(new TransferPackageRepository.Row(i, null, name, type, parent));
        }
        v.throwIfAny();
        for (TransferPackageRepository.Row r : rows) {
            v.require(r.parent() == null || positions.containsKey(r.parent()), "packages[" + r.position() + "].parent",
                    "no package named '" + r.parent() + "' in this receipt");
        }
        v.throwIfAny();
        requireNoCycle(rows);
        Map<String, StockPackage> existing = packages.byNames(positions.keySet());
        for (Entry<String, StockPackage> e : existing.entrySet()) {
            throw StocktraceException.atField(ProblemType.DUPLICATE_PACKAGE_NAME,
                    "packages[" + positions.get(e.getKey()) + "].name", "A package named " + e.getKey()
                            + " already exists: a receipt brings new packages.");
        }
        return rows;
    }

    private static void requireNoCycle(List<TransferPackageRepository.Row> rows) {
        Map<String, String> parentOf = new HashMap<>();
        rows.forEach(r -> parentOf.put(r.name(), r.parent()));
        for (TransferPackageRepository.Row r : rows) {
            Set<String> seen = new HashSet<>();
            for (String p = r.name(); p != null; p = parentOf.get(p)) {
                if (!seen.add(p)) {
                    throw new StocktraceException(ProblemType.PACKAGE_CYCLE, "Package " + r.name()
                            + " would be inside itself.", List.of(new FieldProblem("packages[" + r.position()
                            + "].parent", "leads back to " + r.name())), Map.of());
                }
            }
        }
    }

    /** The rows with every parent before its children. */
    static List<TransferPackageRepository.Row> parentsFirst(List<TransferPackageRepository.Row> rows) {
        List<TransferPackageRepository.Row> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<TransferPackageRepository.Row> left = new ArrayList<>(rows);
        while (!left.isEmpty()) {
            List<TransferPackageRepository.Row> next = new ArrayList<>();
            for (TransferPackageRepository.Row r : left) {
                if (r.parent() == null || placed.contains(r.parent())) {
                    ordered.add(r);
                    placed.add(r.name());
                } else {
                    next.add(r);
                }
            }
            if (next.size() == left.size()) {
                throw new IllegalStateException("packages in a cycle: " + next);
            }
            left = next;
        }
        return ordered;
    }
}
