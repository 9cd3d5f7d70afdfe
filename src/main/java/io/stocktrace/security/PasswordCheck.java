package io.stocktrace.security;

import io.stocktrace.api.TooManyLogins;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one password check of HTTP Basic and the login form: refused at once while the user name or the client is
 * throttled, answered from the credential cache when the same password succeeded lately, otherwise checked by bcrypt
 * (also for an unknown user name, so that a failure always costs the same). Every failure is logged, without the
 * password.
 */
@Component
class PasswordCheck implements AuthenticationProvider {
    private static final Logger log = LoggerFactory.getLogger(PasswordCheck.class);
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final CredentialCache cache;
    private final String unknownUserHash;

    PasswordCheck(UserRepository users, PasswordEncoder passwords, LoginThrottle throttle, CredentialCache cache) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.cache = cache;
        this.unknownUserHash = passwords.encode("no user has this password, it only costs the same time");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String client = clientOf(attempt);
        var wait = throttle.waitBefore(username, client);
        if (wait.isPresent()) {
            log.warn("Login of '{}' from {} refused unchecked: too many failures, retry in {}", printable(username),
                    client, wait.get());
            throw new TooManyLogins(wait.get());
        }
        Optional<UserRepository.Credentials> user = fromCache(username, password).or(() -> checked(username, password));
        if (user.isEmpty()) {
            throttle.failed(username, client);
            log.warn("Failed login of '{}' from {} ({} failures in a row)", printable(username), client,
                    throttle.failuresOf(username));
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(username);
        AppUser u = user.get().user();
        var principal = new SignedInUser(u.id(), u.username(), user.get().securityStamp());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(u.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The stored user, if a cached check of this password still holds: same user, hash and stamp, still active. */
    private Optional<UserRepository.Credentials> fromCache(String username, String password) {
        return cache.find(username, password).flatMap(hit -> users.findByUsername(username)
                .filter(c -> c.user().id() == hit.userId() && c.user().active()
                        && c.passwordHash().equals(hit.passwordHash()) && c.securityStamp() == hit.securityStamp()));
    }

    private Optional<UserRepository.Credentials> checked(String username, String password) {
        var stored = users.findByUsername(username);
        boolean tooLong = password.getBytes(StandardCharsets.UTF_8).length > UserService.MAX_PASSWORD_BYTES;
        String hash = stored.isPresent() && !tooLong ? stored.get().passwordHash() : unknownUserHash;
        boolean matches = passwords.matches(tooLong ? "" : password, hash);
        if (!matches || stored.isEmpty() || tooLong || !stored.get().user().active()) {
            return Optional.empty();
        }
        cache.remember(username, password, stored.get());
        return stored;
    }

    private static String clientOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    /** A user name as typed may hold line breaks: logged, it must not forge a log line. */
    private static String printable(String username) {
        String s = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }
}
