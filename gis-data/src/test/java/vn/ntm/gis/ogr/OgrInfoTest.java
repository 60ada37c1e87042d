package vn.ntm.gis.ogr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OgrInfoTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final OgrSandbox.Limits LIMITS = new OgrSandbox.Limits(TIMEOUT, TIMEOUT, 4L << 30);

    @TempDir
    Path dir;

    @Test
    void readsTheLayerOfAShapefileMadeByOgr2ogr() throws Exception {
        Path shp = shapefile("villages", "UTF-8", "Bản Nà Sản");

        OgrInfo.DatasetInfo info = OgrInfo.read(shp, "ESRI Shapefile", LIMITS, Map.of());

        assertThat(info.driver()).isEqualTo("ESRI Shapefile");
        LayerInfo layer = info.layers().get(0);
        assertThat(layer.name()).isEqualTo("villages");
        assertThat(layer.geometryType()).isEqualTo("Polygon");
        assertThat(layer.featureCount()).isEqualTo(2);
        assertThat(layer.extent()).containsExactly(103.9, 21.3, 104.1, 21.4);
        assertThat(layer.srsWkt()).contains("WGS");
        assertThat(layer.fields()).contains("TEN_THON", "MA_THON");
    }

    @Test
    void theDbfTextComesBackAsStoredForEncodingDetection() throws Exception {
        Path shp = shapefile("tcvn", "TCVN5712-1", "Chiềng Sinh");

        List<byte[]> values = DbfText.nonAsciiValues(shp.resolveSibling("tcvn.dbf"), 10);

        assertThat(values).isNotEmpty();
        assertThat(values.get(0)).isEqualTo(new byte[] {'C', 'h', 'i', (byte) 0xD2, 'n', 'g', ' ', 'S', 'i', 'n', 'h'});
    }

    @Test
    void aCorruptShapefileIsATypedFailureNotAHang() throws Exception {
        Path shp = shapefile("broken", "UTF-8", "x");
        Files.write(shp, new byte[] {0, 0, 39, 10, 1, 2, 3});

        assertThatThrownBy(() -> OgrInfo.read(shp, "ESRI Shapefile", LIMITS, Map.of())).isInstanceOf(OgrException.class);
    }

    private Path shapefile(String name, String encoding, String villageName) throws Exception {
        String geojson = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"TEN_THON":"%s","MA_THON":"01"},
                  "geometry":{"type":"Polygon","coordinates":[[[103.9,21.3],[104.0,21.3],[104.0,21.4],[103.9,21.3]]]}},
                 {"type":"Feature","properties":{"TEN_THON":"Bản Mòn","MA_THON":"02"},
                  "geometry":{"type":"Polygon","coordinates":[[[104.0,21.3],[104.1,21.3],[104.1,21.4],[104.0,21.3]]]}}]}"""
                .formatted(villageName);
        Path source = Files.writeString(dir.resolve(name + ".geojson"), geojson, StandardCharsets.UTF_8);
        Path shp = dir.resolve(name + ".shp");
        OgrCommand.run(List.of("ogr2ogr", "-f", "ESRI Shapefile", shp.toString(), source.toString(), "-lco",
                "ENCODING=" + encoding), TIMEOUT, Map.of());
        return shp;
    }
}
