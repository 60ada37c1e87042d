package vn.ntm.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/** API tokens for scripts: random, shown once, stored only as a SHA-256 hash. */
@Component
class ApiTokens {

    static final String PREFIX = "ntm_";

    private final SecureRandom random = new SecureRandom();
    private final AccountRepository accounts;

    ApiTokens(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Issues a token for a user and returns it; it cannot be recovered later. */
    String issue(CurrentUser user, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.createToken(user.id(), name, hash(token));
        return token;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
