package org.roguewatch.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line for a main class of this test run in a JVM of its own, on the same class path and logging set-up. */
final class ChildJvm {
    private ChildJvm() {
    }

    static List<String> command(Class<?> mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        String logback = System.getProperty("logback.configurationFile");
        if (logback != null) {
            command.add("-Dlogback.configurationFile=" + logback);
        }
        command.add(mainClass.getName());
        command.addAll(arguments);
        return command;
    }
}
