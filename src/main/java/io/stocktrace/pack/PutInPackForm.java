package io.stocktrace.pack;

import io.stocktrace.stock.TransferRequest;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Put in Pack form as typed: into an existing package (its name or SSCC, scanned) or a new one (type, optional
 * name, location), lines of loose stock (a product with its lot and quantity, or its serial numbers one a line), and
 * packages to put inside, one name or SSCC a line. Values the form cannot read (a quantity that is no number) are
 * problems at their input; everything typed is kept to show again.
 */
public record PutInPackForm(String target, String packageName, String name, String type, Long locationId, List<Row> rows,
                     String packages, Long fromTransferId, Long fromLotId) {
    static final String[] LINE_INPUTS = {"productId", "lot", "quantity", "serials"};
    static final List<String> TYPES = List.of("pallet", "case", "box");

    /** One line: its product (fixed by the page that filled the form) and what the user typed. */
    public record Row(int index, Long productId, String product, boolean serial, String lot, String quantity, String serials) {
        /** A row left empty (no quantity, no serial) is not asked for. */
        public boolean asked() {
            return serial ? !serialList().isEmpty() : quantity != null && !quantity.isBlank();
        }

        public List<String> serialList() {
            return serials == null ? List.of() : Arrays.stream(serials.split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    public boolean intoNew() {
        return !"existing".equals(target);
    }

    public List<String> packageList() {
        return packages == null ? List.of() : Arrays.stream(packages.split("[\\r\\n,]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The rows the request's lines come from, in order: a problem of {@code lines[i]} shows on row {@code i}'s place. */
    List<FormRows.Row> requestRows() {
        return rows.stream().filter(Row::asked).map(r -> FormRows.blank(r.index())).toList();
    }

    /** The lines asked for; a quantity that is no number is added to {@code problems} under its line's path. */
    List<TransferRequest.Line> lines(Map<String, String> problems) {
        List<TransferRequest.Line> lines = new ArrayList<>();
        for (Row row : rows.stream().filter(Row::asked).toList()) {
            BigDecimal quantity = null;
            if (!row.serial() && row.quantity() != null && !row.quantity().isBlank()) {
                try {
                    quantity = new BigDecimal(row.quantity().strip());
                } catch (NumberFormatException e) {
                    problems.put("lines[" + lines.size() + "].quantity", "must be a number");
                }
            }
            lines.add(new TransferRequest.Line(row.productId(), quantity, row.serial() ? null : FormFields.text(row.lot()),
                    row.serial() ? row.serialList() : null, null, null, null, null));
        }
        return lines;
    }

    /** The form's inputs and labels, and where the request's field paths show. */
    FormFields fields(Map<String, String> productNamesBySku) {
        return FormFields.form().rows("lines", requestRows())
                .input("packageName", "Package", "packageId")
                .input("name", "Package Name", "package.name")
                .input("type", "Package Type", "package.type")
                .input("locationId", "Location", "package.locationId", "package.parentId")
                .input("packages", "Packages", "packages", "packages[]")
                .input("productId", "Product").input("lot", "Lot/Serial Number").input("quantity", "Quantity")
                .input("serials", "Serial Numbers")
                .products(productNamesBySku);
    }
}
