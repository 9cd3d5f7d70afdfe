package io.stocktrace.security;

import java.util.Locale;

/** Roles, lowest first; each includes the rights of those before it. */
public enum Role {
    VIEWER, OPERATOR, MANAGER, ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
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
