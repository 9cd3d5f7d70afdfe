package io.stocktrace.settings;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.calendar.SiteZone;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
public class SettingsService {
    private final JdbcClient jdbc;
    private final SiteZone siteZone;

    SettingsService(JdbcClient jdbc, SiteZone siteZone) {
        this.jdbc = jdbc;
        this.siteZone = siteZone;
    }

    public Settings get() {
        return jdbc.sql("SELECT lots_and_serial_numbers, expiration_dates FROM settings WHERE id = 1")
                .query((rs, n) -> new Settings(rs.getBoolean("lots_and_serial_numbers"), rs.getBoolean("expiration_dates")))
                .single();
    }

    /**
     * Saves every section of the settings at once; the GS1 part comes validated by {@link Gs1Settings#of}, the time
     * zone by {@link SiteCalendar#zoneOf}.
     */
    @Requires(Role.MANAGER)
    @Transactional
    public void update(Settings settings, Gs1Settings gs1, ZoneId timeZone) {
        update(settings, gs1, timeZone, profile());
    }

    /** Every section of the settings at once, in one transaction: what the settings page and {@code PUT /settings} send. */
    @Requires(Role.MANAGER)
    @Transactional
    public void update(Settings settings, Gs1Settings gs1, ZoneId timeZone, SiteProfile profile, PackageSettings packages) {
        update(settings, gs1, timeZone, profile);
        updatePackages(packages);
    }

    /** As {@link #update(Settings, Gs1Settings, ZoneId)}, with the site's profile, validated by {@link SiteProfile#of}. */
    @Requires(Role.MANAGER)
    @Transactional
    public void update(Settings settings, Gs1Settings gs1, ZoneId timeZone, SiteProfile profile) {
        updateProfile(profile);
        jdbc.sql("""
                        UPDATE settings SET lots_and_serial_numbers = :lots, expiration_dates = :expiry, time_zone = :zone
                        WHERE id = 1""")
                .param("lots", settings.lotsAndSerialNumbers())
                .param("expiry", settings.expirationDates())
                .param("zone", timeZone.getId())
                .update();
        updateGs1(gs1);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                siteZone.changed();
            }
        });
    }

    /** The site's time zone: its "today" and its days. */
    public ZoneId timeZone() {
        return siteZone.get();
    }

    public Gs1Settings gs1() {
        List<String> prefixes = jdbc.sql("SELECT prefix FROM gs1_company_prefixes ORDER BY prefix").query(String.class).list();
        return jdbc.sql("SELECT site_gln, epcis_identifiers FROM settings WHERE id = 1")
                .query((rs, n) -> new Gs1Settings(prefixes, rs.getString("site_gln"), rs.getString("epcis_identifiers")))
                .single();
    }

    /** The site's profile; {@link SiteProfile#EMPTY} until it is filled in. */
    public SiteProfile profile() {
        return jdbc.sql("""
                        SELECT business_name, address, city, region, postal_code, country, phone FROM site_profiles WHERE id = 1
                        """)
                .query((rs, n) -> new SiteProfile(rs.getString("business_name"), rs.getString("address"),
                        rs.getString("city"), rs.getString("region"), rs.getString("postal_code"), rs.getString("country"),
                        rs.getString("phone")))
                .optional().orElse(SiteProfile.EMPTY);
    }

    private void updateProfile(SiteProfile profile) {
        jdbc.sql("DELETE FROM site_profiles").update();
        jdbc.sql("""
                        INSERT INTO site_profiles (id, business_name, address, city, region, postal_code, country, phone)
                        VALUES (1, :name, :address, :city, :region, :postalCode, :country, :phone)
                        """)
                .param("name", profile.businessName()).param("address", profile.address()).param("city", profile.city())
                .param("region", profile.region()).param("postalCode", profile.postalCode())
                .param("country", profile.country()).param("phone", profile.phone())
                .update();
    }

    private void updateGs1(Gs1Settings gs1) {
        jdbc.sql("UPDATE settings SET site_gln = :gln, epcis_identifiers = :form WHERE id = 1")
                .param("gln", gs1.siteGln())
                .param("form", gs1.epcisIdentifiers())
                .update();
        jdbc.sql("DELETE FROM gs1_company_prefixes").update();
        for (String prefix : gs1.companyPrefixes()) {
            jdbc.sql("INSERT INTO gs1_company_prefixes (prefix) VALUES (:prefix)").param("prefix", prefix).update();
        }
    }

    public PackageSettings packages() {
        return jdbc.sql("SELECT packages, sscc_extension_digit FROM settings WHERE id = 1")
                .query((rs, n) -> new PackageSettings(rs.getBoolean("packages"), rs.getInt("sscc_extension_digit")))
                .single();
    }

    /** Saves the "Packages" setting on its own, so that the other sections' forms need not carry it. */
    @Requires(Role.MANAGER)
    @Transactional
    public void updatePackages(PackageSettings packages) {
        jdbc.sql("UPDATE settings SET packages = :on, sscc_extension_digit = :digit WHERE id = 1")
                .param("on", packages.enabled())
                .param("digit", packages.ssccExtensionDigit())
                .update();
    }

    /** Refuses package work while the "Packages" setting is off. */
    public void requirePackages(String what) {
        if (!packages().enabled()) {
            throw new StocktraceException(ProblemType.FEATURE_DISABLED, what
                    + " needs packages, which are switched off: turn on \"Packages\" in the settings first.");
        }
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
