package io.stocktrace.security;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class UsersApi {
    record UserView(long id, String username, String role, boolean active, Instant createdAt) {
        static UserView of(AppUser u) {
            return new UserView(u.id(), u.username(), u.role().wire(), u.active(), u.createdAt());
        }
    }

    record NewUser(String username, String password, String role) {
    }

    record UserChange(String role, String password, Boolean active) {
    }

    record NewTokenRequest(String name) {
    }

    private final UserService users;

    UsersApi(UserService users) {
        this.users = users;
    }

    @PostMapping("/users")
    ResponseEntity<UserView> create(@RequestBody NewUser body) {
        AppUser user = users.create(body.username(), body.password(), body.role());
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserView.of(user));
    }

    @GetMapping("/users")
    Page<UserView> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
        return users.list(Paging.of(limit, offset)).map(UserView::of);
    }

    @GetMapping("/users/{id}")
    UserView get(@PathVariable long id) {
        return UserView.of(users.get(id));
    }

    @PatchMapping("/users/{id}")
    UserView update(@PathVariable long id, @RequestBody UserChange body) {
        return UserView.of(users.update(id, body.role(), body.password(), body.active()));
    }

    @PostMapping("/users/{id}/tokens")
    ResponseEntity<UserService.NewToken> createToken(@PathVariable long id, @RequestBody NewTokenRequest body) {
        var token = users.createToken(id, body.name());
        return ResponseEntity.created(URI.create("/api/v1/users/" + id + "/tokens/" + token.id())).body(token);
    }

    @DeleteMapping("/users/{id}/tokens/{tokenId}")
    ResponseEntity<Void> revokeToken(@PathVariable long id, @PathVariable long tokenId) {
        users.revokeToken(id, tokenId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    UserView me(Principal principal) {
        return UserView.of(users.byUsername(principal.getName()));
    }
}
