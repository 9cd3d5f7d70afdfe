/**
 * The jar's main class: dispatches a command line to {@code cli} or starts the server. Nothing depends on it, so
 * the root package, {@code cli} and {@code bench} stay free of import circles.
 */
package io.stocktrace.launch;
