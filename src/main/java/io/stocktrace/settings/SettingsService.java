package io.stocktrace.settings;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SettingsService {
    private final JdbcClient jdbc;

    SettingsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Settings get() {
        return jdbc.sql("SELECT lots_and_serial_numbers, expiration_dates FROM settings WHERE id = 1")
                .query((rs, n) -> new Settings(rs.getBoolean("lots_and_serial_numbers"), rs.getBoolean("expiration_dates")))
                .single();
    }

    @Transactional
    public Settings update(Settings settings) {
        jdbc.sql("UPDATE settings SET lots_and_serial_numbers = :lots, expiration_dates = :expiry WHERE id = 1")
                .param("lots", settings.lotsAndSerialNumbers())
                .param("expiry", settings.expirationDates())
                .update();
        return get();
    }

    /** Refuses lot and serial work while the "Lots &amp; Serial Numbers" setting is off. */
    public void requireLots(String what) {
        if (!get().lotsAndSerialNumbers()) {
            throw new StocktraceException(ProblemType.FEATURE_DISABLED, what
                    + " needs lot and serial number tracking, which is switched off: turn on \"Lots & Serial Numbers\""
                    + " in the settings first.");
        }
    }
}
