package io.stocktrace.location;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.db.Rows;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LocationService {
    private static final String USAGES = "must be one of view, internal, transit, supplier, customer, production, inventory, scrap";
    private static final String COLUMNS = "id, name, full_name, usage, parent_id, parent_path, address, city, region, "
            + "postal_code, country, phone, gln";
    private final JdbcClient jdbc;

    LocationService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Requires(Role.MANAGER)
    @Transactional
    public Location create(String name, Long parentId, String usage) {
        return create(name, parentId, usage, LocationAddress.NONE);
    }

    @Requires(Role.MANAGER)
    @Transactional
    public Location create(String name, Long parentId, String usage, LocationAddress address) {
        Validation v = check(name, address);
        LocationUsage parsed = usage(usage, v);
        Location parent = parentId == null ? null : find(parentId).orElse(null);
        v.require(parentId == null || parent != null, "parentId", "no location " + parentId);
        v.throwIfAny();
        String clean = name.strip();
        String fullName = parent == null ? clean : parent.fullName() + "/" + clean;
        if (findByFullName(fullName).isPresent()) {
            throw StocktraceException.atField(ProblemType.CONFLICT, "name", "Location " + fullName + " already exists.");
        }
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO locations (name, full_name, usage, parent_id, parent_path, address, city, region,
                                               postal_code, country, phone, gln)
                        VALUES (:name, :fullName, :usage, :parent, :path, :address, :city, :region, :postalCode,
                                :country, :phone, :gln)
                        """)
                .param("address", address.address())
                .param("city", address.city())
                .param("region", address.region())
                .param("postalCode", address.postalCode())
                .param("country", address.country())
                .param("phone", address.phone())
                .param("gln", address.gln())
                .param("name", clean)
                .param("fullName", fullName)
                .param("usage", parsed.wire())
                .param("parent", parentId)
                .param("path", "pending/" + fullName)
                .update(key, "id");
        long id = Rows.id(key);
        jdbc.sql("UPDATE locations SET parent_path = :path WHERE id = :id")
                .param("path", (parent == null ? "" : parent.parentPath()) + id + "/")
                .param("id", id)
                .update();
        return get(id);
    }

    /**
     * Renames the location (its children's full names follow), changes its usage and its address; its place in the
     * tree stays. The usage of a location that holds stock stays too: its stock would no longer count.
     */
    @Requires(Role.MANAGER)
    @Transactional
    public Location update(long id, String name, String usage, LocationAddress address) {
        Location current = get(id);
        Validation v = check(name, address);
        LocationUsage parsed = usage(usage, v);
        v.throwIfAny();
        if (parsed != current.usage() && holdsStock(id)) {
            throw StocktraceException.atField(ProblemType.CONFLICT, "usage", "Location " + current.fullName()
                    + " holds stock, so its usage cannot change from " + current.usage().wire() + " to "
                    + parsed.wire() + ". Move its stock first.");
        }
        String clean = name.strip();
        String fullName = current.fullName().substring(0, current.fullName().length() - current.name().length()) + clean;
        if (!fullName.equals(current.fullName()) && findByFullName(fullName).isPresent()) {
            throw StocktraceException.atField(ProblemType.CONFLICT, "name", "Location " + fullName + " already exists.");
        }
        jdbc.sql("""
                        UPDATE locations SET name = :name, usage = :usage, address = :address, city = :city,
                               region = :region, postal_code = :postalCode, country = :country, phone = :phone, gln = :gln
                        WHERE id = :id
                        """)
                .param("name", clean).param("usage", parsed.wire()).param("address", address.address())
                .param("city", address.city()).param("region", address.region())
                .param("postalCode", address.postalCode()).param("country", address.country())
                .param("phone", address.phone()).param("gln", address.gln()).param("id", id)
                .update();
        renameSubtree(current, fullName);
        return get(id);
    }

    // The location and every one below it: their full names start with the old one's.
    private void renameSubtree(Location current, String fullName) {
        jdbc.sql("""
                        UPDATE locations SET full_name = :fullName || SUBSTRING(full_name FROM :rest)
                        WHERE parent_path LIKE :path
                        """)
                .param("fullName", fullName)
                .param("rest", current.fullName().length() + 1)
                .param("path", current.parentPath() + "%")
                .update();
    }

    private boolean holdsStock(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM quants WHERE location_id = :id AND quantity <> 0").param("id", id)
                .query(Long.class).single() > 0;
    }

    private static Validation check(String name, LocationAddress address) {
        return new Validation()
                .require(address.gln() == null || (address.gln().matches("\\d{13}") && io.stocktrace.gs1.CheckDigit.isValid(address.gln())),
                        "gln", "a GLN: 13 digits with a valid check digit")
                .require(address.country() == null || address.country().matches("[A-Z]{2}"), "country",
                        "an ISO 3166 alpha-2 code such as US")
                .require(name != null && !name.isBlank() && name.length() <= 100 && !name.contains("/"), "name",
                        "1 to 100 characters, without '/'");
    }

    private static LocationUsage usage(String usage, Validation v) {
        try {
            return LocationUsage.fromWire(usage);
        } catch (IllegalArgumentException | NullPointerException e) {
            v.add("usage", USAGES);
            return null;
        }
    }

    public Location get(long id) {
        return find(id).orElseThrow(() -> StocktraceException.notFound("Location", id));
    }

    public Optional<Location> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM locations WHERE id = :id").param("id", id)
                .query(LocationService::location).optional();
    }

    public Optional<Location> findByFullName(String fullName) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM locations WHERE full_name = :name").param("name", fullName)
                .query(LocationService::location).optional();
    }

    public Map<Long, Location> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM locations WHERE id IN (:ids)").param("ids", ids)
                .query(LocationService::location).list().stream()
                .collect(Collectors.toMap(Location::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Page<Location> list(String usage, Paging paging) {
        if (usage != null) {
            try {
                LocationUsage.fromWire(usage);
            } catch (IllegalArgumentException e) {
                new Validation().add("usage", USAGES).throwIfAny();
            }
        }
        String filter = usage == null ? "" : "WHERE usage = :usage";
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM locations " + filter
                        + " ORDER BY full_name LIMIT :limit OFFSET :offset")
                .params(usage == null ? Map.of() : Map.of("usage", usage))
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(LocationService::location).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM locations " + filter)
                .params(usage == null ? Map.of() : Map.of("usage", usage))
                .query(Long.class).single();
        return new Page<>(items, total);
    }

    private static Location location(ResultSet rs, int n) throws SQLException {
        // read parent_id on its own: wasNull() speaks of the last column read
        Long parent = Rows.nullableLong(rs, "parent_id");
        return new Location(rs.getLong("id"), rs.getString("name"), rs.getString("full_name"),
                LocationUsage.fromWire(rs.getString("usage")), parent, rs.getString("parent_path"),
                new LocationAddress(rs.getString("address"), rs.getString("city"), rs.getString("region"),
                        rs.getString("postal_code"), rs.getString("country"), rs.getString("phone"), rs.getString("gln")));
    }
}
