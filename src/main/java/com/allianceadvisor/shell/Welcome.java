package com.allianceadvisor.shell;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The line an interactive shell starts with: what this is and how to begin. Not shown for one-shot commands. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Welcome implements ApplicationRunner {
    private final Terminal terminal;
    private final boolean interactive;
    private final String version;

    Welcome(Terminal terminal, @Value("${spring.shell.interactive.enabled:false}") boolean interactive) {
        this.terminal = terminal;
        this.interactive = interactive;
        this.version = InfoCommands.productVersion();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!interactive || args.getSourceArgs().length > 0) {
            return;
        }
        terminal.writer().println("Welcome to " + InfoCommands.PRODUCT + " " + version + ". Type 'consult' to start a consultation"
                + " (or 'consult --resume' to continue one), 'train' to practise on cases, 'help' for every command.");
        terminal.writer().flush();
    }
}
