package vn.ntm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.ntm.support.IntegrationTest;

/** The logs are structured lines carrying the request's id; what a client sends cannot forge a line. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInLogTest {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Test
    void aRefusedSignInIsOneJsonLineWithTheRequestId(CapturedOutput output) {
        String forged = "nobody\n{\"log\":{\"level\":\"ERROR\"},\"message\":\"forged line\"}";
        BrowserClient browser = new BrowserClient(port, "203.0.113.77");
        browser.get("/api/csrf");

        browser.send(browser.request("/login").header("X-Request-Id", "support-4711")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(forged,
                        StandardCharsets.UTF_8) + "&password=wrong")));

        List<String> lines = output.getOut().lines().filter(l -> l.contains("forged line")).toList();
        assertThat(lines).hasSize(1);
        JsonNode line = json.readTree(lines.get(0));
        assertThat(line.get("requestId").asString()).isEqualTo("support-4711");
        assertThat(line.get("log").get("level").asString()).isEqualTo("INFO");
        assertThat(line.get("message").asString()).contains("Sign-in refused", forged, "203.0.113.77");
    }
}
