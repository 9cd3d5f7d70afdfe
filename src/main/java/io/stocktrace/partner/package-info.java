/** Vendors and customers: who goods come from and whom they are sent to. */
package io.stocktrace.partner;
