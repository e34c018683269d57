package io.scan2ledger.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A command run in this JVM as the launcher runs it, with what it printed. */
public record CommandRun(int exitCode, String output) {

    public static CommandRun of(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int code = Commands.run(args);
            return new CommandRun(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }
}
