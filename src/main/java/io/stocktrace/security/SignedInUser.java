package io.stocktrace.security;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who a password check let in, as a session keeps it: the user's id and the security stamp of that moment, so that
 * a later change of password, role or active flag (a new stamp) ends the session.
 */
record SignedInUser(long id, String username, long securityStamp) implements Principal, Serializable {
    @Override
    public String getName() {
        return username;
    }

    @Override
    public String toString() {
        return username;
    }
}
