package com.allianceadvisor;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Alliance Advisor: an interactive shell, or one command (e.g. {@code advise}) when arguments are given. */
@SpringBootApplication
public class AllianceAdvisorApplication {
    public static void main(String[] args) {
        int code;
        try {
            code = SpringApplication.exit(SpringApplication.run(AllianceAdvisorApplication.class, args));
        } catch (RuntimeException e) {
            // A non-interactive command that failed has already printed its one-line error; the exception
            // only carries the exit code (2 bad input, 1 other failure), so no stack trace is shown.
            if (!(e instanceof ExitCodeGenerator generator)) {
                throw e;
            }
            code = generator.getExitCode();
        }
        System.exit(code);
    }
}
