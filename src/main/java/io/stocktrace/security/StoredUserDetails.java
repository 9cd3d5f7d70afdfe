package io.stocktrace.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Users as HTTP Basic and the login form see them. */
@Component
class StoredUserDetails implements UserDetailsService {
    private final UserRepository users;

    StoredUserDetails(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var found = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(found.user().username())
                .password(found.passwordHash())
                .roles(found.user().role().name())
                .disabled(!found.user().active())
                .build();
    }
}
