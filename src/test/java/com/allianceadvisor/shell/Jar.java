package com.allianceadvisor.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user would, from the project folder. */
final class Jar {
    static final Path JAR = Path.of("target/alliance-advisor.jar").toAbsolutePath();

    record Run(int exitCode, String output) {
    }

    private Jar() {
    }

    static Run run(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Dadvisor.data=" + dataDir, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the jar did not finish: " + command);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** A run whose stdout and stderr are kept apart. */
    record Split(int exitCode, String out, String err) {
    }

    static Split runSplit(Path dataDir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Dadvisor.data=" + dataDir));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the jar did not finish: " + command);
        }
        String errText = Files.readString(err);
        Files.deleteIfExists(err);
        return new Split(p.exitValue(), new String(out, StandardCharsets.UTF_8), errText);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
