package io.stocktrace.security;

import java.time.Instant;

public record AppUser(long id, String username, Role role, boolean active, Instant createdAt) {
}
