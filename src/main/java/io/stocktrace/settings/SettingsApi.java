package io.stocktrace.settings;

import io.stocktrace.problem.Validation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/settings")
class SettingsApi {
    record SettingsBody(Boolean lotsAndSerialNumbers, Boolean expirationDates) {
    }

    private final SettingsService settings;

    SettingsApi(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    Settings get() {
        return settings.get();
    }

    @PutMapping
    Settings update(@RequestBody SettingsBody body) {
        new Validation()
                .require(body.lotsAndSerialNumbers() != null, "lotsAndSerialNumbers", "is required: true or false")
                .require(body.expirationDates() != null, "expirationDates", "is required: true or false")
                .throwIfAny();
        return settings.update(new Settings(body.lotsAndSerialNumbers(), body.expirationDates()));
    }
}
