package com.allianceadvisor.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Writes a file so that a crash at any moment leaves either the old or the new version: the text
 * goes to a temporary file in the same folder, is forced to disk, then renamed over the target.
 * Temporary files left by a killed process are cleaned up on the next write to the folder.
 */
public final class AtomicFiles {
    /** Temporary files older than this are left-overs of a killed write. */
    private static final Duration STALE = Duration.ofMinutes(10);
    static final String TMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    public static void write(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            cleanStale(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), TMP_SUFFIX);
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        ch.write(bytes);
                    }
                    ch.force(true);
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                syncFolder(dir);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be written (" + reason(e) + "); nothing was changed");
        }
    }

    /** A short reason for an I/O failure, in words. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        String m = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        if (m.contains("No space left")) {
            return "the disk is full";
        }
        if (m.contains("Read-only file system")) {
            return "the file system is read-only";
        }
        if (m.contains("Not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        return com.allianceadvisor.knowledge.Echo.of(m);
    }

    private static void cleanStale(Path dir) {
        Instant old = Instant.now().minus(STALE);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(TMP_SUFFIX)).toList()) {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(old)) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // another process may have removed it; nothing to clean
                }
            }
        } catch (IOException e) {
            // cleaning is best effort; the write itself reports real problems
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not every file system lets a folder be opened for syncing; the rename is done either way
        }
    }
}
