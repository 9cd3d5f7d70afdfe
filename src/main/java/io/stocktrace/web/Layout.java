package io.stocktrace.web;

import io.stocktrace.settings.SettingsService;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the user, what their role lets them do (so that buttons they may not use are not
 * shown; the security rules refuse them anyway), and whether lots are switched on (their menus and fields hide when
 * not).
 */
@ControllerAdvice(annotations = PageController.class)
class Layout {
    private final SettingsService settings;
    private final RoleHierarchy roles;

    Layout(SettingsService settings, RoleHierarchy roles) {
        this.settings = settings;
        this.roles = roles;
    }

    @ModelAttribute
    void layout(Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> granted = auth == null ? Set.of() : roles.getReachableGrantedAuthorities(auth.getAuthorities())
                .stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        model.addAttribute("username", auth == null ? null : auth.getName());
        model.addAttribute("canOperate", granted.contains("ROLE_OPERATOR"));
        model.addAttribute("canManage", granted.contains("ROLE_MANAGER"));
        model.addAttribute("isAdmin", granted.contains("ROLE_ADMIN"));
        model.addAttribute("lotsEnabled", settings.get().lotsAndSerialNumbers());
        model.addAttribute("expiryEnabled", settings.get().expirationDates());
        model.addAttribute("packagesEnabled", settings.packages().enabled());
    }
}
