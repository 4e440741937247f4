package com.allianceadvisor.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A child process for the crash test: saves the same session over and over until it is killed. */
final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) {
        SessionStore store = new SessionStore(Path.of(args[0]));
        boolean told = false;
        for (long i = 0; ; i++) {
            Map<String, String> answers = new LinkedHashMap<>();
            // a version large enough that a torn write would show, with a counter that changes every time
            for (int q = 0; q < 200; q++) {
                answers.put("q_" + q, "value-" + i + "-" + q);
            }
            store.save("crash", new AnswerSet(List.of("choice"), answers, Map.of("round", String.valueOf(i))));
            if (!told) {
                // the parent kills at random moments from here on, while later saves are under way
                System.out.println("saving");
                System.out.flush();
                told = true;
            }
        }
    }
}
