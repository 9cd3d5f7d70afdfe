package io.stocktrace.settings;

import io.stocktrace.web.Crumb;
import io.stocktrace.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inventory ‣ Configuration ‣ Settings: the Traceability section. */
@PageController
class SettingsPages {
    private final SettingsService settings;

    SettingsPages(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/settings")
    String show(Model model) {
        model.addAttribute("settings", settings.get());
        model.addAttribute("breadcrumbs", Crumb.trail("Configuration", null, "Settings", null));
        return "settings/settings";
    }

    // An unticked checkbox sends nothing: absent means off.
    @PostMapping("/settings")
    String save(@RequestParam(defaultValue = "false") boolean lotsAndSerialNumbers,
                @RequestParam(defaultValue = "false") boolean expirationDates, RedirectAttributes redirect) {
        settings.update(new Settings(lotsAndSerialNumbers, expirationDates));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/settings";
    }
}
