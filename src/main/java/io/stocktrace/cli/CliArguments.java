package io.stocktrace.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's words: positional arguments, {@code --name value} or {@code --name=value} options and
 * {@code --flag}s. Anything not declared is a usage error, so a typo never passes silently.
 */
final class CliArguments {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CliArguments() {
    }

    /**
     * @param args       the words after the command's name
     * @param valued     the options that take a value
     * @param flagNames  the options that do not
     */
    static CliArguments parse(List<String> args, Set<String> valued, Set<String> flagNames) {
        CliArguments parsed = new CliArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                parsed.positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (flagNames.contains(name) && equals < 0) {
                parsed.flags.add(name);
            } else if (valued.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw CliFailure.usage("--" + name + " needs a value");
                }
                parsed.options.put(name, value);
            } else {
                throw CliFailure.usage("unknown option --" + name);
            }
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }

    /** The single positional argument, or a usage error naming what it should be. */
    String single(String what) {
        if (positional.size() != 1) {
            throw CliFailure.usage(positional.isEmpty() ? "missing " + what : "expected one " + what + ", got " + positional);
        }
        return positional.get(0);
    }

    String option(String name) {
        return options.get(name);
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw CliFailure.usage("--" + name + " is required");
        }
        return value;
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
