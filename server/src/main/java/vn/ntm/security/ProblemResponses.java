package vn.ntm.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/** RFC 9457 problem documents written by the security filters, before any controller runs. */
@Component
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, Map.of());
    }

    /** A 429 for sign-ins refused while the account or the client address is locked out. */
    void tooManyLogins(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        write(response, 429, "Too many requests",
                "Too many failed sign-ins: try again in " + retryAfterSeconds + " seconds",
                Map.of("detailVi", "Đăng nhập sai quá nhiều lần: hãy thử lại sau " + retryAfterSeconds + " giây"));
    }

    private void write(HttpServletResponse response, int status, String title, String detail,
            Map<String, Object> more) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.putAll(more);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in to do this");
    }

    /** A 401 when nobody is signed in (the CSRF check runs before sign-in is looked at), else a 403. */
    void denied(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Sign in, or send an API token, to make changes");
        } else {
            write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", reason);
        }
    }
}
