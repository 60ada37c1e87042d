package vn.ntm.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Calls the running server over HTTP, as a client would. */
@TestComponent
public class Api {

    /** A response: status, content type, raw body, the body as JSON when it is JSON, cookies set, all headers. */
    public record Response(int status, String contentType, byte[] bytes, JsonNode json, List<String> headers,
            HttpHeaders allHeaders) {

        /** The first value of a response header, or null. */
        public String header(String name) {
            return allHeaders.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final Environment environment;
    private final ObjectMapper mapper;

    Api(Environment environment, ObjectMapper mapper) {
        this.environment = environment;
        this.mapper = mapper;
    }

    /** A query-string value, percent-encoded as UTF-8. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, Map.of());
    }

    /** Any request; {@code json} is the body (sent as application/json) or null. */
    public Response send(String method, String pathAndQuery, String json, Map<String, String> headers) {
        return send(method, pathAndQuery,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json),
                json == null ? null : "application/json", headers);
    }

    /** Headers of an anonymous browser that fetched its CSRF cookie: the cookie and the matching header. */
    public Map<String, String> csrf() {
        String setCookie = send("GET", "/api/csrf", null, Map.of()).headers().stream()
                .filter(h -> h.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        String token = setCookie.substring("XSRF-TOKEN=".length(), setCookie.indexOf(';'));
        return Map.of("Cookie", "XSRF-TOKEN=" + token, "X-XSRF-TOKEN", token);
    }

    /** Starts a report ({@code json}: its request) as {@code user} and waits for it: the job, done or failed. */
    public JsonNode report(String json, Map<String, String> user) throws InterruptedException {
        JsonNode job = send("POST", "/api/reports", json, user).json();
        String id = job.get("id").asString();
        for (int i = 0; i < 600 && !job.get("status").asString().matches("done|failed"); i++) {
            Thread.sleep(100);
            job = send("GET", "/api/reports/" + id, null, user).json();
        }
        return job;
    }

    /** A multipart/form-data POST. */
    public Response post(String pathAndQuery, Multipart form, Map<String, String> headers) {
        return send("POST", pathAndQuery, HttpRequest.BodyPublishers.ofByteArray(form.bytes()), form.contentType(),
                headers);
    }

    private Response send(String method, String pathAndQuery, HttpRequest.BodyPublisher body, String contentType,
            Map<String, String> headers) {
        URI uri = URI.create("http://localhost:" + environment.getProperty("local.server.port") + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode parsed = type.contains("json") ? mapper.readTree(response.body()) : null;
            return new Response(response.statusCode(), type, response.body(), parsed,
                    response.headers().allValues("Set-Cookie"), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
