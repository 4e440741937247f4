package com.allianceadvisor.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages kept between runs, one file per set of rule files. The file is named by a hash of
 * the rule files (names and text), the fact classes, the Drools version and the JDK, so edited rules or another JDK simply
 * miss and are compiled again. Looked up first among the packages shipped in the jar (made at build time
 * for the shipped rules), then in a folder of the user's; a file that cannot be read is ignored and
 * replaced, never trusted.
 */
public final class RuleCache {
    /** Where the build puts the packages of the shipped rules, on the class path. */
    public static final String SHIPPED = "advisor/rule-cache/";
    private static final String FORMAT = "rule-cache-1";
    private static final int KEPT = 5;
    /** The fact classes the compiled rules are bound to: a change to any of them makes a new key. */
    private static final List<Class<?>> FACT_TYPES = List.of(Goal.class, AnswerFact.class, Answer.class, DerivedAnswer.class, PartnerAnswer.class,
            Ask.class, Finding.class, Evidence.class, Score.class, Swing.class, Advice.class);

    private final Path folder;
    private final ClassLoader classLoader;

    private RuleCache(Path folder) {
        this.folder = folder;
        this.classLoader = RuleCache.class.getClassLoader();
    }

    /** A sub-folder of the user's cache folder for other kept build products (null when there is no folder). */
    public java.nio.file.Path folder(String name) {
        return folder == null ? null : folder.resolve(name);
    }

    /** A cache that reads the shipped packages and keeps new ones in the folder (null: shipped ones only). */
    public static RuleCache in(Path folder) {
        return new RuleCache(folder);
    }

    /** The name of the cache file of these rule files. */
    public static String fileName(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, FORMAT);
            update(digest, droolsVersion());
            update(digest, System.getProperty("java.vm.vendor", "") + " " + Runtime.version());
            for (Class<?> type : FACT_TYPES) {
                digest.update(classBytes(type));
            }
            for (RuleFile f : files) {
                update(digest, RuleBase.baseName(f.name()));
                update(digest, f.content());
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16) + ".rules";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] classBytes(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static String droolsVersion() {
        Package p = DroolsObjectOutputStream.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        var source = DroolsObjectOutputStream.class.getProtectionDomain().getCodeSource();
        // the jar's name carries the version, whether it is read from a folder or from inside the fat jar
        java.util.regex.Matcher jar = java.util.regex.Pattern.compile("[^/!]*\\.jar")
                .matcher(source == null ? "" : String.valueOf(source.getLocation()));
        String name = "";
        while (jar.find()) {
            name = jar.group();
        }
        return version + " " + name;
    }

    /** The cached packages of the files, or null when there are none (or none that can be read). */
    Collection<KiePackage> find(List<RuleFile> files) {
        String name = fileName(files);
        try (InputStream in = classLoader.getResourceAsStream(SHIPPED + name)) {
            if (in != null) {
                Collection<KiePackage> shipped = read(in.readAllBytes());
                if (shipped != null) {
                    return shipped;
                }
            }
        } catch (IOException e) {
            // unreadable: compile instead
        }
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps the packages for the next run; a cache that cannot be written only costs time, never an error. */
    void store(List<RuleFile> files, Collection<KiePackage> packages) {
        if (folder == null) {
            return;
        }
        try {
            write(folder.resolve(fileName(files)), packages);
            prune();
        } catch (IOException | RuntimeException e) {
            // no cache this time
        }
    }

    /** Keeps the most recent few cache files, so that editing rules day after day does not fill the disk. */
    private void prune() throws IOException {
        try (var list = Files.list(folder)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".rules"))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
            for (Path old : files.subList(Math.min(KEPT, files.size()), files.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** Writes the packages to the file atomically (temporary file, then rename). */
    static void write(Path file, Collection<KiePackage> packages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeObject(new ArrayList<>(packages));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes.toByteArray());
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @SuppressWarnings("unchecked")
    private Collection<KiePackage> read(byte[] bytes) {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes), classLoader)) {
            if (!FORMAT.equals(in.readUTF())) {
                return null;
            }
            Object packages = in.readObject();
            if (!(packages instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(KiePackage.class::isInstance)) {
                return null;
            }
            return (Collection<KiePackage>) packages;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * Build step: compiles the rule files and writes their packages where the jar will ship them (e.g.
     * target/classes/advisor/rule-cache), replacing packages of earlier rules.
     */
    public static void ship(List<RuleFile> files, Path out) throws IOException {
        String name = fileName(files);
        if (Files.isDirectory(out)) {
            try (var old = Files.list(out)) {
                for (Path p : old.filter(p -> !p.getFileName().toString().equals(name)).toList()) {
                    Files.delete(p);
                }
            }
        }
        write(out.resolve(name), RuleBase.compile(files));
    }
}
