package io.stocktrace.location;

import io.stocktrace.support.OnH2;

@OnH2
class LocationEditH2IT extends LocationEditTests {
}
