package vn.ntm.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

@IntegrationTest
class TileApiTest {

    /** The z7 tile over Sơn La city (Chiềng Sinh, code 03679). */
    static final String SON_LA_TILE = "/7/101/56.mvt";

    @Autowired
    Api api;

    @Test
    void communeTileCarriesTheLayerAndItsCommunes() {
        Api.Response response = api.get("/tiles/communes" + SON_LA_TILE);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/vnd.mapbox-vector-tile");
        String text = new String(response.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("communes", "03679", "Chiềng Sinh", "criteria_met");
    }

    @Test
    void tileOutsideTheDataIsEmpty() {
        Api.Response response = api.get("/tiles/communes/7/0/0.mvt");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bytes()).isEmpty();
    }

    @Test
    void unknownLayerIsNotFound() {
        Api.Response response = api.get("/tiles/rivers" + SON_LA_TILE);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource({"/tiles/communes/3/8/1.mvt, x", "/tiles/communes/3/1/8.mvt, y", "/tiles/communes/23/0/0.mvt, z",
            "/tiles/communes/-1/0/0.mvt, z"})
    void outOfRangeTilesAreBadRequests(String path, String parameter) {
        Api.Response response = api.get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(parameter);
    }
}
