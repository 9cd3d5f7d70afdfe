package io.stocktrace.security;

import io.stocktrace.api.Paging;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Inventory ‣ Configuration ‣ Users (admins only, as in the API). */
@PageController
class UserPages {
    private final UserService users;

    UserPages(UserService users) {
        this.users = users;
    }

    @GetMapping("/users")
    String list(Model model) {
        return ListView.page(model, "Configuration", "Users", List.of("User", "Role", "Active"),
                users.list(Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                        .map(u -> List.of(u.username(), u.role().wire(), u.active() ? "yes" : "no")).toList());
    }
}
