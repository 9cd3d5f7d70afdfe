package io.stocktrace.security;

import io.stocktrace.api.Paging;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import java.util.Arrays;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Inventory ‣ Configuration ‣ Users (admins only, as in the API): the list, and the form that creates a user and
 * changes a user's role, activity and password. A refused form keeps what was typed but the password.
 */
@PageController
class UserPages {
    /** The user form as typed; a blank password on the edit form leaves the password as it is. */
    record UserForm(String username, String password, String role, Boolean active) {
        String newPassword() {
            return password == null || password.isEmpty() ? null : password;
        }
    }

    private static final FormFields FIELDS = FormFields.form().input("username", "Username")
            .input("password", "Password").input("role", "Role").input("active", "Active");
    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::wire).toList();
    private final UserService users;

    UserPages(UserService users) {
        this.users = users;
    }

    @GetMapping("/users")
    String list(Model model) {
        List<AppUser> all = users.list(Paging.of(Paging.MAX_LIMIT, 0L)).items();
        return ListView.page(model, "Configuration", "Users", List.of("User", "Role", "Active"),
                all.stream().map(u -> List.of(u.username(), u.role().wire(), u.active() ? "yes" : "no")).toList(),
                all.stream().map(u -> "/users/" + u.id()).toList(), "/users/new");
    }

    @GetMapping("/users/new")
    String blank(Model model) {
        return form(model, null, new UserForm("", "", Role.VIEWER.wire(), true), FormProblems.none(FIELDS));
    }

    @GetMapping("/users/{id}")
    String show(@PathVariable long id, Model model) {
        AppUser user = users.get(id);
        return form(model, user, new UserForm(user.username(), "", user.role().wire(), user.active()),
                FormProblems.none(FIELDS));
    }

    @PostMapping("/users/new")
    String create(UserForm typed, Model model) {
        try {
            return "redirect:/users/" + users.create(typed.username(), typed.password(), typed.role()).id();
        } catch (StocktraceException e) {
            return form(model, null, typed, FormProblems.of(e, FIELDS));
        }
    }

    @PostMapping("/users/{id}")
    String update(@PathVariable long id, UserForm typed, Model model) {
        AppUser current = users.get(id);
        boolean active = Boolean.TRUE.equals(typed.active());
        try {
            users.update(id, typed.role(), typed.newPassword(), active);
            return "redirect:/users/" + id + "?saved";
        } catch (StocktraceException e) {
            return form(model, current, new UserForm(current.username(), "", typed.role(), active),
                    FormProblems.of(e, FIELDS));
        }
    }

    private static String form(Model model, AppUser user, UserForm typed, FormProblems errors) {
        model.addAttribute("user", user);
        model.addAttribute("form", new UserForm(typed.username(), "", typed.role(), typed.active()));
        model.addAttribute("roles", ROLES);
        model.addAttribute("errors", errors);
        model.addAttribute("breadcrumbs", Crumb.trail("Configuration", null, "Users", "/users",
                user == null ? "New" : user.username(), null));
        return "security/user";
    }
}
