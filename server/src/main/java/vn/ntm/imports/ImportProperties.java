package vn.ntm.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where uploads are unpacked and the limits they must keep.
 *
 * @param workDir         a directory per import job is made here
 * @param maxSize         largest upload
 * @param maxEntries      most files in an uploaded archive
 * @param maxUnpackedSize most bytes an archive may unpack to
 * @param maxRatio        most unpacked bytes per packed byte (zip bombs)
 * @param commandTimeout  longest a GDAL tool may run on one file
 */
@ConfigurationProperties("ntm.imports")
record ImportProperties(Path workDir, DataSize maxSize, int maxEntries, DataSize maxUnpackedSize, double maxRatio,
        Duration commandTimeout) {
}
