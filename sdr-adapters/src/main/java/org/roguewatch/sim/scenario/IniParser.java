package org.roguewatch.sim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scenario text into sections of {@code key = value} lines. A line whose first non-blank
 * character is {@code #} is a comment (a {@code #} later on a line is part of the value, so SMS
 * texts and URLs keep theirs); blank lines are ignored; keys are lower case letters, digits and
 * underscores; values are trimmed.
 */
final class IniParser {
    private IniParser() {
    }

    static List<IniSection> parse(String file, List<String> lines, Problems problems) {
        List<IniSection> sections = new ArrayList<>();
        String kind = null;
        String id = null;
        int headerLine = 0;
        List<IniEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    problems.add(file, number, null, "section header '" + line + "' lacks its closing ']'");
                    continue;
                }
                if (kind != null) {
                    sections.add(new IniSection(kind, id, headerLine, entries));
                }
                String[] words = line.substring(1, line.length() - 1).strip().split("\\s+");
                kind = words[0].toLowerCase(java.util.Locale.ROOT);
                id = words.length > 1 ? words[1] : null;
                headerLine = number;
                entries = new ArrayList<>();
                if (words.length > 2 || kind.isEmpty()) {
                    problems.add(file, number, null, "section header '" + line + "' should be [kind] or [kind id]");
                }
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add(file, number, null, "expected 'key = value' or a [section], got '" + line + "'");
                continue;
            }
            String key = line.substring(0, equals).strip();
            if (!key.matches("[a-z][a-z0-9_]*")) {
                problems.add(file, number, key, "a key is lower case letters, digits and '_'");
                continue;
            }
            if (kind == null) {
                problems.add(file, number, key, "key outside any [section]");
                continue;
            }
            entries.add(new IniEntry(key, line.substring(equals + 1).strip(), number));
        }
        if (kind != null) {
            sections.add(new IniSection(kind, id, headerLine, entries));
        }
        return sections;
    }
}
