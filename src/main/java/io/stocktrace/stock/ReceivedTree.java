package io.stocktrace.stock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packages a receipt form brings, with their types and parents (cases on a pallet), as the form keeps them
 * between requests: one package a line, {@code name<TAB>type<TAB>parent}. What cannot be read is left out; the
 * service checks the rest (names, types, parents, cycles) as it does for the API.
 */
final class ReceivedTree {
    private static final int MAX_PACKAGES = 10_000;

    private ReceivedTree() {
    }

    /** By package name, its type and parent (null when at the top); in the order given. */
    static Map<String, String[]> read(String text) {
        Map<String, String[]> tree = new LinkedHashMap<>();
        if (text == null) {
            return tree;
        }
        for (String line : text.split("\\R")) {
            String[] parts = line.split("\t", -1);
            String name = parts[0].strip();
            if (name.isEmpty() || tree.size() >= MAX_PACKAGES) {
                continue;
            }
            String type = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
            String parent = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null;
            tree.putIfAbsent(name, new String[] {type, parent});
        }
        return tree;
    }

    static String write(List<TransferRequest.PackageEntry> packages) {
        StringBuilder text = new StringBuilder();
        for (TransferRequest.PackageEntry p : packages) {
            text.append(p.name()).append('\t').append(p.type() == null ? "" : p.type()).append('\t')
                    .append(p.parent() == null ? "" : p.parent()).append('\n');
        }
        return text.toString();
    }
}
