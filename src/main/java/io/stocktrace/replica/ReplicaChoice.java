package io.stocktrace.replica;

import java.time.Duration;

/**
 * Where one read-only transaction runs, given what the connection the replicas' pool handed out reports of itself:
 * on it when it is a standby that has replayed the client's last write and is not further behind than allowed,
 * otherwise on the primary. A multi-host URL may hand out the primary itself when no standby is up: reading there is
 * always fresh.
 */
record ReplicaChoice(Target target, Reason reason) {

    enum Target { REPLICA, PRIMARY }

    enum Reason {
        /** the standby has replayed past the client's last write and lags within bounds */
        CAUGHT_UP,
        /** the replicas' URL led to a server that is not in recovery: a primary, fresh by definition */
        NOT_A_STANDBY,
        /** the standby has not yet replayed the client's last write */
        BEHIND_CLIENT,
        /**
         * the standby lags more than {@code max-lag}, by its own account or because it has not replayed a write this
         * node saw commit longer ago than that
         */
        LAGGING,
        /** no standby could be reached (or one was skipped after a failure) */
        DOWN;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * What a connection of the replicas' pool says of itself.
     *
     * @param standby    in recovery (a hot standby)
     * @param replayLsn  the last WAL position it replayed, as a number (0 on a primary)
     * @param lag        how far behind its primary it is: zero when it replayed all it received
     */
    record State(boolean standby, long replayLsn, Duration lag) {
    }

    /**
     * @param clientLsn         the client's last write position (0: none)
     * @param mustHaveReplayed  a position committed {@code maxLag} or longer ago (0: none known)
     */
    static ReplicaChoice of(State state, long clientLsn, long mustHaveReplayed, Duration maxLag) {
        if (!state.standby()) {
            return new ReplicaChoice(Target.REPLICA, Reason.NOT_A_STANDBY);
        }
        if (state.lag().compareTo(maxLag) > 0 || state.replayLsn() < mustHaveReplayed) {
            return new ReplicaChoice(Target.PRIMARY, Reason.LAGGING);
        }
        if (state.replayLsn() < clientLsn) {
            return new ReplicaChoice(Target.PRIMARY, Reason.BEHIND_CLIENT);
        }
        return new ReplicaChoice(Target.REPLICA, Reason.CAUGHT_UP);
    }

    static ReplicaChoice down() {
        return new ReplicaChoice(Target.PRIMARY, Reason.DOWN);
    }

    /** The server that answered: a non-standby reached through the replicas' URL is the primary. */
    String servedBy() {
        return target == Target.REPLICA && reason != Reason.NOT_A_STANDBY ? "replica" : "primary";
    }
}
