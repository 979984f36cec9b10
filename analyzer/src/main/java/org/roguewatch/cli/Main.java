package org.roguewatch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code roguewatch} launcher: dispatches to a subcommand. */
public final class Main {
    static final String VERSION = "0.1.0";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    Main(List<Command> available) {
        for (Command command : available) {
            commands.put(command.name(), command);
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = new Main(List.of(new DemoCommand(), new AnalyzeCommand(), new LocateCommand(), new SimulateCommand(),
                new BaselineCommand(), new ProbeCommand(), new ServeCommand(), new CertsCommand())).run(args, out, err);
        out.flush();
        System.exit(status);
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            if (args.length > 1 && commands.containsKey(args[1])) {
                out.print(commands.get(args[1]).help());
                return 0;
            }
            out.print(overview());
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--version")) {
            out.println("roguewatch " + VERSION);
            return 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("roguewatch: unknown command '" + args[0] + "' (see roguewatch --help)");
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            out.print(command.help());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("roguewatch " + command.name() + ": " + e.getMessage() + " (see roguewatch " + command.name()
                    + " --help)");
            return 2;
        }
    }

    private String overview() {
        StringBuilder text = new StringBuilder()
                .append("roguewatch ").append(VERSION)
                .append(" — finds fake GSM/LTE base stations and illegal FM broadcasters, and where they are\n\n")
                .append("Usage: roguewatch <command> [options]   (roguewatch <command> --help for details)\n\n")
                .append("Commands:\n");
        for (Command command : commands.values()) {
            text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
        }
        return text.append("\nOptions: --help, --version\n").toString();
    }
}
