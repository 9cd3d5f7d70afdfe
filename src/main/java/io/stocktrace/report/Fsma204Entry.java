package io.stocktrace.report;

import java.util.List;

/** A row of the FSMA 204 spreadsheet and the key data elements the rule requires of it that it lacks. */
public record Fsma204Entry(Fsma204Row row, List<String> missing) {
    public Fsma204Entry {
        missing = List.copyOf(missing);
    }
}
