package io.stocktrace.security;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads no more than 72 bytes: a longer password would be cut silently, or refused by the encoder. */
    public static final int MAX_PASSWORD_BYTES = 72;

    public record NewToken(long id, String name, String token) {
    }

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final CredentialCache cache;

    UserService(UserRepository users, PasswordEncoder passwords, Clock clock, CredentialCache cache) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.cache = cache;
    }

    @Requires(Role.ADMIN)
    @Transactional
    public AppUser create(String username, String password, String role) {
        Validation v = new Validation()
                .require(username != null && username.matches("[A-Za-z0-9._@-]{1,64}"), "username",
                        "1 to 64 letters, digits or . _ @ -");
        checkPassword(password, v, true);
        Role parsed = parseRole(role, v, true);
        v.throwIfAny();
        if (users.findByUsername(username).isPresent()) {
            throw StocktraceException.atField(ProblemType.CONFLICT, "username", "User '" + username + "' already exists.");
        }
        long id = users.insert(username, passwords.encode(password), parsed, clock.instant());
        return get(id);
    }

    @Requires(Role.ADMIN)
    public AppUser get(long id) {
        return users.findById(id).orElseThrow(() -> StocktraceException.notFound("User", id));
    }

    public AppUser byUsername(String username) {
        return users.findByUsername(username).map(UserRepository.Credentials::user)
                .orElseThrow(() -> StocktraceException.notFound("User", username));
    }

    @Requires(Role.ADMIN)
    public Page<AppUser> list(Paging paging) {
        return new Page<>(users.list(paging.limit(), paging.offset()), users.count());
    }

    @Requires(Role.ADMIN)
    @Transactional
    public AppUser update(long id, String role, String password, Boolean active) {
        AppUser before = get(id);
        Validation v = new Validation();
        checkPassword(password, v, false);
        Role parsed = parseRole(role, v, false);
        v.throwIfAny();
        boolean rightsChange = password != null || parsed != null && parsed != before.role()
                || active != null && active != before.active();
        keepAnActiveAdmin(before, parsed, active);
        users.update(id, parsed, password == null ? null : passwords.encode(password), active, rightsChange ? 1 : 0);
        if (rightsChange) {
            cache.forget(before.username());
        }
        return get(id);
    }

    private void keepAnActiveAdmin(AppUser user, Role role, Boolean active) {
        boolean losesAdmin = user.role() == Role.ADMIN && user.active()
                && (role != null && role != Role.ADMIN || Boolean.FALSE.equals(active));
        if (losesAdmin && users.lockActiveAdmins().equals(List.of(user.id()))) {
            throw new StocktraceException(ProblemType.CONFLICT, "User '" + user.username()
                    + "' is the last active admin; make another user an active admin first.");
        }
    }

    private static void checkPassword(String password, Validation v, boolean required) {
        if (password == null) {
            v.require(!required, "password", "is required");
        } else if (password.isBlank()) {
            v.add("password", "must not be only spaces");
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            v.add("password", "at least " + MIN_PASSWORD_LENGTH + " characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            v.add("password", "at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (72 letters without accents)");
        }
    }

    @Requires(Role.ADMIN)
    @Transactional
    public NewToken createToken(long userId, String name) {
        get(userId);
        new Validation().require(name != null && !name.isBlank() && name.length() <= 100, "name",
                "1 to 100 characters").throwIfAny();
        String token = TokenHash.newToken();
        long id = users.insertToken(userId, name.strip(), TokenHash.of(token), clock.instant());
        return new NewToken(id, name.strip(), token);
    }

    @Requires(Role.ADMIN)
    @Transactional
    public void revokeToken(long userId, long tokenId) {
        if (!users.revokeToken(userId, tokenId, clock.instant())) {
            throw StocktraceException.notFound("Active token", tokenId + " of user " + userId);
        }
    }

    /** Creates the first admin when nobody can log in yet. */
    @AnyCaller("first start: there is no user yet to call it, and it writes only while the users table is empty")
    @Transactional
    public boolean createFirstAdmin(String password) {
        users.lockFirstStart();
        if (users.count() > 0) {
            return false;
        }
        users.insert("admin", passwords.encode(password), Role.ADMIN, clock.instant());
        return true;
    }

    private static Role parseRole(String role, Validation v, boolean required) {
        if (role == null) {
            v.require(!required, "role", "is required: viewer, operator, manager or admin");
            return null;
        }
        try {
            return Role.fromWire(role);
        } catch (IllegalArgumentException e) {
            v.add("role", "must be viewer, operator, manager or admin");
            return null;
        }
    }
}
