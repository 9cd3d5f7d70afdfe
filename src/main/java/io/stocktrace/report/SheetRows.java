package io.stocktrace.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes data rows straight into a streaming sheet's XML, in the form POI's own writer gives them (inline strings,
 * numbers, dates as numbers with the date style), without a row and a cell object per cell: for 85,801 rows of 19
 * cells those objects, and the column style POI looks up for every cell without one, were most of the time.
 */
final class SheetRows extends SheetDataWriter {
    private final Map<LocalDate, String> excelDates = new HashMap<>();
    private String[] columns = new String[0];
    private int dateStyle;

    SheetRows() throws IOException {
        super();
    }

    /** The style of date cells; the others keep the default style (0), as cells created without one. */
    void dateStyle(int styleIndex) {
        this.dateStyle = styleIndex;
    }

    /** Row {@code rowIndex} (0-based) with these cells: null is no cell, a number or a date a number, else text. */
    void write(int rowIndex, List<Object> cells) throws IOException {
        if (columns.length < cells.size()) {
            columns = new String[cells.size()];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = CellReference.convertNumToColString(c);
            }
        }
        String number = Integer.toString(rowIndex + 1);
        _out.write("<row r=\"");
        _out.write(number);
        _out.write("\">\n");
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value != null) {
                cell(columns[c] + number, value);
            }
        }
        _out.write("</row>\n");
    }

    /** Whether POI's escaping would leave the text as it is: it goes code point by code point, most texts need none. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c >= '\uD800' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private void cell(String reference, Object value) throws IOException {
        _out.write("<c r=\"");
        _out.write(reference);
        if (value instanceof BigDecimal quantity) {
            _out.write("\" t=\"n\"><v>");
            _out.write(Double.toString(quantity.doubleValue()));
            _out.write("</v></c>");
        } else if (value instanceof LocalDate day) {
            _out.write("\" s=\"");
            _out.write(Integer.toString(dateStyle));
            _out.write("\" t=\"n\"><v>");
            _out.write(excelDates.computeIfAbsent(day, d -> Double.toString(DateUtil.getExcelDate(d.atStartOfDay(), false))));
            _out.write("</v></c>");
        } else {
            String text = value.toString();
            _out.write("\" t=\"inlineStr\"><is><t");
            if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                _out.write(" xml:space=\"preserve\"");
            }
            _out.write('>');
            if (plain(text)) {
                _out.write(text);
            } else {
                outputEscapedString(text);
            }
            _out.write("</t></is></c>");
        }
    }
}
