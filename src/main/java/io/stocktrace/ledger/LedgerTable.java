package io.stocktrace.ledger;

import java.util.EnumSet;
import java.util.Set;

/**
 * The tables the ledger seals, in the order a block lists their rows, each with the key that orders and names a row.
 * Package moves joined later (V37): the genesis (V17_1) sealed the tables of its time only.
 */
enum LedgerTable {
    MOVE_LINES("move_lines", "id"),
    LOT_EVENTS("lot_events", "id"),
    RECALLS("recalls", "id"),
    RECALL_LOTS("recall_lots", "recall_id", "lot_id"),
    PACKAGE_MOVES("package_moves", "id");

    /** The tables of the chain when the genesis sealed the rows written before it. */
    static final Set<LedgerTable> AT_GENESIS = EnumSet.range(MOVE_LINES, RECALL_LOTS);

    final String table;
    final String[] key;

    LedgerTable(String table, String... key) {
        this.table = table;
        this.key = key;
    }

    String keyList() {
        return String.join(", ", key);
    }

    /** A row's name in a report: the table and its key, as {@code recall_lots recall_id=1, lot_id=7}. */
    String rowName(long[] keyValues) {
        StringBuilder name = new StringBuilder(table);
        for (int k = 0; k < key.length; k++) {
            name.append(k == 0 ? " " : ", ").append(key[k]).append('=').append(keyValues[k]);
        }
        return name.toString();
    }
}
