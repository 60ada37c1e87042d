package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

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
}
