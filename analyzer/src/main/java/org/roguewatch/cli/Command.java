package org.roguewatch.cli;

import java.io.PrintStream;

/** One {@code roguewatch} subcommand. */
public interface Command {
    String name();

    /** One line for the command list. */
    String summary();

    /** The full --help text. */
    String help();

    /**
     * @return the process exit status: 0 success, 1 the work failed (unreadable input...), 2 usage error
     */
    int run(String[] args, PrintStream out, PrintStream err) throws UsageException;
}
