package vn.ntm.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import vn.ntm.support.Multipart;

/**
 * A browser-like client: keeps its cookies (session, CSRF) like the web app does, and comes from its
 * own address when given one (X-Forwarded-For, which the test profile trusts).
 */
public class BrowserClient {

    private final CookieManager cookies;
    private final HttpClient http;
    private final int port;
    private final String address;

    private BrowserClient(CookieManager cookies, int port, String address) {
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.port = port;
        this.address = address;
    }

    public BrowserClient(int port, String address) {
        this(new CookieManager(), port, address);
    }

    public BrowserClient(int port) {
        this(port, null);
    }

    /** The same browser (its cookies) talking to the server on {@code otherPort}, as behind a load balancer. */
    public BrowserClient on(int otherPort) {
        return new BrowserClient(cookies, otherPort, address);
    }

    /** The login form's POST, with the CSRF header when {@code withCsrf}. */
    public HttpResponse<String> login(String username, String password, boolean withCsrf) {
        return login("/login", username, password, withCsrf);
    }

    /** A sign-in posted to {@code path} (the login path as a client may spell it). */
    HttpResponse<String> login(String path, String username, String password, boolean withCsrf) {
        get("/api/csrf");
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username,
                        StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        return send(withCsrf ? request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN")) : request);
    }

    public HttpResponse<String> login(String username, String password) {
        return login(username, password, true);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A JSON write; with the CSRF header (fetching the cookie first) when {@code withCsrf}. */
    public HttpResponse<String> write(String method, String path, String json, boolean withCsrf) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf) {
            get("/api/csrf");
            request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        }
        return send(request);
    }

    /** A multipart/form-data POST with the CSRF header. */
    public HttpResponse<String> post(String path, Multipart form) {
        get("/api/csrf");
        return send(request(path).header("Content-Type", form.contentType())
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN")).POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return address == null ? request : request.header("X-Forwarded-For", address);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
