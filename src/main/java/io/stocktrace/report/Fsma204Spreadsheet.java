package io.stocktrace.report;

import io.stocktrace.csv.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The FSMA 204 rows as the FDA asks for them: an electronic sortable spreadsheet, as CSV or as .xlsx. */
public final class Fsma204Spreadsheet {
    private Fsma204Spreadsheet() {
    }

    public static String csv(List<Fsma204Row> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(Fsma204Row.HEADERS.toArray(String[]::new)).get())) {
            for (Fsma204Row row : rows) {
                SpreadsheetCells.print(csv, row.cells().stream().map(c -> c instanceof BigDecimal d ? d.stripTrailingZeros() : c).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * One sheet, bold header row frozen at the top with a filter on every column, real dates and numbers. POI makes
     * the workbook and the header; the data rows go straight into the sheet's XML ({@link SheetRows}), and the file is
     * zipped at the fastest level (docs/benchmarks.md: the benchmark's hot lot, 85,801 rows).
     */
    public static byte[] xlsx(List<Fsma204Row> rows) {
        try (StreamedWorkbook workbook = new StreamedWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
            sheet.flushRows();
            SheetRows data = workbook.rows();
            data.dateStyle(date.getIndex());
            int r = 1;
            for (Fsma204Row row : rows) {
                data.write(r++, row.cells());
            }
            // the rows written past POI are not counted by it: the sheet's extent is given, as POI would derive it
            workbook.setShouldCalculateSheetDimensions(false);
            workbook.getXSSFWorkbook().getSheetAt(0).setDimensionOverride(
                    new CellRangeAddress(0, rows.size(), 0, Fsma204Row.HEADERS.size() - 1));
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, Fsma204Row.HEADERS.size() - 1));
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A streaming workbook of one sheet whose rows are written through {@link SheetRows}, zipped at the fastest level. */
    private static final class StreamedWorkbook extends SXSSFWorkbook {
        private SheetRows rows;

        StreamedWorkbook() {
            super(null, 100, false, false);
        }

        SheetRows rows() {
            return rows;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            rows = new SheetRows();
            return rows;
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
