package io.stocktrace.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The web pages' forms sent once: a form's one-time token is reserved as an Idempotency-Key of its user (under
 * {@code form:<token>}, apart from the API's keys), so a page POST is one of the API's idempotent requests. The
 * first sending runs; a repeat gets the first one's redirect (to what it created). A repeat that comes while the
 * first still runs (a double-click) waits for it, bounded, so the browser ends on the one document.
 */
@Service
public class FormSubmissions {
    /** How long a repeat waits for the first sending of its form (a double-click's) to end. */
    static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final String KEY_PREFIX = "form:";
    private static final Logger log = LoggerFactory.getLogger(FormSubmissions.class);

    private final IdempotencyReservations reservations;
    /** The sendings running in this process, so a repeat waits for its first one's end instead of polling. */
    private final Map<String, CountDownLatch> running = new ConcurrentHashMap<>();

    FormSubmissions(IdempotencyReservations reservations) {
        this.reservations = reservations;
    }

    /** What a page POST carrying a one-time token is to do. */
    public sealed interface Claim {
    }

    /** The token is this sending's: run the form's work, then {@link #finish} it. */
    public record Run(String user, String key, KeyLease lease) implements Claim {
    }

    /** The form was already sent and its work done: show where it led. */
    public record Done(String location) implements Claim {
    }

    /** The form's first sending still runs (or ended without a kept answer): nothing to run again. */
    public record AlreadySent(String detail) implements Claim {
    }

    /** The token came with another form than the one it was given to. */
    public record OtherForm() implements Claim {
    }

    /**
     * Reserves the token for this sending of the form at {@code action}, waiting (bounded) while an earlier sending
     * of it runs. The work of a {@link Run} is stamped into the reservation by its transactions, as the API's.
     */
    public Claim claim(String user, String token, String action) {
        long giveUp = System.nanoTime() + WAIT.toNanos();
        String key = KEY_PREFIX + token;
        while (true) {
            IdempotencyDecision decision = reservations.reserve(user, key, fingerprint(action));
            if (decision instanceof IdempotencyDecision.Proceed proceed) {
                running.put(user + "\n" + key, new CountDownLatch(1));
                reservations.hold(proceed.lease());
                return new Run(user, key, proceed.lease());
            } else if (decision instanceof IdempotencyDecision.Replay replay) {
                return replay.answer().location() == null
                        ? new AlreadySent("This form was already submitted; see its result in its list.")
                        : new Done(replay.answer().location());
            } else if (decision instanceof IdempotencyDecision.AnswerLost) {
                return new AlreadySent("This form was already submitted and carried out; see its result in its list.");
            } else if (decision instanceof IdempotencyDecision.Reused) {
                return new OtherForm();
            }
            Duration left = Duration.ofNanos(giveUp - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                return new AlreadySent("This form was already submitted; it is being processed. Its result will "
                        + "show in its list in a moment.");
            }
            waitForFirst(user + "\n" + key, left);
        }
    }

    /**
     * Ends a sending: a redirect that followed written work is kept, so repeats get it; a sending that wrote nothing
     * (a refused form shown again) frees its token, so the same form may be corrected and sent again.
     */
    public void finish(Run run, int status, String location, boolean failed) {
        try {
            reservations.letGo(run.lease());
            boolean redirected = !failed && status >= 300 && status < 400 && location != null;
            reservations.finish(run.lease(), redirected ? new StoredAnswer(status, null, location, "") : null);
        } catch (RuntimeException storeFailed) {
            // the user still sees the answer; the ended lease tells a repeat at once whether the work committed
            log.error("Could not end the reservation of a form's one-time token", storeFailed);
            abandon(run.lease());
        } finally {
            CountDownLatch ended = running.remove(run.user() + "\n" + run.key());
            if (ended != null) {
                ended.countDown();
            }
        }
    }

    private void abandon(KeyLease lease) {
        try {
            reservations.abandon(lease);
        } catch (RuntimeException stillFailing) {
            log.error("Could not end the lease of a form's one-time token", stillFailing);
        }
    }

    private void waitForFirst(String runningKey, Duration left) {
        CountDownLatch first = running.get(runningKey);
        try {
            if (first != null) {
                first.await(left.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                // the first runs in another process (or is about to register): look again shortly
                Thread.sleep(Math.min(POLL.toMillis(), left.toMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a form's first sending", e);
        }
    }

    private static String fingerprint(String action) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("form " + action).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
