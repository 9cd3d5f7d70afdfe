package io.stocktrace.cli;

import io.stocktrace.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;

/** A trace as a spreadsheet: one row per operation of every lot reached, nearest lots first. */
final class TraceCsv {
    private static final String[] HEADER = {"depth", "lot", "product", "date", "reference", "type", "source",
            "destination", "quantity", "partner"};

    private TraceCsv() {
    }

    static String render(JsonNode trace) {
        Map<Long, JsonNode> lots = new HashMap<>();
        trace.path("lots").forEach(l -> lots.put(l.path("id").asLong(), l));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (JsonNode lot : trace.path("lots")) {
                for (JsonNode op : trace.path("operations")) {
                    if (op.path("lotId").asLong() == lot.path("id").asLong()) {
                        SpreadsheetCells.print(csv, lot.path("depth").asInt(), lot.path("name").asString(), lot.path("productName").asString(),
                                op.path("date").asString(), op.path("reference").asString(), op.path("type").asString(),
                                op.path("sourceLocation").asString(), op.path("destinationLocation").asString(),
                                TraceTree.quantity(op.path("quantity")), op.path("partner").asString(""));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
