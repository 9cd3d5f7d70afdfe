package io.stocktrace.gs1;

/** A linter's verdict against a component: what is wrong and where inside the component. */
record LintFailure(LintError error, int offset, int length) {

    static LintFailure of(LintError error, int offset, int length) {
        return new LintFailure(error, offset, length);
    }

    static LintFailure whole(LintError error, String data) {
        return new LintFailure(error, 0, data.length());
    }
}
