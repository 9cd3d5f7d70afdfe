package io.stocktrace.inventory;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class InventoryAdjustmentPostgresIT extends InventoryAdjustmentTests {
}
