package com.allianceadvisor.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a rendered report to a file: atomically (see {@link AtomicFiles}), never over a file unless forced. */
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
        AtomicFiles.write(target, text);
        return target;
    }
}
