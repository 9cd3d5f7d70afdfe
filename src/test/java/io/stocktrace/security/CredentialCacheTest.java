package io.stocktrace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {
    private final MovableClock clock = new MovableClock();
    private final CredentialCache cache = new CredentialCache(clock);

    @Test
    void finds_a_checked_password_only_with_the_same_user_name_and_password() {
        cache.remember("ana", "password-of-ana", stored(7, "ana"));
        assertThat(cache.find("ana", "password-of-ana")).hasValueSatisfying(c -> {
            assertThat(c.userId()).isEqualTo(7);
            assertThat(c.securityStamp()).isEqualTo(3);
        });
        assertThat(cache.find("ana", "password-of-ana ")).isEmpty();
        assertThat(cache.find("Ana", "password-of-ana")).isEmpty();
        assertThat(cache.find("anapassword-of-", "ana")).isEmpty();
    }

    @Test
    void forgets_a_check_after_its_time_to_live() {
        cache.remember("ana", "password-of-ana", stored(7, "ana"));
        clock.advance(CredentialCache.TIME_TO_LIVE.minusSeconds(1));
        assertThat(cache.find("ana", "password-of-ana")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.find("ana", "password-of-ana")).isEmpty();
    }

    @Test
    void forgets_a_users_checks_when_told_their_rights_changed() {
        cache.remember("ana", "password-of-ana", stored(7, "ana"));
        cache.remember("bob", "password-of-bob", stored(8, "bob"));
        cache.forget("ana");
        assertThat(cache.find("ana", "password-of-ana")).isEmpty();
        assertThat(cache.find("bob", "password-of-bob")).isPresent();
    }

    @Test
    void holds_a_bounded_number_of_checks() {
        for (int i = 0; i < CredentialCache.MAX_ENTRIES + 50; i++) {
            cache.remember("user-" + i, "password", stored(i, "user-" + i));
        }
        assertThat(cache.size()).isEqualTo(CredentialCache.MAX_ENTRIES);
        assertThat(cache.find("user-0", "password")).isEmpty();
    }

    private static UserRepository.Credentials stored(long id, String name) {
        return new UserRepository.Credentials(new AppUser(id, name, Role.OPERATOR, true, Instant.EPOCH),
                "{bcrypt}$2a$10$hash", 3);
    }
}
