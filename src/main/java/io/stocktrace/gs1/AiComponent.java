package io.stocktrace.gs1;

import java.util.List;

/** One component of an AI's data field, e.g. {@code N13,csum} or the optional {@code [X..17]}. */
record AiComponent(CharacterSet characterSet, int minLength, int maxLength, boolean optional,
                   List<String> linterNames, List<Linter> linters) {

    LintFailure lint(String data, int currentYear) {
        LintFailure failure = characterSet.lint(data);
        for (int i = 0; failure == null && i < linters.size(); i++) {
            failure = linters.get(i).lint(data, currentYear);
        }
        return failure;
    }
}
