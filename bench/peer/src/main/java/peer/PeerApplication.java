package peer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The obvious way: Spring Boot + Spring Shell, a KieBase compiled from a folder of DRL files at start. */
@SpringBootApplication
public class PeerApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(PeerApplication.class, args)));
    }

    /** A fact: one answer. */
    public record Answer(String question, String value) {
    }

    /** A fact: one recommendation, inserted logically by the rules. */
    public record Recommendation(String id, int weight) {
    }

    @Component
    static class Rules {
        final KieBase kieBase;

        Rules(@Value("${peer.rules}") Path folder) throws IOException {
            KieServices ks = KieServices.Factory.get();
            KieFileSystem fs = ks.newKieFileSystem();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                    fs.write("src/main/resources/peer/" + p.getFileName(), Files.readString(p));
                }
            }
            KieBuilder builder = ks.newKieBuilder(fs).buildAll();
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                throw new IllegalStateException(builder.getResults().toString());
            }
            kieBase = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
        }
    }

    @ShellComponent
    static class Commands {
        private final Rules rules;

        Commands(Rules rules) {
            this.rules = rules;
        }

        @ShellMethod(key = "advise", value = "Print the recommendations for a JSON file of answers.")
        String advise(@ShellOption String answers) throws IOException {
            @SuppressWarnings("unchecked")
            Map<String, Object> root = new ObjectMapper().readValue(Path.of(answers).toFile(), Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> given = (Map<String, Object>) root.getOrDefault("answers", Map.of());
            KieSession session = rules.kieBase.newKieSession();
            try {
                given.forEach((q, v) -> {
                    session.insert(new Answer(q, String.valueOf(v)));
                    session.fireAllRules();
                });
                List<Recommendation> found = new ArrayList<>();
                session.getObjects(o -> o instanceof Recommendation).forEach(o -> found.add((Recommendation) o));
                found.sort((a, b) -> a.weight() != b.weight() ? b.weight() - a.weight() : a.id().compareTo(b.id()));
                StringBuilder sb = new StringBuilder();
                found.forEach(r -> sb.append(r.id()).append(" (").append(r.weight()).append(")\n"));
                return sb.append(found.size()).append(" recommendations").toString();
            } finally {
                session.dispose();
            }
        }
    }
}
