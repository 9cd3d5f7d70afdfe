package io.stocktrace.replica;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When this node saw which WAL positions committed: a standby that has not replayed a position this node saw commit
 * more than {@code max-lag} ago is further behind than allowed, even when it reports no lag of its own (a standby
 * cut off from its primary has replayed all it received). Samples are kept at most every hundredth of the bound, so
 * the check errs by at most that much on the lenient side, and only those the check may still need are kept.
 */
final class WriteClock {
    private final long maxLagNanos;
    private final long spacingNanos;
    private final Deque<long[]> samples = new ArrayDeque<>();

    WriteClock(long maxLagNanos) {
        this.maxLagNanos = maxLagNanos;
        this.spacingNanos = maxLagNanos / 100;
    }

    /** A write of this node committed at or before {@code lsn}, seen at {@code nanos} ({@link System#nanoTime}). */
    synchronized void committed(long lsn, long nanos) {
        long[] last = samples.peekLast();
        if (last == null || lsn > last[0] && nanos - last[1] >= spacingNanos) {
            samples.addLast(new long[] {lsn, nanos});
        }
        forgetBefore(nanos);
    }

    /** The highest position seen committed {@code max-lag} or longer before {@code nanos}; 0 when none. */
    synchronized long mustHaveReplayed(long nanos) {
        forgetBefore(nanos);
        long[] oldest = samples.peekFirst();
        return oldest != null && nanos - oldest[1] >= maxLagNanos ? oldest[0] : 0;
    }

    /** Keeps, of the samples older than the bound, only the newest: the one the check uses. */
    private void forgetBefore(long nanos) {
        while (samples.size() > 1) {
            var newer = samples.iterator();
            newer.next();
            if (nanos - newer.next()[1] < maxLagNanos) {
                return;
            }
            samples.removeFirst();
        }
    }
}
