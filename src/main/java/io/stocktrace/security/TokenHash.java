package io.stocktrace.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** API tokens: 256 random bits shown once; only their SHA-256 is stored. */
final class TokenHash {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHash() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "st_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String of(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
