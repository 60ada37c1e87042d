package vn.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.security.InjectionTest;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Multipart;
import vn.ntm.support.TestAccounts;

/**
 * A NUL character (%00) anywhere in a query parameter of every read is a 400 problem naming the
 * parameter, never a 500 from PostgreSQL; in a path code, Tomcat refuses it with 400 itself.
 */
@IntegrationTest
class NulCharacterTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Map<String, String> admin;

    @BeforeEach
    void signIn() {
        admin = accounts.bearer(Role.ADMIN, null, List.of());
    }

    static Stream<Arguments> reads() {
        return InjectionTest.READS.stream().flatMap(read -> Stream.of("%00", "a%00b", "14%00").map(nul -> Arguments.of(read, nul)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("reads")
    void isRefusedNamingTheParameter(String read, String nul) {
        Api.Response response = api.send("GET", read.replace("$", nul), null, admin);

        assertThat(response.status()).as(read).isEqualTo(400);
        int query = read.indexOf("=$");
        if (query > 0) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("invalidParams").get(0).get("name").asString())
                    .isEqualTo(read.substring(Math.max(read.lastIndexOf('?', query), read.lastIndexOf('&', query)) + 1, query));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherPlaces")
    void isRefusedWhereverItIs(String pathAndQuery, String parameter) {
        Api.Response response = api.send("GET", pathAndQuery, null, admin);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(parameter);
    }

    static Stream<Arguments> otherPlaces() {
        return Stream.of(Arguments.of("/api/units?q=Chi%E1%BB%81ng%00", "q"), Arguments.of("/api/units?q%00=x", "q\\u0000"),
                Arguments.of("/ogc/collections/communes/items?bbox=103%00,21,104,22", "bbox"),
                Arguments.of("/api/units?q=x&level=commune%00", "level"));
    }

    @Test
    void inAFormFieldOfAWriteItIsRefusedAndNothingIsStored() {
        long feature = jdbc.sql("SELECT min(id) FROM infrastructure").query(Long.class).single();
        long inspections = jdbc.sql("SELECT count(*) FROM inspection").query(Long.class).single();

        Api.Response response = api.post("/api/infrastructure/" + feature + "/inspections", new Multipart()
                .field("inspectedOn", "2026-11-20").field("note", "Mặt đường nứt\u0000"), admin);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("note");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection").query(Long.class).single()).isEqualTo(inspections);
    }
}
