package vn.ntm.common;

import java.net.URI;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute links to this server (OGC API links, TileJSON tile templates) built from the configured
 * public URL ({@code ntm.public-url}, NTM_PUBLIC_URL), never from the client's Host header. Without
 * one, a request to a loopback name (development, tests, GDAL on the same machine) gets links to
 * that name and the port the server listens on; any other Host gets links relative to the server
 * root, so that a forged Host cannot end up in a response or a cache.
 */
@Component
public class PublicUrl {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final String base;

    PublicUrl(@Value("${ntm.public-url:}") String configured) {
        this.base = configured.isBlank() ? null : checked(configured.strip());
    }

    /** The link to {@code path} (starting with '/'), absolute when the server's public address is known. */
    public String of(String path) {
        if (base != null) {
            return base + path;
        }
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        String root = request.getContextPath() + path;
        String host = request.getServerName();
        if (!LOOPBACK.contains(host)) {
            return root;
        }
        return request.getScheme() + "://" + (host.equals("::1") ? "[::1]" : host) + ":" + request.getLocalPort() + root;
    }

    private static String checked(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ntm.public-url is not a URL: " + url, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("ntm.public-url must be an http(s) URL without query, such as "
                    + "https://ntm.example.gov.vn, not " + url);
        }
        return url.replaceAll("/+$", "");
    }
}
