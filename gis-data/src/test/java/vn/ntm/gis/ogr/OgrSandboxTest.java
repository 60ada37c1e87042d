package vn.ntm.gis.ogr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OgrSandboxTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aVrtNamedGeoJsonIsNotOpenedAsAVrt() throws Exception {
        Path vrt = Files.writeString(dir.resolve("x.geojson"), "<OGRVRTDataSource><OGRVRTLayer name=\"x\">"
                + "<SrcDataSource>CSV:/etc/services</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>");

        assertThatThrownBy(() -> OgrInfo.read(vrt, "GeoJSON", OgrInfoTest.LIMITS, Map.of()))
                .isInstanceOf(OgrException.class).hasMessageNotContaining("services");
    }

    @Test
    void anInspectionReachesNoUrl() throws Exception {
        try (var server = new HostileFiles.CountingServer("{\"type\":\"FeatureCollection\",\"features\":[]}")) {
            String url = "/vsicurl/" + server.url() + "/x.geojson";

            assertThatThrownBy(() -> OgrSandbox.run(List.of("ogrinfo", "-ro", "-so", url), Set.of("GeoJSON"), true,
                    OgrInfoTest.LIMITS, Map.of())).isInstanceOf(OgrException.class);
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void aGeoPackageThatNeverEndsIsStoppedAtItsCpuLimit() throws Exception {
        Path gpkg = HostileFiles.endlessGeoPackage(dir);
        long start = System.nanoTime();

        assertThatThrownBy(() -> OgrInfo.read(gpkg, "GPKG", new OgrSandbox.Limits(TIMEOUT, Duration.ofSeconds(2),
                4L << 30), Map.of())).isInstanceOfSatisfying(OgrException.class, e -> assertThat(e.timedOut()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }
}
