package vn.ntm.gis.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntm.gis.ogr.OgrCommand;

class PrjReaderTest {

    static final String ESRI_TM3_SON_LA = "PROJCS[\"VN_2000_TM3_104\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",104.0],PARAMETER[\"Scale_Factor\",0.9999],PARAMETER[\"Latitude_Of_Origin\",0.0],"
            + "UNIT[\"Meter\",1.0]]";
    static final String ESRI_UTM48 = "PROJCS[\"VN_2000_UTM_zone_48N\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",105.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],"
            + "UNIT[\"Meter\",1.0]]";
    static final String WGS84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    static final String WGS84_UTM48 = "PROJCS[\"WGS_1984_UTM_Zone_48N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"Central_Meridian\",105.0],"
            + "PARAMETER[\"Scale_Factor\",0.9996],UNIT[\"Meter\",1.0]]";

    @Test
    void vn2000WithoutAShiftGetsTheOfficialOne() {
        CrsDefinition tm3 = PrjReader.read(ESRI_TM3_SON_LA).orElseThrow();

        assertThat(tm3.id()).isEqualTo("EPSG:9206");
        assertThat(tm3.proj()).contains("+lon_0=104 ", "+k=0.9999", Vn2000.TOWGS84);
        assertThat(PrjReader.read(ESRI_UTM48).orElseThrow().id()).isEqualTo("EPSG:3405");
    }

    @Test
    void wgs84DegreesAreWgs84AndOtherSystemsAreLeftToGdal() {
        assertThat(PrjReader.read(WGS84)).hasValue(Vn2000.WGS84);
        assertThat(PrjReader.read(WGS84_UTM48)).isEmpty();
    }

    /** The check value of shared/data/README.md, through ogr2ogr with the catalogue's definition. */
    @Test
    void theTm3DefinitionReproducesTheOfficialCheckValue(@TempDir Path dir) throws Exception {
        Path point = Files.writeString(dir.resolve("p.geojson"),
                "{\"type\":\"Point\",\"coordinates\":[103.9855,21.3270]}");
        String csv = OgrCommand.run(List.of("ogr2ogr", "-f", "CSV", "/vsistdout/", point.toString(), "-s_srs",
                "EPSG:4326", "-t_srs", Vn2000.tm3(104).proj(), "-lco", "GEOMETRY=AS_XY"), Duration.ofSeconds(30),
                Map.of()).stdout();
        String[] xy = csv.lines().skip(1).findFirst().orElseThrow().split(",");

        assertThat(Double.parseDouble(xy[0])).isCloseTo(498299.841, within(0.01));
        assertThat(Double.parseDouble(xy[1])).isCloseTo(2359152.871, within(0.01));
    }

    @Test
    void aProvinceLooksInItsOwnZoneFirstAfterDegrees() {
        List<CrsDefinition> candidates = ProvinceZones.candidates("15");

        assertThat(candidates).extracting(CrsDefinition::id).startsWith("EPSG:4326", "EPSG:9208", "EPSG:3405",
                "EPSG:3406").doesNotHaveDuplicates().contains("EPSG:5899");
        assertThat(ProvinceZones.candidates("99")).extracting(CrsDefinition::id).startsWith("EPSG:4326", "EPSG:3405");
    }
}
