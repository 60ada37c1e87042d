package vn.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

/** NaN, Infinity and coordinates off the globe are refused with 400 naming the parameter. */
@IntegrationTest
class NonFiniteNumbersTest {

    @Autowired
    Api api;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/ogc/collections/communes/items?bbox=NaN,NaN,NaN,NaN | bbox",
            "/ogc/collections/communes/items?bbox=103,21,NaN,22 | bbox",
            "/ogc/collections/road/items?bbox=-Infinity,-90,Infinity,90 | bbox",
            "/ogc/collections/communes/items?bbox=103,21,200,22 | bbox",
            "/ogc/collections/communes/items?bbox=103,-91,104,22 | bbox",
            "/ogc/collections/communes/items?bbox=104,21,103,22 | bbox",
            "/ogc/collections/communes/items?bbox=103,22,104,21 | bbox",
            "/api/units/03679/map-indicators?maxKm=NaN | maxKm",
            "/api/units/03679/map-indicators?maxKm=Infinity | maxKm",
            "/api/units/03679/map-indicators?maxKm=-Infinity | maxKm",
            "/api/units/03679/map-indicators?maxKm=0 | maxKm"})
    void isRefused(String pathAndQuery, String parameter) {
        Api.Response response = api.get(pathAndQuery);

        assertThat(response.status()).as(pathAndQuery).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(parameter);
    }
}
