package com.allianceadvisor.commandline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * The folders the advisor runs on, resolved as the Spring application would: system property
 * ({@code -Dadvisor.rules=...}), then environment variable ({@code ADVISOR_RULES}), then the packaged
 * {@code application.properties}. The log levels of that file are applied too.
 */
record Settings(Path rules, Path knowledge, Path data) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    /** The settings, or null when the environment holds Spring configuration this cannot honour. */
    static Settings fromEnvironment() {
        if (Files.exists(Path.of("application.properties")) || Files.exists(Path.of("application.yml"))
                || Files.exists(Path.of("application.yaml")) || Files.isDirectory(Path.of("config"))
                || System.getenv().keySet().stream().anyMatch(k -> k.startsWith("SPRING_"))
                || System.getProperties().stringPropertyNames().stream().anyMatch(k -> k.startsWith("spring."))) {
            return null;
        }
        Properties packaged = new Properties();
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                packaged.load(in);
            }
        } catch (IOException e) {
            return null;
        }
        quietLogging(packaged);
        return new Settings(Path.of(value("advisor.rules", packaged)), Path.of(value("advisor.knowledge", packaged)),
                Path.of(value("advisor.data", packaged)));
    }

    private static String value(String key, Properties packaged) {
        String v = System.getProperty(key);
        if (v == null) {
            v = System.getenv(key.toUpperCase().replace('.', '_'));
        }
        if (v == null) {
            v = packaged.getProperty(key, "");
        }
        Matcher m = PLACEHOLDER.matcher(v);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(System.getProperty(m.group(1), "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void quietLogging(Properties packaged) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        for (Map.Entry<Object, Object> e : packaged.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.startsWith("logging.level.")) {
                String logger = key.substring("logging.level.".length());
                context.getLogger("root".equals(logger) ? org.slf4j.Logger.ROOT_LOGGER_NAME : logger)
                        .setLevel(Level.toLevel(String.valueOf(e.getValue()), Level.WARN));
            }
        }
    }
}
