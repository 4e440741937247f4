package com.allianceadvisor;

import java.util.OptionalInt;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.allianceadvisor.commandline.OneShotCommands;
import com.allianceadvisor.shell.CommandCatalog;
import com.allianceadvisor.shell.CommandLine;

/**
 * Alliance Advisor: an interactive shell, or one command (e.g. {@code advise}) when arguments are given. The
 * one-shot commands of scripts run without the Spring context; everything else goes to Spring Shell.
 */
@SpringBootApplication
public class AllianceAdvisorApplication {
    public static void main(String[] args) {
        OptionalInt oneShot = OneShotCommands.run(args, System.out);
        if (oneShot.isPresent()) {
            System.exit(checkedOutput(oneShot.getAsInt()));
        }
        String unknown = CommandCatalog.unknownCommand(args);
        if (args.length > 0 && unknown != null) {
            System.err.println("Error: " + unknown);
            System.exit(2);
        }
        CommandLine.nonInteractive(args.length > 0);
        int code;
        try {
            code = SpringApplication.exit(SpringApplication.run(AllianceAdvisorApplication.class, args));
        } catch (RuntimeException e) {
            // A non-interactive command that failed has already printed its one-line error; the exception
            // only carries the exit code (2 bad input, 1 other failure), so no stack trace is shown.
            code = e instanceof ExitCodeGenerator generator ? generator.getExitCode() : CommandLine.report(e);
        }
        System.exit(checkedOutput(code));
    }

    /** A report that could not be written out (a full disk, a closed pipe) is a failure, not a success. */
    private static int checkedOutput(int code) {
        if (System.out.checkError()) {
            System.err.println("Error: the output could not be written completely (is the disk full or the pipe closed?)");
            return code == 0 ? 1 : code;
        }
        return code;
    }
}
