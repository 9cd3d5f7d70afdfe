package io.stocktrace.trace;

import io.stocktrace.db.Batches;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the stream of a big trace reads, part after part: the move lines of some lots in the pages' order, sorted by
 * the database (a part is a few thousand lots: its rows sort in memory there), and the names they show, each lot,
 * location and partner looked up once per stream.
 */
@Repository
class TraceStreamRepository {
    private final JdbcClient jdbc;

    TraceStreamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names a stream has looked up so far; the parts read side by side share them. */
    static final class Names {
        private final Map<Long, Trace.TracedLot> lots = new ConcurrentHashMap<>();
        private final Map<Long, String> locations = new ConcurrentHashMap<>();
        private final Map<Long, String> partners = new ConcurrentHashMap<>();
        /** One instance of each product's name, so that the writer encodes it once (it keeps names by identity). */
        private final Map<Long, String> products = new ConcurrentHashMap<>();
    }

    static Names names() {
        return new Names();
    }

    /** The move lines (up to the bound) of these lots by lot id, then newest first: the order of a level's rows. */
    List<TraceRepository.MoveLine> rows(List<Long> lots, long moveBound) {
        return jdbc.sql(TraceRepository.OPERATION_COLUMNS + """
                        FROM UNNEST(:lots) AS n(lot_id) JOIN move_lines m ON m.lot_id = n.lot_id
                        WHERE m.id <= :bound
                        ORDER BY m.lot_id, m.id DESC
                        """)
                .param("lots", Batches.bigints(lots))
                .param("bound", moveBound)
                .query((rs, n) -> {
                    long partner = rs.getLong(9);
                    Long partnerId = rs.wasNull() ? null : partner;
                    OffsetDateTime date = rs.getObject(3, OffsetDateTime.class);
                    return new TraceRepository.MoveLine(rs.getLong(1), rs.getLong(2),
                            date == null ? null : date.toInstant(), rs.getString(4), rs.getString(5), rs.getLong(6),
                            rs.getLong(7), rs.getBigDecimal(8), partnerId, null, null);
                })
                .list();
    }

    /**
     * The rows, in their order, as the stream writes them: at this level, with their lots', places' and partners'
     * names. The rows come lot after lot, and a part meets a handful of places and partners: each row's names are
     * found by comparing ids with the row before, then in small sorted arrays, not by a map lookup each.
     */
    List<TraceStreamWriter.OperationView> views(List<TraceRepository.MoveLine> rows, int depth, Names names) {
        Set<Long> lots = new HashSet<>();
        Set<Long> places = new HashSet<>();
        Set<Long> partners = new HashSet<>();
        long[] last = {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
        for (TraceRepository.MoveLine r : rows) {
            if (r.lotId() != last[0]) {
                last[0] = r.lotId();
                lots.add(r.lotId());
            }
            if (r.sourceId() != last[1]) {
                last[1] = r.sourceId();
                places.add(r.sourceId());
            }
            if (r.destinationId() != last[2]) {
                last[2] = r.destinationId();
                places.add(r.destinationId());
            }
            if (r.partnerId() != null && r.partnerId() != last[3]) {
                last[3] = r.partnerId();
                partners.add(r.partnerId());
            }
        }
        lots.removeAll(names.lots.keySet());
        lookUp(lots, missing(places, names.locations), missing(partners, names.partners), names);
        Dictionary placeNames = new Dictionary(places, names.locations);
        Dictionary partnerNames = new Dictionary(partners, names.partners);
        List<TraceStreamWriter.OperationView> views = new ArrayList<>(rows.size());
        Trace.TracedLot lot = null;
        for (TraceRepository.MoveLine r : rows) {
            if (lot == null || lot.id() != r.lotId()) {
                lot = names.lots.get(r.lotId());
            }
            views.add(new TraceStreamWriter.OperationView(depth, r.id(), r.lotId(), lot.name(), lot.productId(),
                    lot.productName(), r.date(), r.reference(), r.type(), placeNames.get(r.sourceId()),
                    placeNames.get(r.destinationId()), r.quantity(),
                    r.partnerId() == null ? null : partnerNames.get(r.partnerId())));
        }
        return views;
    }

    private static Set<Long> missing(Set<Long> ids, Map<Long, String> known) {
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(known.keySet());
        return missing;
    }

    /** Names of a few ids: sorted ids searched by halves, the last one found kept. */
    private static final class Dictionary {
        private final long[] ids;
        private final String[] names;
        private int last = -1;

        Dictionary(Set<Long> wanted, Map<Long, String> known) {
            ids = wanted.stream().mapToLong(Long::longValue).sorted().toArray();
            names = new String[ids.length];
            for (int i = 0; i < ids.length; i++) {
                names[i] = known.get(ids[i]);
            }
        }

        String get(long id) {
            if (last < 0 || ids[last] != id) {
                last = java.util.Arrays.binarySearch(ids, id);
            }
            return names[last];
        }
    }

    private void lookUp(Collection<Long> lots, Collection<Long> locations, Collection<Long> partners, Names names) {
        for (List<Long> slice : Batches.slices(lots)) {
            jdbc.sql("""
                            SELECT l.id, l.name, l.product_id, p.name
                            FROM UNNEST(:lots) AS n(lot_id) JOIN lots l ON l.id = n.lot_id
                                 JOIN products p ON p.id = l.product_id
                            """)
                    .param("lots", Batches.bigints(slice))
                    .query((rs, n) -> {
                        String product = rs.getString(4);
                        return names.lots.put(rs.getLong(1), new Trace.TracedLot(rs.getLong(1), rs.getString(2),
                                rs.getLong(3), names.products.computeIfAbsent(rs.getLong(3), k -> product), 0));
                    })
                    .list();
        }
        if (!locations.isEmpty() || !partners.isEmpty()) {
            jdbc.sql("""
                            SELECT 'location' AS kind, l.id, l.full_name AS name
                            FROM UNNEST(:locations) AS n(id) JOIN locations l ON l.id = n.id
                            UNION ALL
                            SELECT 'partner', p.id, p.name FROM UNNEST(:partners) AS n(id) JOIN partners p ON p.id = n.id
                            """)
                    .param("locations", Batches.bigints(locations))
                    .param("partners", Batches.bigints(partners))
                    .query((rs, n) -> ("location".equals(rs.getString(1)) ? names.locations : names.partners)
                            .put(rs.getLong(2), rs.getString(3)))
                    .list();
        }
    }
}
