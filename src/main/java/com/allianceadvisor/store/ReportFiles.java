package com.allianceadvisor.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a rendered report to a file: atomically (temporary file, then rename), never over a file unless forced. */
public final class ReportFiles {
    private ReportFiles() {
    }

    public static Path write(Path file, String text, boolean force) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new BadInputException("option --out: " + file + " is a folder; give a file name");
        }
        if (Files.exists(target) && !force) {
            throw new BadInputException("option --out: " + file + " exists; add --force to overwrite it");
        }
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new BadInputException("option --out: " + file + " cannot be written (" + e.getMessage() + ")");
        }
        return target;
    }
}
