package io.stocktrace.inventory;

import io.stocktrace.support.OnH2;

@OnH2
class InventoryAdjustmentH2IT extends InventoryAdjustmentTests {
}
