package io.stocktrace.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spreadsheet written past POI's cell objects ({@link SheetRows}) is the one POI writes cell by cell: every part
 * of the file the same (but the creation time), for texts that need escaping, dates and numbers.
 */
class Fsma204SpreadsheetTest {
    /** The spreadsheet as POI's streaming workbook writes it, a row and a cell object per cell. */
    static byte[] cellByCell(List<Fsma204Row> rows) {
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


    static Map<String, String> entries(byte[] xlsx) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        // POI's zip has entries java.util.zip.ZipInputStream cannot read; ZipFile reads them from a file
        java.nio.file.Path f = java.nio.file.Files.createTempFile("fsma204", ".xlsx");
        java.nio.file.Files.write(f, xlsx);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                m.put(e.getName(), new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.delete(f);
        }
        return m;
    }

    @Test
    void writes_every_part_of_the_file_as_poi_writes_it_cell_by_cell() throws IOException {
        Random r = new Random(1);
        String[] texts = {"plain", " lead", "trail ", "a & b < c > d \" e ' f", "tab\tin", "new\nline", "cr\r", "ctl\u0001x", "", "é ü 中文 😀", "\uFFFE", "x\u00A0", "y\u00A0z", "del\u007F", "nel\u0085", "\uD7FF\uE000", "lone\uD800", "quote\u0027s"};
        List<Fsma204Row> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String t = texts[r.nextInt(texts.length)];
            rows.add(new Fsma204Row(t, r.nextBoolean() ? null : "MO-" + i, LocalDate.of(1900 + r.nextInt(200), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                    texts[r.nextInt(texts.length)], null, "p", new BigDecimal(r.nextInt(1000000)).movePointLeft(r.nextInt(6)), "kg",
                    texts[r.nextInt(texts.length)], null, null, "z", null, "t", "n", r.nextBoolean() ? null : "in",
                    null, r.nextBoolean() ? null : new BigDecimal("12345678901234.5678"), "kg"));
        }
        for (List<Fsma204Row> set : List.of(rows, List.<Fsma204Row>of())) {
            Map<String, String> a = entries(cellByCell(set));
            Map<String, String> b = entries(Fsma204Spreadsheet.xlsx(set));
            assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
            for (String k : a.keySet()) {
                if (!k.equals("docProps/core.xml")) {
                    assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
                }
            }
        }
    }
}
