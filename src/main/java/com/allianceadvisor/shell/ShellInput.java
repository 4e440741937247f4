package com.allianceadvisor.shell;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.beans.factory.ObjectProvider;

import com.allianceadvisor.interview.LineSource;

/** The shell's line reader as the dialogs' line source: Ctrl-D and Ctrl-C end the input (null). */
final class ShellInput {
    private ShellInput() {
    }

    static LineSource lines(ObjectProvider<LineReader> lineReader) {
        LineReader reader = lineReader.getObject();
        return prompt -> {
            try {
                return reader.readLine(prompt);
            } catch (EndOfFileException | UserInterruptException e) {
                return null;
            }
        };
    }
}
