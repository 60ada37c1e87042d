package vn.ntm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/** Each role, in and out of its scope, against each write endpoint; checked by the service layer. */
@IntegrationTest
class AuthorisationMatrixTest {

    /** Who is calling: a role and scope, or nobody, or a bogus token. */
    record Caller(String label, Role role, String province, List<String> communes) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final Caller ANONYMOUS = new Caller("anonymous", null, null, List.of());
    static final Caller BAD_TOKEN = new Caller("unknown token", null, null, List.of());

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> infrastructureUpdate() {
        return Stream.of(
                Arguments.of(new Caller("admin", Role.ADMIN, null, List.of()), 200),
                Arguments.of(new Caller("planner of Sơn La", Role.PROVINCE_PLANNER, "14", List.of()), 200),
                Arguments.of(new Caller("planner of Lai Châu", Role.PROVINCE_PLANNER, "12", List.of()), 403),
                Arguments.of(new Caller("officer of Chiềng Sinh", Role.COMMUNE_OFFICER, "14", List.of("03679")), 200),
                Arguments.of(new Caller("officer of Chiềng An", Role.COMMUNE_OFFICER, "14", List.of("03664")), 403),
                Arguments.of(new Caller("officer in Lai Châu", Role.COMMUNE_OFFICER, "12", List.of("03388")), 403),
                Arguments.of(new Caller("surveyor of Sơn La", Role.SURVEYOR, "14", List.of()), 403),
                Arguments.of(new Caller("viewer", Role.VIEWER, null, List.of()), 403),
                Arguments.of(ANONYMOUS, 401),
                Arguments.of(BAD_TOKEN, 401));
    }

    @ParameterizedTest(name = "{0} updating a feature in Chiềng Sinh (Sơn La): {1}")
    @MethodSource("infrastructureUpdate")
    void infrastructureUpdate(Caller caller, int expected) {
        long id = jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = '03679' AND c.valid_to IS NULL ORDER BY i.id LIMIT 1""").query(Long.class).single();
        int version = api.get("/api/infrastructure/" + id).json().get("version").asInt();
        long auditBefore = auditEntries(id);

        Api.Response response = api.send("PATCH", "/api/infrastructure/" + id,
                "{\"condition\": \"fair\", \"version\": " + version + "}", headers(caller));

        assertThat(response.status()).isEqualTo(expected);
        assertThat(response.contentType()).startsWith(expected == 200 ? "application/json" : "application/problem+json");
        assertThat(auditEntries(id)).isEqualTo(expected == 200 ? auditBefore + 1 : auditBefore);
    }

    private Map<String, String> headers(Caller caller) {
        if (caller == ANONYMOUS) {
            return Map.of();
        }
        if (caller == BAD_TOKEN) {
            return Map.of("Authorization", "Bearer ntm_not-a-real-token");
        }
        return accounts.bearer(caller.role(), caller.province(), caller.communes());
    }

    private long auditEntries(long id) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity = 'infrastructure' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
    }
}
