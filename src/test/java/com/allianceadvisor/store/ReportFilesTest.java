package com.allianceadvisor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aReportIsWrittenWithoutLeavingATemporaryFile() throws Exception {
        Path file = tmp.resolve("out/report.md");

        Path written = ReportFiles.write(file, "# report\n", false);

        assertThat(Files.readString(written)).isEqualTo("# report\n");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.md");
        }
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path file = Files.writeString(tmp.resolve("report.md"), "old");

        assertThatThrownBy(() -> ReportFiles.write(file, "new", false)).isInstanceOf(BadInputException.class)
                .hasMessage("option --out: " + file + " exists; add --force to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("old");

        ReportFiles.write(file, "new", true);
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void aFolderIsNotAReportFile() {
        assertThatThrownBy(() -> ReportFiles.write(tmp, "x", true)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("is a folder; give a file name");
    }
}
