package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Every shipped knowledge file names its JSON Schema ({@code $schema}, relative to the file), conforms to
 * it, and the schemas are strict: a key they do not define, at the top or in an item, fails them.
 */
class SchemasTest {
    private static final Path KB = Path.of("knowledge-base");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Schemas come from the folder only (a $ref names a sibling file); nothing is fetched from the network. */
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemas(iri -> {
        if (!iri.startsWith("file:")) {
            return null;
        }
        try {
            return Files.readString(Path.of(java.net.URI.create(iri)));
        } catch (IOException e) {
            return null;
        }
    }));
    private final Map<Path, Schema> schemas = new HashMap<>();

    private static List<Path> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(KB)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.startsWith(KB.resolve("schema"))).sorted().toList();
        }
    }

    private Schema schemaOf(Path file, JsonNode doc) {
        JsonNode ref = doc.get("$schema");
        assertThat(ref).as(file + " names its schema in $schema").isNotNull();
        Path schemaFile = file.getParent().resolve(ref.asText()).normalize();
        assertThat(schemaFile).as(file + ": $schema " + ref.asText()).exists();
        return schemas.computeIfAbsent(schemaFile, p -> {
            return registry.getSchema(SchemaLocation.of(p.toAbsolutePath().toUri().toString()));
        });
    }

    private List<String> errors(Path file, JsonNode doc) {
        List<String> errors = new ArrayList<>();
        schemaOf(file, doc).validate(doc).forEach(e -> errors.add(file + ": " + e));
        return errors;
    }

    @Test
    void everyShippedFileNamesItsSchemaAndConformsToIt() throws IOException {
        List<Path> files = shippedFiles();
        assertThat(files).hasSizeGreaterThan(150);
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            errors.addAll(errors(file, JSON.readTree(file.toFile())));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void everySchemaRefusesAKeyItDoesNotDefineAtTheTopAndInTheFirstItem() throws IOException {
        List<String> accepted = new ArrayList<>();
        for (Path file : shippedFiles()) {
            ObjectNode top = (ObjectNode) JSON.readTree(file.toFile());
            ObjectNode mutated = top.deepCopy();
            mutated.put("advicePresnt", 1);
            if (errors(file, mutated).isEmpty()) {
                accepted.add(file + " (top level)");
            }
            for (var it = top.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue() instanceof ArrayNode list && !list.isEmpty() && list.get(0).isObject()) {
                    ObjectNode copy = top.deepCopy();
                    ((ObjectNode) copy.withArray(field.getKey()).get(0)).put("actoin", "x");
                    if (errors(file, copy).isEmpty()) {
                        accepted.add(file + " (first item of '" + field.getKey() + "')");
                    }
                }
            }
        }
        assertThat(accepted).as("files whose schema accepts an unknown key").isEmpty();
    }
}
