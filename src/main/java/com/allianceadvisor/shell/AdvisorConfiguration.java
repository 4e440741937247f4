package com.allianceadvisor.shell;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;

import com.allianceadvisor.advise.AdviseService;
import com.allianceadvisor.engine.RuleBuildException;
import com.allianceadvisor.engine.RuleCache;
import com.allianceadvisor.interview.InvalidAnswerException;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.KnowledgeException;
import com.allianceadvisor.portfolio.AllianceHistory;
import com.allianceadvisor.portfolio.PortfolioService;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.store.SessionStore;
import com.allianceadvisor.training.TrainingService;

/** Wires the Spring-free services of the advisor into the shell. */
@Configuration(proxyBeanMethods = false)
class AdvisorConfiguration {
    /** Exit code for bad input (files, options, knowledge). */
    static final int BAD_INPUT = 2;

    @Bean
    ContentHolder contentHolder(@Value("${advisor.rules}") Path rules, @Value("${advisor.knowledge}") Path knowledge,
                                @Value("${advisor.data}") Path data) {
        return new ContentHolder(rules, knowledge, RuleCache.in(data.resolve("cache")));
    }

    @Bean
    Workspace workspace(ContentHolder content, SessionStore store) {
        return new Workspace(content, store);
    }

    @Bean
    SessionStore sessionStore(@Value("${advisor.data}") Path data) {
        return new SessionStore(data);
    }

    @Bean
    TrainingService trainingService(ContentHolder content, @Value("${advisor.data}") Path data) {
        return new TrainingService(content, data);
    }

    @Bean
    AdviseService adviseService(ContentHolder content) {
        return new AdviseService(content);
    }

    @Bean
    PortfolioService portfolioService(ContentHolder content, SessionStore store) {
        return new PortfolioService(content, store);
    }

    @Bean
    AllianceHistory allianceHistory(ContentHolder content, SessionStore store) {
        return new AllianceHistory(content, store);
    }

    /** Our own errors are short messages with exit code 2, never stack traces; the shell keeps running. */
    /** File options (--answers, --file, --rules ...) arrive as text; the shell converts them with this. */
    @Bean
    Converter<String, Path> pathConverter() {
        return Path::of;
    }

    @Bean
    CommandExceptionResolver advisorExceptionResolver() {
        return e -> {
            if (e instanceof BadInputException || e instanceof InvalidAnswerException || e instanceof KnowledgeException
                    || e instanceof RuleBuildException || e instanceof com.allianceadvisor.engine.RuleFaultException) {
                return error(e.getMessage(), BAD_INPUT);
            }
            if (e instanceof IllegalStateException) {
                return error(e.getMessage(), 1);
            }
            return null;
        };
    }

    /** In the shell the error is shown at the prompt; from the command line it goes to stderr, so stdout carries only output. */
    private static CommandHandlingResult error(String message, int code) {
        if (CommandLine.isNonInteractive()) {
            System.out.flush();
            System.err.println("Error: " + message);
            System.err.flush();
            return CommandHandlingResult.of(null, code);
        }
        return CommandHandlingResult.of("Error: " + message + "\n", code);
    }
}
