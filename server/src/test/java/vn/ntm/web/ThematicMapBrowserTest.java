package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.Browser;
import vn.ntm.support.IntegrationTest;

/** The planner's map in headless Chromium, on a desktop and a phone: themes, time, two maps, place names. */
@IntegrationTest
class ThematicMapBrowserTest {

    static final String SON_LA_Z9 = "&lat=21.30&lng=104.00&z=9";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"1366, 768, desktop", "390, 844, phone"})
    void anIndicatorMapHasItsLegendWithTheApisCountsInBothLanguages(int width, int height, String screen) {
        browser = Browser.open(width, height);
        load("#year=2025&theme=indicator:2.2" + SON_LA_Z9);
        browser.waiting().until(d -> featuresDrawn("communes") > 0);
        JsonNode legend = api.get("/api/themes/legend?theme=indicator:2.2&year=2025").json();

        Map<String, String> shown = legendCounts("legend");
        for (JsonNode c : legend.get("classes")) {
            assertThat(shown).containsEntry(c.get("value").asString(), c.get("count").asString());
        }
        assertThat(shown).containsEntry("not_assessed", legend.get("notAssessed").asString());
        assertThat(text("#legend h2")).startsWith("Chỉ tiêu 2.2").contains("(2025)");
        assertThat(text("#legend li:first-child .name")).matches("\\d+(,\\d)?\u00a0% – < \\d+(,\\d)?\u00a0%");
        assertThat((Long) script("return performance.getEntriesByType('resource').filter((e) => "
                + "e.name.includes('/tiles/communes/') && e.name.includes('theme=indicator%3A2.2')).length")).isPositive();
        browser.screenshot("theme-indicator-" + screen + "-vi");

        switchLanguage();

        browser.waiting().until(d -> text("#legend h2").startsWith("Indicator 2.2"));
        assertThat(text("#legend li:first-child .name")).matches("\\d+(\\.\\d)?% – < \\d+(\\.\\d)?%");
        browser.screenshot("theme-indicator-" + screen + "-en");
    }

    @Test
    void aCommuneWithoutDataIsCountedApartFromTheClasses() {
        String removed = "DELETE FROM indicator_result r USING indicator i, admin_unit u WHERE i.id = r.indicator_id "
                + "AND u.id = r.unit_id AND i.code = '2.2' AND r.year = 2025 AND u.code = '03688' AND u.valid_to IS NULL "
                + "RETURNING r.unit_id, r.indicator_id, r.value_numeric, r.met";
        Map<String, Object> row = jdbc.sql(removed).query().singleRow();
        try {
            browser = Browser.open(1366, 768);
            // Sơn La alone: the other provinces' communes have no demo data at all.
            load("#year=2025&theme=indicator:2.2&province=14" + SON_LA_Z9);
            browser.waiting().until(d -> featuresDrawn("communes") > 0);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#legend li[data-level=no_data]")).isEmpty());

            assertThat(legendCounts("legend")).containsEntry("no_data", "1");
            assertThat(text("#legend li[data-level=no_data] .name")).isEqualTo("Chưa có dữ liệu");
            browser.screenshot("theme-no-data");
        } finally {
            jdbc.sql("""
                    INSERT INTO indicator_result (unit_id, year, indicator_id, value_numeric, met, updated_by)
                    VALUES (:unit, 2025, :indicator, :value, :met, 'test')""")
                    .param("unit", row.get("unit_id")).param("indicator", row.get("indicator_id"))
                    .param("value", row.get("value_numeric")).param("met", row.get("met")).update();
        }
    }

    @ParameterizedTest
    @CsvSource({"1366, 768, desktop", "390, 844, phone"})
    void theYearSliderAndPlayStepThroughTheYears(int width, int height, String screen) {
        browser = Browser.open(width, height);
        load("#year=2025" + SON_LA_Z9);
        browser.waiting().until(d -> featuresDrawn("communes") > 0);
        List<Integer> years = new ArrayList<>();
        api.get("/api/meta").json().get("years").forEach(y -> years.add(y.asInt()));

        script("const s = document.getElementById('year-slider'); s.value = arguments[0];"
                + "s.dispatchEvent(new Event('input'));", years.indexOf(2026));

        browser.waiting().until(d -> d.getCurrentUrl().contains("year=2026"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#legend h2"), "2026"));
        assertThat(text("#year-shown")).isEqualTo("2026");
        assertThat(browser.driver().findElement(By.id("year")).getAttribute("value")).isEqualTo("2026");
        browser.screenshot("year-slider-" + screen);

        WebElement play = browser.driver().findElement(By.id("play"));
        play.click(); // at the last year: starts again from the first
        browser.waiting().until(d -> d.getCurrentUrl().contains("year=" + years.get(1)));
        play.click();
        assertThat(play.getAttribute("data-playing")).isNull();
        sleep(1000); // a year that was loading when paused arrives
        String paused = browser.driver().getCurrentUrl();
        assertThat(paused).contains("year=" + text("#year-shown"));
        sleep(2500);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(paused);
    }

    @ParameterizedTest
    @CsvSource({"1366, 768, desktop", "390, 844, phone"})
    void twoYearsSideBySideMoveTogether(int width, int height, String screen) {
        browser = Browser.open(width, height);
        load("#year=2026&theme=criteria_met&compare=2025" + SON_LA_Z9);
        WebElement right = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("map2")));
        browser.waiting().until(d -> featuresDrawn("#map2", "communes") > 0 && featuresDrawn("#map", "communes") > 0);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#legend2 h2"), "2025"));

        assertThat(text("#compare-title")).startsWith("2025");
        assertThat(text("#legend h2")).contains("2026");
        assertThat(right.getRect().getWidth()).isCloseTo(browser.driver().findElement(By.id("map")).getRect().getWidth(),
                org.assertj.core.data.Offset.offset(4));
        browser.waiting().until(d -> labels("#map").equals(labels("#map2")) && !labels("#map").isEmpty());

        browser.driver().findElement(By.cssSelector("#map .leaflet-control-zoom-in")).click();

        browser.waiting().until(d -> d.getCurrentUrl().contains("z=10"));
        browser.waiting().until(d -> labels("#map").equals(labels("#map2")) && !labels("#map").isEmpty());
        assertThat(browser.driver().getCurrentUrl()).contains("compare=2025");
        browser.screenshot("two-years-" + screen);

        browser.driver().findElement(By.id("compare-close")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("map2")));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("compare=");
    }

    @ParameterizedTest
    @CsvSource({"1366, 768, desktop", "390, 844, phone"})
    void placeNamesFitTheZoom(int width, int height, String screen) {
        browser = Browser.open(width, height);
        load("#year=2025" + SON_LA_Z9);
        browser.waiting().until(d -> !labels("#map", "commune").isEmpty());

        assertThat(labels("#map", "province")).contains("14");
        assertThat(labels("#map", "village")).isEmpty();
        assertNoLabelsOverlap();
        browser.screenshot("labels-z9-" + screen);

        load("#year=2025&lat=21.3275&lng=103.9144&z=12");
        browser.waiting().until(d -> !labels("#map", "village").isEmpty());

        assertThat(labels("#map", "commune")).isNotEmpty();
        assertNoLabelsOverlap();
        browser.screenshot("labels-z12-" + screen);
    }

    @Test
    void theOpenCommuneIsOutlinedWithItsShapeBesideThePanelAndAnEditedHashMovesTheMap() {
        browser = Browser.open(1366, 768);
        load("#year=2025" + SON_LA_Z9);
        browser.driver().findElement(By.id("search")).sendKeys("muong chien");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='search-results']/li[contains(., 'Xã Mường Chiên')]"))).click();

        browser.waiting().until(d -> pathPoints("#map path.selection") > 20);
        WebElement outline = browser.driver().findElement(By.cssSelector("#map path.selection"));
        WebElement map = browser.driver().findElement(By.id("map"));
        WebElement panel = browser.driver().findElement(By.id("panel"));
        assertThat(outline.getRect().getX() + outline.getRect().getWidth())
                .isLessThanOrEqualTo(map.getRect().getX() + map.getRect().getWidth());
        assertThat(map.getRect().getX() + map.getRect().getWidth()).isLessThanOrEqualTo(panel.getRect().getX());
        assertThat(browser.driver().findElements(By.cssSelector(".leaflet-control-layers-expanded"))).isEmpty();

        script("location.hash = arguments[0]", "year=2026&lat=22.30&lng=103.50&z=9");

        browser.waiting().until(d -> "2026".equals(d.findElement(By.id("year")).getAttribute("value")));
        browser.waiting().until(d -> d.getCurrentUrl().contains("lat=22.3"));
        browser.waiting().until(d -> labels("#map", "province").contains("12"));
    }

    @Test
    void onAPhoneZoomingToACommuneKeepsItAboveTheSheet() {
        browser = Browser.open(390, 844);
        load("#year=2025" + SON_LA_Z9);
        browser.driver().findElement(By.id("menu-button")).click();
        browser.driver().findElement(By.id("search")).sendKeys("muong chien");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='search-results']/li[contains(., 'Xã Mường Chiên')]"))).click();

        WebElement panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel")));
        browser.waiting().until(d -> pathPoints("#map path.selection") > 20);
        sleep(600); // the zoom animation
        WebElement outline = browser.driver().findElement(By.cssSelector("#map path.selection"));
        assertThat(outline.getRect().getY() + outline.getRect().getHeight()).isLessThanOrEqualTo(panel.getRect().getY());
        assertThat(browser.driver().findElements(By.cssSelector(".leaflet-control-layers-expanded"))).isEmpty();
        browser.screenshot("phone-commune-outline");
    }

    private void assertNoLabelsOverlap() {
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> boxes = (List<Map<String, Number>>) script("""
                return [...document.querySelectorAll('#map .map-label')].map((e) => {
                  const r = e.getBoundingClientRect();
                  return { l: r.left, r: r.right, t: r.top, b: r.bottom };
                });""");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Map<String, Number> a = boxes.get(i);
                Map<String, Number> b = boxes.get(j);
                boolean overlap = a.get("l").doubleValue() < b.get("r").doubleValue() - 1
                        && a.get("r").doubleValue() > b.get("l").doubleValue() + 1
                        && a.get("t").doubleValue() < b.get("b").doubleValue() - 1
                        && a.get("b").doubleValue() > b.get("t").doubleValue() + 1;
                assertThat(overlap).as("labels %d and %d overlap", i, j).isFalse();
            }
        }
    }

    private Set<String> labels(String map) {
        return labels(map, "commune");
    }

    @SuppressWarnings("unchecked")
    private Set<String> labels(String map, String level) {
        return ((List<String>) script("return [...document.querySelectorAll(arguments[0] + ' .map-label.' + arguments[1])]"
                + ".filter((e) => !e.parentElement.hidden).map((e) => e.dataset.code)", map, level))
                .stream().collect(Collectors.toSet());
    }

    private long pathPoints(String selector) {
        return (Long) script("const p = document.querySelector(arguments[0]);"
                + "return p ? (p.getAttribute('d').match(/L/g) || []).length : 0", selector);
    }

    private Map<String, String> legendCounts(String id) {
        return browser.driver().findElements(By.cssSelector("#" + id + " li")).stream()
                .collect(Collectors.toMap(li -> li.getAttribute("data-level"),
                        li -> li.findElement(By.className("count")).getAttribute("textContent")));
    }

    private void switchLanguage() {
        WebElement lang = browser.driver().findElement(By.id("lang"));
        if (!lang.isDisplayed()) {
            browser.driver().findElement(By.id("menu-button")).click();
        }
        lang.click();
    }

    private String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getAttribute("textContent").trim();
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, args);
    }

    private void load(String hash) {
        browser.load("http://localhost:" + port + "/" + hash);
    }

    private long featuresDrawn(String layer) {
        return featuresDrawn("#map", layer);
    }

    private long featuresDrawn(String map, String layer) {
        try {
            return browser.driver().findElements(By.cssSelector(map + " .vt-layer[data-layer=" + layer
                    + "] canvas.vt-tile[data-features]")).stream()
                    .mapToLong(t -> Long.parseLong(t.getAttribute("data-features"))).sum();
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return 0;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
