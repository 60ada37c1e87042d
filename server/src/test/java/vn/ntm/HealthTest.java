package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

@IntegrationTest
class HealthTest {

    @Autowired
    Api api;

    @Test
    void healthIsUp() {
        Api.Response response = api.get("/actuator/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theMapPageIsServed() {
        Api.Response response = api.get("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(new String(response.bytes(), StandardCharsets.UTF_8))
                .contains("Bản đồ giám sát Nông thôn mới", "/webjars/leaflet/dist/leaflet.js");
        assertThat(api.get("/webjars/leaflet/dist/leaflet.js").status()).isEqualTo(200);
        assertThat(api.get("/webjars/pbf/index.js").status()).isEqualTo(200);
        assertThat(api.get("/app/main.js").status()).isEqualTo(200);
    }
}
