package io.stocktrace.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows of named cells, each with the line it starts on. The first line names the columns: the required
 * ones must be there, unknown ones are refused (a misspelt column would otherwise be ignored). Blank lines are
 * skipped. Whatever the input, reading answers rows and problems; it never throws.
 */
public final class CsvTable {
    public static final int MAX_ROWS = 200_000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /**
     * One data row: its cells by column, blank cells as null, values stripped of surrounding spaces. The cells are an
     * array indexed through the header's map, shared by every row: a map per row made 100,000 rows of a lot import
     * cost more in garbage collection than in reading.
     */
    public static final class Row {
        private final int line;
        private final Map<String, Integer> columns;
        private final String[] values;

        Row(int line, Map<String, Integer> columns, String[] values) {
            this.line = line;
            this.columns = columns;
            this.values = values;
        }

        public int line() {
            return line;
        }

        public String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= values.length ? null : values[index];
        }
    }

    public record Read(List<Row> rows, List<ImportProblem> problems) {
    }

    private CsvTable() {
    }

    /** Reads UTF-8 bytes (a byte order mark is skipped); bytes that are not UTF-8 are a problem on their line. */
    public static Read read(byte[] body, List<String> required, List<String> optional) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return read(text, required, optional);
        } catch (CharacterCodingException e) {
            return new Read(List.of(), List.of(new ImportProblem(firstBadLine(body), null,
                    "the file is not UTF-8 text from this line on; save it as CSV UTF-8")));
        }
    }

    public static Read read(String text, List<String> required, List<String> optional) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        long lineBefore = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), FORMAT)) {
            List<String> header = null;
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    header = header(record, required, optional, problems);
                    if (!problems.isEmpty()) {
                        return new Read(List.of(), problems);
                    }
                    columns = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        columns.put(header.get(i), i);
                    }
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    problems.add(new ImportProblem(line, null, "at most " + MAX_ROWS + " rows at once; split the file"));
                    break;
                }
                row(record, line, columns, rows, problems);
            }
            if (header == null) {
                problems.add(new ImportProblem(1, null, "the file is empty; its first line must name the columns: "
                        + String.join(",", required)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem((int) lineBefore + 1, null, "the CSV cannot be read from this line on: "
                    + reason(e)));
        }
        return new Read(rows, problems);
    }

    private static List<String> header(CSVRecord record, List<String> required, List<String> optional,
                                       List<ImportProblem> problems) {
        List<String> names = new ArrayList<>();
        for (String cell : record) {
            String name = cell.strip();
            if (!required.contains(name) && !optional.contains(name)) {
                problems.add(new ImportProblem(1, name, "unknown column; the columns are "
                        + String.join(",", required) + (optional.isEmpty() ? "" : "," + String.join(",", optional))));
            } else if (names.contains(name)) {
                problems.add(new ImportProblem(1, name, "the column is named twice"));
            }
            names.add(name);
        }
        for (String column : required) {
            if (!names.contains(column)) {
                problems.add(new ImportProblem(1, column, "the required column is missing"));
            }
        }
        return names;
    }

    private static void row(CSVRecord record, int line, Map<String, Integer> columns, List<Row> rows,
                            List<ImportProblem> problems) {
        if (record.size() > columns.size()) {
            problems.add(new ImportProblem(line, null, "has " + record.size() + " values but the first line names "
                    + columns.size() + " columns"));
            return;
        }
        String[] values = new String[record.size()];
        for (int i = 0; i < values.length; i++) {
            String value = record.get(i).strip();
            values[i] = value.isEmpty() ? null : SpreadsheetCells.text(value);
        }
        rows.add(new Row(line, columns, values));
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static int firstBadLine(byte[] body) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(body, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
