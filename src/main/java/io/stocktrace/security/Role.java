package io.stocktrace.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Roles, lowest first; each includes the rights of those before it. */
public enum Role {
    VIEWER, OPERATOR, MANAGER, ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The highest role among these authority names ({@code ROLE_MANAGER}), if any. */
    public static Optional<Role> highestOf(Collection<String> authorities) {
        Role highest = null;
        for (Role role : values()) {
            if (authorities.contains(role.authority())) {
                highest = role;
            }
        }
        return Optional.ofNullable(highest);
    }

    /** This role has the rights of {@code other}: it is the same or a higher one. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Role fromWire(String value) {
        for (Role role : values()) {
            if (role.wire().equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
