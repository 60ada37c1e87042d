package vn.ntm.common;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses large request bodies early everywhere except imports: an anonymous photo upload cannot
 * make the server take in the hundreds of megabytes a surveyor's shapefile may need.
 */
@Component
class RequestSizeFilter extends OncePerRequestFilter {

    private final long limit;

    RequestSizeFilter(@Value("${ntm.max-request-size:12MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit && !request.getRequestURI().startsWith("/api/imports")) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
                    + "\"detail\":\"The request is larger than " + limit / (1024 * 1024) + " MB\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
