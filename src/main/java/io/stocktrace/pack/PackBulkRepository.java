package io.stocktrace.pack;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statements of a bulk Put in Pack that write or read many packages at once. */
@Repository
class PackBulkRepository {
    private final JdbcClient jdbc;

    PackBulkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the new packages, all in one statement (per 10,000). */
    void insert(List<PackPlan.NewPackage> made, String actor, Instant now) {
        for (List<PackPlan.NewPackage> slice : Batches.slices(made)) {
            jdbc.sql("""
                            INSERT INTO packages (name, package_type, parent_id, location_id, created_by, created_at)
                            SELECT n.name, n.package_type, n.parent_id, n.location_id, :actor,
                                   CAST(:now AS TIMESTAMP WITH TIME ZONE)
                            FROM UNNEST(:names, :types, :parents, :locations) WITH ORDINALITY
                                 AS n(name, package_type, parent_id, location_id, line)
                            ORDER BY n.line""")
                    .param("actor", actor)
                    .param("now", Rows.utc(now))
                    .param("names", Batches.column("varchar", slice, PackPlan.NewPackage::name))
                    .param("types", Batches.column("varchar", slice, PackPlan.NewPackage::type))
                    .param("parents", Batches.column("bigint", slice, PackPlan.NewPackage::parentId))
                    .param("locations", Batches.column("bigint", slice, PackPlan.NewPackage::locationId))
                    .update();
        }
    }

    /** Sets each package's parent ({@code parents} by package id), in one statement (per 10,000). */
    void setParents(Map<Long, Long> parents) {
        List<Map.Entry<Long, Long>> rows = List.copyOf(parents.entrySet());
        for (List<Map.Entry<Long, Long>> slice : Batches.slices(rows)) {
            jdbc.sql(Batches.planned("""
                            MERGE INTO packages p
                            USING (SELECT * FROM UNNEST(:ids, :parents) AS n(id, parent_id)) n ON p.id = n.id
                            WHEN MATCHED THEN UPDATE SET parent_id = n.parent_id"""))
                    .param("ids", Batches.column("bigint", slice, Map.Entry::getKey))
                    .param("parents", Batches.column("bigint", slice, Map.Entry::getValue))
                    .update();
        }
    }

    /** The parent of each of these packages and of every package above them (null at the top), by id. */
    Map<Long, Long> parentsUp(Collection<Long> ids) {
        Map<Long, Long> parents = new HashMap<>();
        if (ids.isEmpty()) {
            return parents;
        }
        jdbc.sql("""
                        WITH RECURSIVE up(id, parent_id) AS (
                            SELECT id, parent_id FROM packages WHERE id IN (:ids)
                            UNION
                            SELECT p.id, p.parent_id FROM packages p JOIN up ON p.id = up.parent_id
                        )
                        SELECT id, parent_id FROM up""")
                .param("ids", ids)
                .query(rs -> {
                    parents.put(rs.getLong("id"), Rows.nullableLong(rs, "parent_id"));
                });
        return parents;
    }
}
