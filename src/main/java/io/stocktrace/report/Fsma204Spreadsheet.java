package io.stocktrace.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The FSMA 204 rows as the FDA asks for them: an electronic sortable spreadsheet, as CSV or as .xlsx. */
public final class Fsma204Spreadsheet {
    private Fsma204Spreadsheet() {
    }

    public static String csv(List<Fsma204Row> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(Fsma204Row.HEADERS.toArray(String[]::new)).get())) {
            for (Fsma204Row row : rows) {
                csv.printRecord(row.cells().stream().map(c -> c instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : c).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One sheet, bold header row frozen at the top with a filter on every column, real dates and numbers. */
    public static byte[] xlsx(List<Fsma204Row> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet("FSMA 204");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < Fsma204Row.HEADERS.size(); c++) {
                var cell = first.createCell(c);
                cell.setCellValue(Fsma204Row.HEADERS.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (Fsma204Row row : rows) {
                Row line = sheet.createRow(r++);
                List<Object> cells = row.cells();
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = line.createCell(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, Fsma204Row.HEADERS.size() - 1));
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
