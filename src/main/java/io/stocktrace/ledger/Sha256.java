package io.stocktrace.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, as bytes or as lower-case hex. */
final class Sha256 {
    static final String ZERO = "0".repeat(64);

    private Sha256() {
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
