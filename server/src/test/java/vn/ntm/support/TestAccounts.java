package vn.ntm.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ntm.security.AccountRepository;
import vn.ntm.security.Role;

/** Creates throw-away accounts with API tokens, to call the API as a given role and scope. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "test-password-1";

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    /** A new user of this role and scope; returns the Authorization header of a token of theirs. */
    public Map<String, String> bearer(Role role, String provinceCode, List<String> communes) {
        String username = username(role);
        long id = accounts.create(username, "Test " + role, passwords.encode(PASSWORD), role, provinceCode, communes);
        String token = "ntm_test_" + UUID.randomUUID();
        jdbc.sql("INSERT INTO api_token (user_id, name, token_hash) VALUES (:id, 'test', encode(sha256(convert_to(:token, 'UTF8')), 'hex'))")
                .param("id", id).param("token", token).update();
        return Map.of("Authorization", "Bearer " + token);
    }

    /** A new user of this role and scope, for signing in with {@link #PASSWORD}; returns the username. */
    public String user(Role role, String provinceCode, List<String> communes) {
        String username = username(role);
        accounts.create(username, "Test " + role, passwords.encode(PASSWORD), role, provinceCode, communes);
        return username;
    }

    private static String username(Role role) {
        return ("t-" + role.code() + "-" + UUID.randomUUID().toString().substring(0, 8)).replace('_', '.');
    }
}
