package io.stocktrace.epcis.subscription;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class SubscriptionPostgresIT extends SubscriptionTests {
}
