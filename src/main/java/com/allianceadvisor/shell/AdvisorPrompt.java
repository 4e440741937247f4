package com.allianceadvisor.shell;

import org.jline.utils.AttributedString;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/** The shell prompt. */
@Component
class AdvisorPrompt implements PromptProvider {
    @Override
    public AttributedString getPrompt() {
        return new AttributedString("advisor:> ");
    }
}
