package vn.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

/**
 * Links to the server are never built from a client's Host header: a forged Host (or forwarded host)
 * does not appear in TileJSON or OGC API links, which are relative unless a public URL is configured.
 */
@IntegrationTest
class PublicUrlTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/ogc", "/ogc/collections", "/ogc/collections/communes",
            "/ogc/collections/communes/items?limit=2&offset=2", "/tiles/communes.json", "/tiles/road.json?year=2025"})
    void aForgedHostIsNotEchoed(String path) throws IOException {
        String response = raw(path, "Host: evil.example\r\nX-Forwarded-Host: evil2.example\r\n"
                + "X-Forwarded-Proto: https\r\nForwarded: host=evil3.example\r\n");

        assertThat(response).startsWith("HTTP/1.1 200").doesNotContain("evil");
        assertThat(response).containsPattern("\"(href|tiles)\":\\[?\"/(ogc|tiles)/");
    }

    @Test
    void aFeatureLinksToItselfWithoutTheForgedHost() throws IOException {
        long id = jdbc.sql("SELECT min(id) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL")
                .query(Long.class).single();

        String response = raw("/ogc/collections/communes/items/" + id, "Host: evil.example\r\n");

        assertThat(response).startsWith("HTTP/1.1 200").doesNotContain("evil")
                .contains("\"href\":\"/ogc/collections/communes/items/" + id + "\"");
    }

    @Test
    void onLocalhostTheLinksAreAbsoluteForClientsThatNeedThem() {
        assertThat(api.get("/tiles/communes.json").json().get("tiles").get(0).asString())
                .startsWith("http://localhost:" + port + "/tiles/communes/{z}/{x}/{y}.mvt?v=");
    }

    @Test
    void aConfiguredPublicUrlIsUsedWhateverTheRequest() {
        assertThat(new PublicUrl("https://ntm.example.gov.vn/ban-do/").of("/ogc/collections"))
                .isEqualTo("https://ntm.example.gov.vn/ban-do/ogc/collections");
        assertThatThrownBy(() -> new PublicUrl("javascript:alert(1)")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PublicUrl("https://ntm.example.gov.vn/?x=1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PublicUrl("ntm.example.gov.vn")).isInstanceOf(IllegalStateException.class);
    }

    /** An HTTP/1.1 exchange written by hand: java.net.http does not let a client set Host. */
    private String raw(String path, String headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + headers + "Accept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
