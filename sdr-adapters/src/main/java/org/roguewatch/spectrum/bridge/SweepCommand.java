package org.roguewatch.spectrum.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.roguewatch.spectrum.sweep.SweepTool;

/**
 * What to run: the tool whose CSV the process prints on stdout, and the full command line. Both
 * tools write CSV to stdout when given no output file (rtl_power: no filename or {@code -};
 * hackrf_sweep: no {@code -r}).
 *
 * @param tool    decides how stdout is parsed and how failures are recognised
 * @param command executable (a name on PATH or a path) followed by its arguments
 */
public record SweepCommand(SweepTool tool, List<String> command) {

    public SweepCommand {
        Objects.requireNonNull(tool, "tool");
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
    }

    /** The tool's own executable from PATH with {@code arguments}, e.g. {@code of(RTL_POWER, "-f", "88M:108M:10k")}. */
    public static SweepCommand of(SweepTool tool, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(tool.executable());
        command.addAll(List.of(arguments));
        return new SweepCommand(tool, command);
    }

    /** Any program whose stdout is {@code tool}'s CSV (a wrapper script, {@code cat} replaying a recording). */
    public static SweepCommand custom(SweepTool tool, String... command) {
        return new SweepCommand(tool, List.of(command));
    }

    /** The executable's file name, for messages. */
    public String program() {
        String first = command.get(0);
        int slash = first.lastIndexOf('/');
        return slash < 0 ? first : first.substring(slash + 1);
    }
}
