package vn.ntm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

@IntegrationTest
class UserAdminTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAndChangesAnAccountAndItIsAuditedWithoutThePassword() {
        Map<String, String> admin = accounts.bearer(Role.ADMIN, null, List.of());
        String username = "officer.tavan-" + UUID.randomUUID().toString().substring(0, 6);

        JsonNode created = api.send("POST", "/api/admin/users", """
                {"username": "%s", "displayName": "Cán bộ xã Tả Van", "password": "mat-khau-dai-1",
                 "role": "commune_officer", "provinceCode": "15", "communes": ["%s"]}"""
                .formatted(username, communeOf("15")), admin).json();
        JsonNode changed = api.send("PATCH", "/api/admin/users/" + created.get("id").asLong(),
                "{\"enabled\": false, \"version\": " + created.get("version").asInt() + "}", admin).json();

        assertThat(created.get("role").asString()).isEqualTo("commune_officer");
        assertThat(changed.get("enabled").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT string_agg(coalesce(before::text, '') || after::text, '') FROM audit_log "
                + "WHERE entity = 'user' AND entity_id = :username").param("username", username)
                .query(String.class).single())
                .contains(username).doesNotContain("mat-khau").doesNotContain("bcrypt");
    }

    @Test
    void nonAdministratorsCannotManageAccounts() {
        for (Role role : List.of(Role.PROVINCE_PLANNER, Role.COMMUNE_OFFICER, Role.SURVEYOR, Role.VIEWER)) {
            Map<String, String> caller = accounts.bearer(role, role == Role.VIEWER ? null : "14",
                    role == Role.COMMUNE_OFFICER ? List.of("03679") : List.of());
            assertThat(api.send("GET", "/api/admin/users", null, caller).status()).as(role.code()).isEqualTo(403);
            assertThat(api.send("POST", "/api/admin/users", "{\"username\": \"x-" + role.code().replace('_', '-')
                    + "\", \"password\": \"0123456789\", \"role\": \"admin\"}", caller).status()).as(role.code())
                    .isEqualTo(403);
        }
    }

    @Test
    void scopesMustBeRealAndFitTheRole() {
        Map<String, String> admin = accounts.bearer(Role.ADMIN, null, List.of());

        assertThat(create(admin, "{\"username\": \"p1x\", \"password\": \"0123456789\", \"role\": \"province_planner\", "
                + "\"provinceCode\": \"99\"}")).isEqualTo("provinceCode");
        assertThat(create(admin, "{\"username\": \"p2x\", \"password\": \"0123456789\", \"role\": \"commune_officer\", "
                + "\"provinceCode\": \"14\", \"communes\": [\"" + communeOf("12") + "\"]}")).isEqualTo("communes");
        assertThat(create(admin, "{\"username\": \"p3x\", \"password\": \"short\", \"role\": \"viewer\"}"))
                .isEqualTo("password");
        assertThat(create(admin, "{\"username\": \"Bad Name\", \"password\": \"0123456789\", \"role\": \"viewer\"}"))
                .isEqualTo("username");
    }

    private String create(Map<String, String> admin, String json) {
        Api.Response response = api.send("POST", "/api/admin/users", json, admin);
        assertThat(response.status()).isEqualTo(400);
        return response.json().get("invalidParams").get(0).get("name").asString();
    }

    private String communeOf(String province) {
        return jdbc.sql("SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL AND province_code = :p "
                + "ORDER BY code LIMIT 1").param("p", province).query(String.class).single();
    }
}
