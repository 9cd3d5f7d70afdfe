package io.stocktrace.security;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {
    public static final int MIN_PASSWORD_LENGTH = 12;

    public record NewToken(long id, String name, String token) {
    }

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Requires(Role.ADMIN)
    @Transactional
    public AppUser create(String username, String password, String role) {
        Validation v = new Validation()
                .require(username != null && username.matches("[A-Za-z0-9._@-]{1,64}"), "username",
                        "1 to 64 letters, digits or . _ @ -")
                .require(password != null && password.length() >= MIN_PASSWORD_LENGTH, "password",
                        "at least " + MIN_PASSWORD_LENGTH + " characters");
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
        get(id);
        Validation v = new Validation()
                .require(password == null || password.length() >= MIN_PASSWORD_LENGTH, "password",
                        "at least " + MIN_PASSWORD_LENGTH + " characters");
        Role parsed = parseRole(role, v, false);
        v.throwIfAny();
        users.update(id, parsed, password == null ? null : passwords.encode(password), active);
        return get(id);
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
