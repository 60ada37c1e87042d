package vn.ntm.common;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends the public map's reads to the read replica ({@link ReadReplica}): GET and HEAD of tiles, OGC API,
 * units, statuses and dashboards by a visitor with no session and no token. Writes, and every read by a
 * signed-in user (who must see their own writes), go to the primary.
 */
@Component
class LagTolerantReads extends OncePerRequestFilter {

    private static final List<PathPattern> PATHS = List.of("/tiles/**", "/ogc/**", "/api/units/**",
            "/api/status/**", "/api/gaps", "/api/meta", "/api/exports/**", "/api/provinces/*/indicators",
            "/api/provinces/*/targets", "/api/provinces/*/target-baselines", "/api/provinces/*/classifications",
            "/api/provinces/*/village-criteria", "/api/provinces/*/commune-criteria/**", "/api/infrastructure/*")
            .stream().map(PathPatternParser.defaultInstance::parse).toList();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!lagTolerant(request)) {
            chain.doFilter(request, response);
            return;
        }
        try (ReadReplica.LagTolerant read = ReadReplica.lagTolerant()) {
            chain.doFilter(request, response);
        }
    }

    /** A visitor's read of the public map: no session of theirs (which a response could save) nor token. */
    static boolean lagTolerant(HttpServletRequest request) {
        if (!(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))
                || request.getRequestedSessionId() != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI()
                .substring(request.getContextPath().length()));
        return PATHS.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
