package io.stocktrace.pack;

import io.stocktrace.catalog.Product;
import io.stocktrace.csv.CsvTable;
import io.stocktrace.csv.ImportProblem;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.stock.TransferRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An advance shipping notice as CSV: {@code sscc,type,parent,sku,lot,serial,quantity}, one row per package (no SKU)
 * or per content of a package (a SKU with its lot and quantity, its serial, or a quantity alone). Read into the
 * packages of a receipt, every row checked before anything is written; each problem names its line (the header is
 * line 1). Plain Java: the products come from the caller.
 */
final class AsnCsv {
    static final List<String> REQUIRED = List.of("sscc");
    static final List<String> OPTIONAL = List.of("type", "parent", "sku", "lot", "serial", "quantity");
    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)\\](?:\\.serials\\[(\\d+)\\])?(.*)$");

    /** The receipt's packages, and for each of its lines (in the receipt's order), the CSV line of each unit. */
    record Read(List<TransferRequest.PackageEntry> packages, List<List<Integer>> csvLines,
                List<List<String>> serials) {
        /**
         * The problem of the receipt, its fields {@code lines[k]...} turned into the CSV's {@code line N}: the line of
         * the serial the field or the detail names, else the first line of that content.
         */
        StocktraceException onCsvLines(StocktraceException e) {
            List<FieldProblem> errors = e.errors().stream()
                    .map(f -> new FieldProblem(csvField(f.field(), e.getMessage()), f.message())).toList();
            return new StocktraceException(e.type(), e.getMessage(), errors, e.properties());
        }

        private String csvField(String field, String detail) {
            Matcher m = LINE_FIELD.matcher(field == null ? "" : field);
            if (!m.matches() || Integer.parseInt(m.group(1)) >= csvLines.size()) {
                return field;
            }
            int k = Integer.parseInt(m.group(1));
            List<Integer> rows = csvLines.get(k);
            int unit = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            for (int j = 0; m.group(2) == null && j < serials.get(k).size(); j++) {
                if (String.valueOf(detail).contains("'" + serials.get(k).get(j) + "'")) {
                    unit = j;
                }
            }
            return "line " + rows.get(Math.min(unit, rows.size() - 1));
        }
    }

    private AsnCsv() {
    }

    static Read read(String text, Function<List<String>, Map<String, Product>> products) {
        CsvTable.Read table = CsvTable.read(text, REQUIRED, OPTIONAL);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        Map<String, Product> bySku = products.apply(table.rows().stream().map(r -> r.get("sku"))
                .filter(s -> s != null).distinct().toList());
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String sscc = row.get("sscc");
            if (sscc == null) {
                problems.add(new ImportProblem(row.line(), "sscc", "is required"));
                continue;
            }
            Entry e = entries.computeIfAbsent(sscc, k -> new Entry());
            agree(row, "type", e.type, problems).ifPresent(t -> e.type = t);
            agree(row, "parent", e.parent, problems).ifPresent(p -> e.parent = p);
            if (row.get("sku") != null) {
                content(row, bySku.get(row.get("sku")), e, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new StocktraceException(ProblemType.VALIDATION_FAILED, problems.size() == 1
                    ? "line " + problems.get(0).line() + ": " + problems.get(0).message()
                    : problems.size() + " lines of the advance shipping notice are invalid; see errors.",
                    problems.stream().map(p -> new FieldProblem("line " + p.line()
                            + (p.field() == null ? "" : "." + p.field()), p.message())).toList(), Map.of());
        }
        List<TransferRequest.PackageEntry> packages = new ArrayList<>();
        List<List<Integer>> csvLines = new ArrayList<>();
        List<List<String>> serials = new ArrayList<>();
        entries.forEach((sscc, e) -> {
            List<TransferRequest.Line> lines = new ArrayList<>();
            e.lines.forEach((key, c) -> {
                lines.add(c.line());
                csvLines.add(c.rows);
                serials.add(c.serials);
            });
            packages.add(new TransferRequest.PackageEntry(sscc, e.type, e.parent, lines));
        });
        return new Read(packages, csvLines, serials);
    }

    private static java.util.Optional<String> agree(CsvTable.Row row, String column, String known,
                                                    List<ImportProblem> problems) {
        String value = row.get(column);
        if (value != null && known != null && !known.equals(value)) {
            problems.add(new ImportProblem(row.line(), column, "says '" + value + "', an earlier line of this package '"
                    + known + "'"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(value);
    }

    private static void content(CsvTable.Row row, Product product, Entry e, List<ImportProblem> problems) {
        if (product == null) {
            problems.add(new ImportProblem(row.line(), "sku", "no product with SKU '" + row.get("sku") + "'"));
            return;
        }
        BigDecimal quantity = null;
        if (row.get("quantity") != null) {
            try {
                quantity = new BigDecimal(row.get("quantity"));
            } catch (NumberFormatException ex) {
                problems.add(new ImportProblem(row.line(), "quantity", "is not a number"));
                return;
            }
        }
        String serial = row.get("serial");
        String key = product.id() + "\u0000" + (serial != null ? "" : row.get("lot"));
        Content c = e.lines.computeIfAbsent(key, k -> new Content(product.id(), serial != null ? null : row.get("lot")));
        c.rows.add(row.line());
        if (serial != null) {
            c.serials.add(serial);
        } else {
            c.quantity = quantity == null ? null : c.quantity == null ? quantity : c.quantity.add(quantity);
        }
    }

    private static final class Entry {
        String type;
        String parent;
        final Map<String, Content> lines = new LinkedHashMap<>();
    }

    private static final class Content {
        final long productId;
        final String lot;
        final List<String> serials = new ArrayList<>();
        final List<Integer> rows = new ArrayList<>();
        BigDecimal quantity;

        Content(long productId, String lot) {
            this.productId = productId;
            this.lot = lot;
        }

        TransferRequest.Line line() {
            return new TransferRequest.Line(productId, serials.isEmpty() ? quantity : null, lot,
                    serials.isEmpty() ? null : serials, null, null, null, null);
        }
    }
}
