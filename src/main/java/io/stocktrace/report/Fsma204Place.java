package io.stocktrace.report;

import java.util.List;

/**
 * A place as an FSMA 204 row names it: its location description (name, address, city, region and postal code,
 * country, phone), its GLN, its usage for a location of ours, and the parts its description lacks.
 */
record Fsma204Place(String usage, String description, String gln, List<String> missing) {
    static final Fsma204Place NONE = new Fsma204Place(null, null, null, List.of());

    Fsma204Place {
        missing = List.copyOf(missing);
    }
}
