package vn.ntm.gis.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeZipExtractorTest {

    static final SafeZipExtractor LIMITS = new SafeZipExtractor(100, 20L << 20, 10L << 20, 100);

    @TempDir
    Path dir;

    @Test
    void extractsAnOrdinaryShapefileArchive() throws Exception {
        Path zip = zip("ok.zip", "roads/roads.shp", "x".repeat(1000), "roads/roads.dbf", "y");

        LIMITS.extract(zip, dir.resolve("out"));

        assertThat(dir.resolve("out/roads/roads.shp")).hasSize(1000);
        assertThat(dir.resolve("out/roads/roads.dbf")).exists();
    }

    @Test
    void refusesZipSlipAndLeavesNothingBehind() throws Exception {
        Path zip = zip("slip.zip", "ok.txt", "fine", "../../evil.txt", "gotcha");

        assertThatThrownBy(() -> LIMITS.extract(zip, dir.resolve("out")))
                .isInstanceOf(UnsafeArchiveException.class)
                .extracting(e -> ((UnsafeArchiveException) e).reason()).isEqualTo(UnsafeArchiveException.Reason.ZIP_SLIP);
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void refusesAbsolutePaths() throws Exception {
        Path zip = zip("abs.zip", "/etc/passwd-copy", "x");

        assertThatThrownBy(() -> LIMITS.extract(zip, dir.resolve("out"))).isInstanceOf(UnsafeArchiveException.class);
    }

    @Test
    void refusesAZipBombByWhatItInflatesTo() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zeros.shp"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                out.write(zeros);
            }
        }

        assertThatThrownBy(() -> LIMITS.extract(zip, dir.resolve("out")))
                .extracting(e -> ((UnsafeArchiveException) e).reason())
                .isEqualTo(UnsafeArchiveException.Reason.RATIO_EXCEEDED);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void refusesTooManyEntries() throws Exception {
        Path zip = dir.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 101; i++) {
                out.putNextEntry(new ZipEntry("f" + i));
                out.write('x');
            }
        }

        assertThatThrownBy(() -> LIMITS.extract(zip, dir.resolve("out")))
                .extracting(e -> ((UnsafeArchiveException) e).reason())
                .isEqualTo(UnsafeArchiveException.Reason.TOO_MANY_ENTRIES);
    }

    @Test
    void refusesBytesThatAreNotAZip() throws Exception {
        Path zip = Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});

        assertThatThrownBy(() -> LIMITS.extract(zip, dir.resolve("out")))
                .extracting(e -> ((UnsafeArchiveException) e).reason()).isEqualTo(UnsafeArchiveException.Reason.CORRUPT);
    }

    private Path zip(String name, String... entriesAndContents) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(entriesAndContents[i]));
                out.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }
}
