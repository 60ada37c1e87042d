package vn.ntm.security;

import java.io.IOException;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a sign-in with 429 while its username or client address is locked out, before the password is checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    /** The sign-in request as form login matches it (decoded path: /%6Cogin is /login too). */
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, SecurityConfig.LOGIN);

    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = throttle.retryAfterSeconds(request.getParameter("username"), request.getRemoteAddr());
        if (wait > 0) {
            problems.tooManyLogins(response, wait);
            return;
        }
        chain.doFilter(request, response);
    }
}
