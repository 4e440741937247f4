package com.allianceadvisor.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged product as a user would, from the project folder: through the launcher that the README's
 * run command starts ({@code target/advisor}, made by {@code mvn package}), on the JDK that runs the tests.
 * {@link #runPlainJar} runs {@code java -jar} instead, which the README says works the same.
 */
final class Jar {
    static final Path JAR = Path.of("target/alliance-advisor.jar").toAbsolutePath();
    static final Path LAUNCHER = Path.of("target/advisor").toAbsolutePath();

    record Run(int exitCode, String output) {
    }

    private Jar() {
    }

    static Run run(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        launcherEnvironment(builder, dataDir, List.of());
        return finish(builder.start(), command);
    }

    /** As {@link #run}, with {@code java -jar} instead of the launcher. */
    static Run runPlainJar(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Dadvisor.data=" + dataDir, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return finish(new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start(), command);
    }

    /** The shell command that starts the product in a terminal, with its data folder and extra JVM options. */
    static String shellCommand(Path dataDir, List<String> jvmOptions) {
        return "cd " + Path.of("").toAbsolutePath() + " && JAVA_HOME=" + System.getProperty("java.home")
                + " ADVISOR_JAVA_OPTS='" + javaOptions(dataDir, jvmOptions) + "' " + LAUNCHER;
    }

    private static void launcherEnvironment(ProcessBuilder builder, Path dataDir, List<String> jvmOptions) {
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ADVISOR_JAVA_OPTS", javaOptions(dataDir, jvmOptions));
    }

    /** The JVM options the launcher passes on: the data folder, then the extra ones. */
    private static String javaOptions(Path dataDir, List<String> jvmOptions) {
        List<String> options = new ArrayList<>(List.of("-Dadvisor.data=" + dataDir));
        options.addAll(jvmOptions);
        return String.join(" ", options);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Run finish(Process p, List<String> command) throws IOException, InterruptedException {
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the product did not finish: " + command);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** A run whose stdout and stderr are kept apart. */
    record Split(int exitCode, String out, String err) {
    }

    static Split runSplit(Path dataDir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        launcherEnvironment(builder, dataDir, jvmOptions);
        Process p = builder.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the product did not finish: " + command);
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
