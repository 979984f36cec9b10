package org.roguewatch.agent;

import java.util.List;

/**
 * A config file that cannot be used. Each problem reads {@code FILE:LINE: field 'KEY': what is
 * wrong}, all of them at once, so a user fixes the file in one pass.
 */
public final class ConfigException extends Exception {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
