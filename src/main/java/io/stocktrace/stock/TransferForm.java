package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.lot.LotList;
import io.stocktrace.web.FormRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The transfer form as typed (New Receipt, New Delivery, New Internal Transfer, or a draft's edit): its header and its
 * rows of lines, and the {@link TransferRequest} they make. A row of a serial product gives its serial numbers (pasted,
 * scanned, generated or imported; on a receipt in the Import dialog's syntax, with quantities and dates), any other
 * row a lot and a quantity. What cannot be read (a number or date the browser did not check) is a problem of its
 * field, kept with the rest.
 */
final class TransferForm {
    static final String[] HEADER = {"partnerId", "sourceLocationId", "destinationLocationId", "origin",
            "scheduledDate", "allowExpired", "packages", "packageTree"};
    static final String[] LINE_INPUTS = {"productId", "lot", "quantity", "serials", "expirationDate", "package"};
    /** What a receipt's scanned SSCC is, until the form lets the user say: the unit a supplier ships most. */
    private static final String RECEIVED_PACKAGE_TYPE = "pallet";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final TransferType type;
    private final Map<String, String> header;
    private final List<FormRows.Row> rows;
    private final List<FormRows.Row> requestRows = new ArrayList<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    private TransferForm(TransferType type, Map<String, String> header, List<FormRows.Row> rows) {
        this.type = type;
        this.header = header;
        this.rows = rows;
    }

    static TransferForm blank(TransferType type, long defaultSource) {
        Map<String, String> header = new LinkedHashMap<>();
        if (type != TransferType.RECEIPT) {
            header.put("sourceLocationId", String.valueOf(defaultSource));
        } else {
            header.put("destinationLocationId", String.valueOf(type.defaultDestination()));
        }
        return new TransferForm(type, header, List.of());
    }

    /** The form as posted: the header's inputs by name (blank ones left out) and the rows read by {@link FormRows}. */
    static TransferForm typed(TransferType type, Map<String, String> header, List<FormRows.Row> rows) {
        return new TransferForm(type, header, rows);
    }

    /**
     * A draft as the form shows it (a row per request line, a serial product's serials listed one per line), with its
     * packages: a delivery's or internal transfer's in the Packages box, a
     * receipt's on the lines that arrive in them (and their types and parents in the form's package tree).
     */
    static TransferForm of(Transfer t, Map<Long, Product> products, ZoneId zone,
                           List<TransferRequest.PackageEntry> packages, Map<Integer, String> packageOfLine) {
        Map<String, String> header = new LinkedHashMap<>();
        put(header, "partnerId", t.partnerId());
        put(header, "sourceLocationId", t.sourceLocationId());
        put(header, "destinationLocationId", t.destinationLocationId());
        put(header, "origin", t.origin());
        put(header, "scheduledDate", t.scheduledDate() == null ? null : LOCAL_TIME.withZone(zone).format(t.scheduledDate()));
        put(header, "allowExpired", t.allowExpired() ? "true" : null);
        if (!packages.isEmpty()) {
            put(header, t.type() == TransferType.RECEIPT ? "packageTree" : "packages", t.type() == TransferType.RECEIPT
                    ? ReceivedTree.write(packages)
                    : String.join("\n", packages.stream().map(TransferRequest.PackageEntry::name).toList()));
        }
        Map<Integer, List<TransferLine>> byRequestLine = new LinkedHashMap<>();
        t.lines().forEach(l -> byRequestLine.computeIfAbsent(l.lineNo(), n -> new ArrayList<>()).add(l));
        List<FormRows.Row> rows = new ArrayList<>();
        for (List<TransferLine> lines : byRequestLine.values()) {
            TransferLine first = lines.get(0);
            boolean serial = products.get(first.productId()).tracking() == Tracking.SERIAL && first.lotName() != null;
            for (TransferLine l : serial ? List.of(first) : lines) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("productId", String.valueOf(l.productId()));
                values.put("quantity", serial ? String.valueOf(lines.size()) : Quantities.plain(l.quantity()));
                values.put(serial ? "serials" : "lot", serial
                        ? String.join("\n", lines.stream().map(TransferLine::lotName).toList()) : l.lotName());
                put(values, "expirationDate", l.dates() == null ? null : l.dates().expirationDate());
                put(values, "package", packageOfLine.get(l.lineNo()));
                rows.add(new FormRows.Row(rows.size(), values));
            }
        }
        return new TransferForm(t.type(), header, rows);
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    TransferType type() {
        return type;
    }

    /** The header's inputs as typed, by name. */
    Map<String, String> header() {
        return header;
    }

    /** The rows to show: those typed, or one blank row to start with. */
    List<FormRows.Row> rows() {
        return rows.isEmpty() ? List.of(FormRows.blank(0)) : rows;
    }

    boolean hasLines() {
        return !rows.isEmpty();
    }

    /** The row each line of the request was read from, for problems of {@code lines[i]} to show on it. */
    List<FormRows.Row> requestRows() {
        return requestRows;
    }

    /** What could not be read, by the request's field path. */
    Map<String, String> problems() {
        return problems;
    }

    /** The request the form makes; what cannot be read is left out and noted in {@link #problems()}. */
    TransferRequest request(Map<Long, Product> products, ZoneId zone) {
        requestRows.clear();
        problems.clear();
        List<TransferRequest.Line> lines = new ArrayList<>();
        Map<String, List<FormRows.Row>> packed = new LinkedHashMap<>();
        for (FormRows.Row row : rows) {
            String pack = type == TransferType.RECEIPT ? row.text("package") : null;
            if (pack != null) {
                packed.computeIfAbsent(pack, k -> new ArrayList<>()).add(row);
                continue;
            }
            int first = lines.size();
            lines.addAll(lines(row, "lines[" + first + "]", products));
            while (requestRows.size() < lines.size()) {
                requestRows.add(row);
            }
        }
        List<TransferRequest.PackageEntry> packages = received(packed, lines.size(), products);
        movedWhole().forEach(name -> packages.add(new TransferRequest.PackageEntry(name, null, null, null)));
        return new TransferRequest(type.wire(), value("partnerId", header::get, Long::valueOf), value("sourceLocationId",
                header::get, Long::valueOf), value("destinationLocationId", header::get, Long::valueOf),
                value("scheduledDate", header::get, s -> LocalDateTime.parse(s).atZone(zone).toInstant()),
                header.get("origin"), "true".equals(header.get("allowExpired")) ? Boolean.TRUE : null, lines,
                packages.isEmpty() ? null : packages);
    }

    /**
     * A receipt's packages, each with the rows that name its SSCC; their lines come after the transfer's own ones
     * (from {@code next} on), as the request numbers them.
     */
    private List<TransferRequest.PackageEntry> received(Map<String, List<FormRows.Row>> packed, int next,
                                                        Map<Long, Product> products) {
        List<TransferRequest.PackageEntry> packages = new ArrayList<>();
        Map<String, String[]> tree = ReceivedTree.read(header.get("packageTree"));
        int line = next;
        for (String name : tree.keySet()) { // a pallet that holds only cases has no line of its own
            packed.putIfAbsent(name, List.of());
        }
        for (var pack : packed.entrySet()) {
            List<TransferRequest.Line> inside = new ArrayList<>();
            for (FormRows.Row row : pack.getValue()) {
                List<TransferRequest.Line> read = lines(row, "lines[" + line + "]", products);
                inside.addAll(read);
                read.forEach(l -> requestRows.add(row));
                line += read.size();
            }
            String[] typeAndParent = tree.getOrDefault(pack.getKey(), new String[] {null, null});
            packages.add(new TransferRequest.PackageEntry(pack.getKey(), typeAndParent[0] == null
                    ? RECEIVED_PACKAGE_TYPE : typeAndParent[0], typeAndParent[1], inside));
        }
        return packages;
    }

    /** The packages a delivery or internal transfer moves whole: names or SSCCs, one a line of the Packages box. */
    private List<String> movedWhole() {
        String typed = header.get("packages");
        return type == TransferType.RECEIPT || typed == null ? List.of()
                : java.util.Arrays.stream(typed.split("[\\r\\n,]+")).map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }

    /** Whether the form names packages: scanned SSCCs on a receipt's lines, or packages to move whole. */
    boolean hasPackages() {
        return !movedWhole().isEmpty() || rows.stream().anyMatch(r -> r.text("package") != null)
                || type == TransferType.RECEIPT && !ReceivedTree.read(header.get("packageTree")).isEmpty();
    }

    /** The request's lines of one row: one, or on a receipt one per lot or per expiration date of a pasted list. */
    private List<TransferRequest.Line> lines(FormRows.Row row, String at, Map<Long, Product> products) {
        Long productId = value(at + ".productId", row::text, Long::valueOf);
        BigDecimal quantity = value(at + ".quantity", row::text, BigDecimal::new);
        LocalDate expiration = value(at + ".expirationDate", row::text, LocalDate::parse);
        String lot = row.text("lot");
        String pasted = row.text("serials");
        Product product = productId == null ? null : products.get(productId);
        TransferRequest.Line typed = new TransferRequest.Line(productId, quantity, lot, null, expiration, null, null, null);
        if (pasted == null) {
            return List.of(typed);
        }
        boolean lots = type == TransferType.RECEIPT && product != null && product.tracking() == Tracking.LOT;
        LotList.Parsed parsed = LotList.parse(pasted, !lots);
        parsed.problems().forEach(p -> problems.merge(at + ".serials", "Line " + p.line() + ": " + p.message() + ".",
                (a, b) -> a + " " + b));
        if (!parsed.problems().isEmpty() || parsed.entries().isEmpty()) {
            return List.of(typed);
        }
        boolean serials = product != null && product.tracking() == Tracking.SERIAL;
        if (type == TransferType.RECEIPT && lot == null && (lots || serials)) {
            return ReceiptLines.of(productId, parsed.entries(), serials, expiration);
        }
        return List.of(new TransferRequest.Line(productId, null, lot,
                parsed.entries().stream().map(LotList.Entry::name).toList(), expiration, null, null, null));
    }

    /** A typed value read as its type; one that cannot be read is a problem of its field, and null. */
    private <T> T value(String path, Function<String, String> text, Function<String, T> parse) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        String typed = text.apply(name);
        if (typed == null) {
            return null;
        }
        try {
            return parse.apply(typed);
        } catch (NumberFormatException | DateTimeParseException e) {
            problems.put(path, name.endsWith("Id") ? "Choose one of the list."
                    : name.endsWith("Date") ? "is not a date" : "is not a number");
            return null;
        }
    }
}
