package vn.ntm.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import vn.ntm.gis.ogr.OgrSandbox;

/**
 * Where uploads are unpacked and the limits they must keep.
 *
 * @param workDir         a directory per import job is made here
 * @param maxSize         largest upload
 * @param maxEntries      most files in an uploaded archive
 * @param maxUnpackedSize most bytes an archive may unpack to
 * @param maxRatio        most unpacked bytes per packed byte (zip bombs)
 * @param inspectTimeout  longest GDAL may take to read what a file holds (ogrinfo, gdalsrsinfo)
 * @param loadTimeout     longest ogr2ogr may take to load a file into staging
 * @param maxCpu          most CPU time any GDAL run may use (an inspection no more than its timeout)
 * @param maxMemory       most address space any GDAL run may use
 */
@ConfigurationProperties("ntm.imports")
record ImportProperties(Path workDir, DataSize maxSize, int maxEntries, DataSize maxUnpackedSize, double maxRatio,
        Duration inspectTimeout, Duration loadTimeout, Duration maxCpu, DataSize maxMemory) {

    OgrSandbox.Limits inspection() {
        return new OgrSandbox.Limits(inspectTimeout, maxCpu.compareTo(inspectTimeout) < 0 ? maxCpu : inspectTimeout,
                maxMemory.toBytes());
    }

    OgrSandbox.Limits loading() {
        return new OgrSandbox.Limits(loadTimeout, maxCpu, maxMemory.toBytes());
    }
}
