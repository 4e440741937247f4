package com.allianceadvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Alliance Advisor: an interactive shell, or one command (e.g. {@code advise}) when arguments are given. */
@SpringBootApplication
public class AllianceAdvisorApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(AllianceAdvisorApplication.class, args)));
    }
}
