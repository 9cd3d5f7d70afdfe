package io.stocktrace.trace;

import io.stocktrace.db.Batches;
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
                .query(TraceRepository.moveLines())
                .list();
    }

    /** The rows, in their order, as the stream writes them: at this level, with their lots', places' and partners' names. */
    List<TraceStreamWriter.OperationView> views(List<TraceRepository.MoveLine> rows, int depth, Names names) {
        Set<Long> lots = new HashSet<>();
        Set<Long> locations = new HashSet<>();
        Set<Long> partners = new HashSet<>();
        for (TraceRepository.MoveLine r : rows) {
            if (!names.lots.containsKey(r.lotId())) {
                lots.add(r.lotId());
            }
            if (!names.locations.containsKey(r.sourceId())) {
                locations.add(r.sourceId());
            }
            if (!names.locations.containsKey(r.destinationId())) {
                locations.add(r.destinationId());
            }
            if (r.partnerId() != null && !names.partners.containsKey(r.partnerId())) {
                partners.add(r.partnerId());
            }
        }
        lookUp(lots, locations, partners, names);
        List<TraceStreamWriter.OperationView> views = new ArrayList<>(rows.size());
        for (TraceRepository.MoveLine r : rows) {
            Trace.TracedLot lot = names.lots.get(r.lotId());
            views.add(new TraceStreamWriter.OperationView(depth, r.id(), r.lotId(), lot.name(), lot.productId(),
                    lot.productName(), r.date(), r.reference(), r.type(), names.locations.get(r.sourceId()),
                    names.locations.get(r.destinationId()), r.quantity(),
                    r.partnerId() == null ? null : names.partners.get(r.partnerId())));
        }
        return views;
    }

    private void lookUp(Collection<Long> lots, Collection<Long> locations, Collection<Long> partners, Names names) {
        for (List<Long> slice : Batches.slices(lots)) {
            jdbc.sql("""
                            SELECT l.id, l.name, l.product_id, p.name
                            FROM UNNEST(:lots) AS n(lot_id) JOIN lots l ON l.id = n.lot_id
                                 JOIN products p ON p.id = l.product_id
                            """)
                    .param("lots", Batches.bigints(slice))
                    .query((rs, n) -> names.lots.put(rs.getLong(1), new Trace.TracedLot(rs.getLong(1), rs.getString(2),
                            rs.getLong(3), rs.getString(4), 0)))
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
