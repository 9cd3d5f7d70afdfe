package io.stocktrace.epcis.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a webhook checks: {@code sha256=} and the lowercase hex HMAC-SHA256, keyed by the subscription's
 * secret, of the {@code Stocktrace-Timestamp} header's value, a dot, and the request body's bytes. The timestamp in
 * the signed text lets a receiver refuse an old delivery replayed.
 */
public final class WebhookSignature {
    public static final String HEADER = "Stocktrace-Signature";
    public static final String TIMESTAMP_HEADER = "Stocktrace-Timestamp";

    private WebhookSignature() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
