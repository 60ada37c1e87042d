package vn.ntm.security;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.InvalidParameterException;

/** The signed-in user, the CSRF cookie for the web app, and API tokens for scripts. */
@RestController
class AccountController {

    private final Permissions permissions;
    private final ApiTokens tokens;

    AccountController(Permissions permissions, ApiTokens tokens) {
        this.permissions = permissions;
        this.tokens = tokens;
    }

    @GetMapping("/api/me")
    CurrentUser me() {
        return permissions.current().orElseThrow();
    }

    /** Sets the XSRF-TOKEN cookie whose value the web app sends back in the X-XSRF-TOKEN header. */
    @GetMapping("/api/csrf")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void csrf(CsrfToken token) {
        token.getToken();
    }

    record TokenRequest(String name) {
    }

    /** Issues an API token for the signed-in user; it is shown only in this response. */
    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> issue(@RequestBody TokenRequest request) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw new InvalidParameterException("name", "must name the token in 1 to 100 characters");
        }
        CurrentUser user = permissions.current().orElseThrow();
        return Map.of("name", request.name(), "token", tokens.issue(user, request.name()));
    }
}
