package vn.ntm.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a sign-in with 429 while its username or client address is locked out, before the password is checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + SecurityConfig.LOGIN).equals(request.getRequestURI());
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
