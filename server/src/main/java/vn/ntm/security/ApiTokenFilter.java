package vn.ntm.security;

import java.io.IOException;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Authenticates {@code Authorization: Bearer ntm_…} requests; an unknown token is a 401. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final ProblemResponses problems;

    ApiTokenFilter(AccountRepository accounts, ProblemResponses problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer ");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring("Bearer ".length()).trim();
        var user = accounts.findByTokenHash(ApiTokens.hash(token));
        if (user.isEmpty()) {
            problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The API token is unknown, revoked or expired");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.get().role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
