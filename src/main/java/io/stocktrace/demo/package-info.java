/** The demo warehouse loaded into an empty database with {@code --stocktrace.demo-data=true}. */
package io.stocktrace.demo;
