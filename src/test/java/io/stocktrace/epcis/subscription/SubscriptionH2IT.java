package io.stocktrace.epcis.subscription;

import io.stocktrace.support.OnH2;

@OnH2
class SubscriptionH2IT extends SubscriptionTests {
}
