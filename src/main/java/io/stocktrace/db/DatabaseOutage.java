package io.stocktrace.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (down, refusing connections, the connection cut) from a rule or a
 * conflict, and says what a client may conclude about its request.
 */
public final class DatabaseOutage {
    /** What a 503 asks a client to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    // 57P01-57P03: administrator shutdown, crash shutdown, cannot connect now; 53300: too many connections;
    // H2 90098: the database has been closed; 90121: closed by the VM's shutdown
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "90098", "90121");
    private static final int DEEPEST_CAUSE = 20;

    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth++ < DEEPEST_CAUSE; t = t.getCause()) {
            if (neverReached(t) || t instanceof SQLNonTransientConnectionException || lostConnection(t)) {
                return true;
            }
            // a commit or rollback the connection could not carry (Hikari's "Connection is closed" has no SQL
            // state); it may hide the failure that led to it, and after a failed commit the outcome is unknown
            if (t instanceof TransactionSystemException failed && (failed.getCause() instanceof SQLException
                    || failed.getApplicationException() != null && isOutage(failed.getApplicationException()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence for the client. A request that never obtained a connection wrote nothing; one whose connection
     * broke during its work may have committed before, so it is told to look before repeating a change.
     */
    public static String detail(Throwable error, boolean committedBefore) {
        boolean wroteNothing = !committedBefore && neverConnected(error);
        return "The database cannot be reached right now; "
                + (wroteNothing ? "nothing was written. " : "a change sent may or may not have been saved: look "
                        + "before repeating it (or repeat it with the same Idempotency-Key). ")
                + "Try again in " + RETRY_AFTER_SECONDS + " seconds.";
    }

    private static boolean neverConnected(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth++ < DEEPEST_CAUSE; t = t.getCause()) {
            if (neverReached(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean neverReached(Throwable t) {
        return t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                || t instanceof SQLTransientConnectionException;
    }

    private static boolean lostConnection(Throwable t) {
        if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        return sql.getSQLState().startsWith("08") || UNREACHABLE_STATES.contains(sql.getSQLState());
    }
}
