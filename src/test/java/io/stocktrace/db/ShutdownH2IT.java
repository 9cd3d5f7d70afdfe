package io.stocktrace.db;

class ShutdownH2IT extends ShutdownTests {
    @Override
    String[] databaseArguments() {
        return new String[0];
    }
}
