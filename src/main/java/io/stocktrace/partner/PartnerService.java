package io.stocktrace.partner;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.db.Rows;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PartnerService {
    private static final String COLUMNS = "id, name, email, phone, address, city, region, postal_code, country, gln";
    private final JdbcClient jdbc;
    private final Clock clock;

    PartnerService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Requires(Role.MANAGER)
    @Transactional
    public Partner create(Partner p) {
        check(p);
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO partners (name, email, phone, address, city, region, postal_code, country, gln, created_at)
                        VALUES (:name, :email, :phone, :address, :city, :region, :postalCode, :country, :gln, :now)
                        """)
                .params(columns(p))
                .param("now", Rows.utc(clock.instant()))
                .update(key, "id");
        return get(Rows.id(key));
    }

    /** Changes every field of the partner to those of {@code p}: a blank field is cleared. */
    @Requires(Role.MANAGER)
    @Transactional
    public Partner update(long id, Partner p) {
        get(id);
        check(p);
        jdbc.sql("""
                        UPDATE partners SET name = :name, email = :email, phone = :phone, address = :address,
                               city = :city, region = :region, postal_code = :postalCode, country = :country, gln = :gln
                        WHERE id = :id
                        """)
                .params(columns(p))
                .param("id", id)
                .update();
        return get(id);
    }

    /** The partner's columns as the INSERT and the UPDATE name them. */
    private static Map<String, Object> columns(Partner p) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("name", p.name().strip());
        columns.put("email", p.email());
        columns.put("phone", p.phone());
        columns.put("address", p.address());
        columns.put("city", p.city());
        columns.put("region", p.region());
        columns.put("postalCode", p.postalCode());
        columns.put("country", p.country());
        columns.put("gln", p.gln());
        return columns;
    }

    private static void check(Partner p) {
        new Validation()
                .require(p.name() != null && !p.name().isBlank() && p.name().length() <= 200, "name", "1 to 200 characters")
                .require(p.email() == null || p.email().matches("[^@\\s]+@[^@\\s]+"), "email", "must be an e-mail address")
                .require(p.country() == null || p.country().matches("[A-Z]{2}"), "country", "ISO 3166 two-letter code")
                .require(p.gln() == null || p.gln().matches("\\d{13}"), "gln", "13 digits")
                .throwIfAny();
    }

    public Partner get(long id) {
        return find(id).orElseThrow(() -> StocktraceException.notFound("Partner", id));
    }

    public Optional<Partner> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM partners WHERE id = :id").param("id", id)
                .query(PartnerService::partner).optional();
    }

    /** The partners of a page of transfers or moves, by id; ids of none are left out. */
    public Map<Long, Partner> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM partners WHERE id IN (:ids)").param("ids", ids)
                .query(PartnerService::partner).list().stream()
                .collect(Collectors.toMap(Partner::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Page<Partner> list(String q, Paging paging) {
        String filter = "WHERE (CAST(:q AS varchar) IS NULL OR LOWER(name) LIKE :q ESCAPE '\\' OR LOWER(email) LIKE :q ESCAPE '\\')";
        String like = Rows.containing(q);
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM partners " + filter + " ORDER BY name, id LIMIT :limit OFFSET :offset")
                .param("q", like)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(PartnerService::partner).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM partners " + filter).param("q", like).query(Long.class).single();
        return new Page<>(items, total);
    }

    private static Partner partner(ResultSet rs, int n) throws SQLException {
        return new Partner(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("address"), rs.getString("city"), rs.getString("region"), rs.getString("postal_code"),
                rs.getString("country"), rs.getString("gln"));
    }
}
