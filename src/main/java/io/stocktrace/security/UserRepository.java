package io.stocktrace.security;

import io.stocktrace.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {
    record Credentials(AppUser user, String passwordHash, long securityStamp) {
    }

    private static final String COLUMNS = "id, username, role, active, created_at, password_hash, security_stamp";
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_users").query(Long.class).single();
    }

    long insert(String username, String passwordHash, Role role, Instant now) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO app_users (username, password_hash, role, active, created_at)
                        VALUES (:username, :hash, :role, TRUE, :now)
                        """)
                .param("username", username)
                .param("hash", passwordHash)
                .param("role", role.wire())
                .param("now", Rows.utc(now))
                .update(key, "id");
        return Rows.id(key);
    }

    Optional<Credentials> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_users WHERE username = :username")
                .param("username", username)
                .query(UserRepository::credentials)
                .optional();
    }

    Optional<AppUser> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_users WHERE id = :id")
                .param("id", id)
                .query(UserRepository::credentials)
                .optional()
                .map(Credentials::user);
    }

    List<AppUser> list(int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_users ORDER BY id LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(UserRepository::credentials)
                .list()
                .stream().map(Credentials::user).toList();
    }

    /** Changes what is given; a change of rights ({@code stampBump} 1) refuses the user's older sessions. */
    void update(long id, Role role, String passwordHash, Boolean active, int stampBump) {
        jdbc.sql("""
                        UPDATE app_users
                        SET role = COALESCE(:role, role),
                            password_hash = COALESCE(:hash, password_hash),
                            active = COALESCE(:active, active),
                            security_stamp = security_stamp + :bump
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("role", role == null ? null : role.wire())
                .param("hash", passwordHash)
                .param("active", active)
                .param("bump", stampBump)
                .update();
    }

    /** The stamp of an active user, for a session's check; empty when the user is gone or deactivated. */
    Optional<Long> activeStamp(long id) {
        return jdbc.sql("SELECT security_stamp FROM app_users WHERE id = :id AND active")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /**
     * Locks the one settings row until the end of the transaction: nodes starting at once on an empty database create
     * the first admin one after the other, and the later one finds it.
     */
    void lockFirstStart() {
        jdbc.sql("SELECT id FROM settings WHERE id = 1 FOR UPDATE").query(Long.class).list();
    }

    /** The active admins' ids, locked until the end of the transaction: two admins demoting each other wait. */
    List<Long> lockActiveAdmins() {
        return jdbc.sql("SELECT id FROM app_users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE")
                .query(Long.class)
                .list();
    }

    long insertToken(long userId, String name, String tokenHash, Instant now) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO api_tokens (user_id, name, token_hash, created_at)
                        VALUES (:user, :name, :hash, :now)
                        """)
                .param("user", userId)
                .param("name", name)
                .param("hash", tokenHash)
                .param("now", Rows.utc(now))
                .update(key, "id");
        return Rows.id(key);
    }

    boolean revokeToken(long userId, long tokenId, Instant now) {
        return jdbc.sql("""
                        UPDATE api_tokens SET revoked_at = :now
                        WHERE id = :token AND user_id = :user AND revoked_at IS NULL
                        """)
                .param("token", tokenId)
                .param("user", userId)
                .param("now", Rows.utc(now))
                .update() == 1;
    }

    Optional<AppUser> findByActiveToken(String tokenHash) {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.role, u.active, u.created_at, u.password_hash, u.security_stamp
                        FROM api_tokens t JOIN app_users u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.active
                        """)
                .param("hash", tokenHash)
                .query(UserRepository::credentials)
                .optional()
                .map(Credentials::user);
    }

    private static Credentials credentials(ResultSet rs, int n) throws SQLException {
        return new Credentials(new AppUser(rs.getLong("id"), rs.getString("username"),
                Role.fromWire(rs.getString("role")), rs.getBoolean("active"), Rows.instant(rs, "created_at")),
                rs.getString("password_hash"), rs.getLong("security_stamp"));
    }
}
