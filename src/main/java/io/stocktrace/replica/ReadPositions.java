package io.stocktrace.replica;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Each client's last write, as the WAL position (LSN) the primary had reached once it committed: kept in the primary's
 * {@code read_positions}, per user (a browser session and an API token of one user are one client), so that every
 * application node sees it. Read once per request, and remembered for the rest of it.
 */
class ReadPositions {
    private static final String ATTRIBUTE = ReadPositions.class.getName();

    private static final String RECORD = """
            INSERT INTO read_positions (principal, commit_lsn, recorded_at)
            VALUES (?, pg_current_wal_insert_lsn() - '0/0'::pg_lsn, now())
            ON CONFLICT (principal) DO UPDATE
               SET commit_lsn = GREATEST(read_positions.commit_lsn, EXCLUDED.commit_lsn), recorded_at = EXCLUDED.recorded_at
            RETURNING commit_lsn
            """;
    private static final String READ = """
            SELECT commit_lsn FROM read_positions WHERE principal = ?
            """;

    private final DataSource primary;
    private final WriteClock writes;

    ReadPositions(DataSource primary, WriteClock writes) {
        this.primary = primary;
        this.writes = writes;
    }

    /** The client of the request this thread serves, if it is one: reads outside a client's request stay on the primary. */
    static Optional<String> client() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (request == null || user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(user.getName());
    }

    /**
     * Records, on the connection of the transaction that just committed (still bound to this thread, so no second
     * connection is taken from the pool), the position the primary's WAL has reached: at or past that commit. The
     * row is committed at once and without waiting for the disk: a crash of the primary may lose the last fraction of a
     * second's rows, and a client whose row was lost may read once from a standby that has not replayed its write.
     */
    void recordCommit(Connection committed, String client) throws SQLException {
        boolean inTransaction = !committed.getAutoCommit();
        try (var st = committed.prepareStatement(RECORD)) {
            if (inTransaction) {
                try (var asynchronous = committed.createStatement()) {
                    asynchronous.execute("SET LOCAL synchronous_commit TO off");
                }
            }
            st.setString(1, client);
            long lsn;
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                lsn = rs.getLong(1);
            }
            if (inTransaction) {
                committed.commit();
            }
            remember(lsn);
            writes.committed(lsn, System.nanoTime());
        } catch (SQLException e) {
            if (inTransaction) {
                committed.rollback();
            }
            throw e;
        }
    }

    /** The client's last write position (0 when none), read on the primary once per request. */
    long required(String client) throws SQLException {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long known) {
            return known;
        }
        long lsn = 0;
        try (Connection c = primary.getConnection(); PreparedStatement st = c.prepareStatement(READ)) {
            st.setString(1, client);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    lsn = rs.getLong(1);
                }
            }
        }
        remember(lsn);
        return lsn;
    }

    /** A position a standby must have replayed to be within {@code max-lag} of what this node saw commit. */
    long mustHaveReplayed() {
        return writes.mustHaveReplayed(System.nanoTime());
    }

    /** This request's reads stay on the primary, whatever the standbys have replayed. */
    void requirePrimaryForThisRequest() {
        remember(Long.MAX_VALUE);
    }

    private static void remember(long lsn) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, lsn, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
