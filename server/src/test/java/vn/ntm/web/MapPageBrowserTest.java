package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.support.Browser.assertAtLeast44;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.Browser;
import vn.ntm.support.IntegrationTest;

/** The map page in headless Chromium, used as a planner would. */
@IntegrationTest
class MapPageBrowserTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(1280, 860);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theMapDrawsCommunesAndTheLegendCountsMatchTheApi() {
        load("");
        browser.waiting().until(d -> featuresDrawn() > 0);

        JsonNode summary = api.get("/api/status/summary").json();
        JsonNode counts = summary.get("counts");
        Map<String, String> legend = browser.driver().findElements(By.cssSelector("#legend li")).stream()
                .collect(Collectors.toMap(li -> li.getAttribute("data-level"),
                        // Counts are shown in the Vietnamese number format (2.526): compared as plain digits.
                        li -> li.findElement(By.className("count")).getText().replace(".", "")));
        assertThat(legend).isNotEmpty().containsEntry("not_assessed", summary.get("notAssessed").asString())
                .allSatisfy((level, count) -> assertThat(count).isEqualTo(level.equals("not_assessed")
                        ? summary.get("notAssessed").asString() : counts.get(level).asString()));
        assertThat(browser.driver().findElement(By.cssSelector("#legend li.not-assessed")).getText())
                .contains("Không đánh giá NTM (phường)");
        browser.screenshot("map-overview");
    }

    @Test
    void clickingAWardSaysItIsNotAssessed() {
        load("#year=2025&lat=21.31&lng=103.98&z=12");
        browser.waiting().until(d -> featuresDrawn() > 0);

        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.id("map"))).click().perform();

        WebElement panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel")));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("panel-title"), "Phường Chiềng Sinh"));
        assertThat(panel.findElements(By.cssSelector("tr.criterion"))).isEmpty();
        assertThat(panel.getText()).contains("Không đánh giá NTM (phường)");
        browser.screenshot("ward-panel-2025");
    }

    @Test
    void aMergedXaHasNineteenCriteriaIn2025AndItsPredecessorsYears() {
        load("#year=2025&unit=03390");
        browser.waiting().until(ExpectedConditions.textToBe(By.id("panel-title"), "Xã Bình Lư"));
        WebElement xa = browser.driver().findElement(By.id("panel"));
        assertThat(xa.findElements(By.cssSelector("tr.criterion"))).hasSize(19);
        assertThat(xa.getText()).contains("Quy hoạch", "Giao thông", "Quốc phòng và An ninh", "2.1");
        assertThat(xa.findElement(By.id("predecessor-history")).getText()).contains("2021:", "2024:", "/2 xã cũ");
        browser.screenshot("commune-panel-2025");
    }

    @Test
    void searchWithoutDiacriticsFindsChiengSinh() {
        load("");
        browser.driver().findElement(By.id("search")).sendKeys("chieng sinh");

        WebElement result = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='search-results']/li[contains(., 'Phường Chiềng Sinh')]")));
        result.click();

        browser.waiting().until(ExpectedConditions.textToBe(By.id("panel-title"), "Phường Chiềng Sinh"));
        assertThat(browser.driver().getCurrentUrl()).contains("unit=03679");
    }

    @Test
    void theYearSelectorRedrawsTheColors() {
        load("#year=2025");
        browser.waiting().until(d -> featuresDrawn() > 0);
        String before = pixels();

        new Select(browser.driver().findElement(By.id("year"))).selectByValue("2026");

        browser.waiting().until(d -> featuresDrawn() > 0 && !pixels().equals(before));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#legend h2"), "2026"));
        assertThat(browser.driver().getCurrentUrl()).contains("year=2026");
    }

    @Test
    void aSharedLinkRestoresTheViewAndTheLanguage() {
        load("#lang=en&year=2025&unit=03688&layers=provinces,communes,villages");

        browser.waiting().until(ExpectedConditions.textToBe(By.id("panel-title"), "Xã Mường Chiên"));
        assertThat(browser.driver().findElement(By.cssSelector(".topbar h1")).getText())
                .isEqualTo("New Rural Development monitoring map");
        assertThat(browser.driver().findElement(By.id("panel")).getText()).contains("Criteria: ");
    }

    @Test
    void theGapViewListsAndMarksVillagesWithoutCleanWater() {
        load("#province=12&gaps=missing_facility");

        WebElement gaps = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("gaps")));
        browser.waiting().until(d -> !gaps.findElements(By.cssSelector("li.gap")).isEmpty());
        long listed = gaps.findElements(By.cssSelector("li.gap")).size();
        assertThat(api.get("/api/gaps?province=12&kind=missing_facility&limit=300").json().get("items").size())
                .isEqualTo(listed);
        assertThat(browser.driver().findElements(By.cssSelector("path.leaflet-interactive")).size())
                .isGreaterThanOrEqualTo((int) listed);
    }

    @Test
    void onAPhoneThePanelIsABottomSheet() {
        browser.close();
        browser = Browser.open(390, 844);
        load("#unit=03679");

        WebElement panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel")));
        assertThat(panel.getRect().getWidth()).isGreaterThan(360);
        assertThat(panel.getRect().getY()).isGreaterThan(200);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#map path.selection")).isEmpty());
        browser.screenshot("phone-panel");
    }

    @Test
    void onAPhoneTheHeaderIsACompactBarAndTheLegendStartsFolded() {
        browser.close();
        browser = Browser.open(390, 844);
        load("");

        WebElement header = browser.driver().findElement(By.cssSelector("header.topbar"));
        WebElement gapsButton = browser.driver().findElement(By.id("gaps-button"));
        assertThat(header.getRect().getHeight()).isLessThanOrEqualTo(60);
        assertThat(gapsButton.isDisplayed()).isFalse();
        WebElement legend = browser.driver().findElement(By.id("legend"));
        WebElement toggle = legend.findElement(By.cssSelector(".legend-toggle"));
        assertThat(legend.findElement(By.tagName("ul")).isDisplayed()).isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getRect().getHeight()).isGreaterThanOrEqualTo(44);
        browser.screenshot("phone-map");

        WebElement menu = browser.driver().findElement(By.id("menu-button"));
        assertAtLeast44(menu);
        menu.click();
        assertThat(gapsButton.isDisplayed()).isTrue();
        assertAtLeast44(gapsButton);
        toggle.click();
        assertThat(legend.findElement(By.tagName("ul")).isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    }

    @Test
    void onADesktopTheLegendIsOpenAndThereIsNoMenuButton() {
        load("");

        assertThat(browser.driver().findElement(By.cssSelector("#legend ul")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("menu-button")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("gaps-button")).isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneAGapOpensOneSheetAtATimeWithABackStepAndFingerSizedTargets() {
        browser.close();
        browser = Browser.open(390, 844);
        signIn("officer.chiengsinh");
        long featureId = api.get("/api/gaps?commune=03679&kind=poor_condition&limit=1").json().get("items").get(0)
                .get("featureId").asLong();
        load("#province=14&gaps=poor_condition");
        browser.driver().navigate().refresh();
        load("#province=14&gaps=poor_condition");
        WebElement gaps = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("gaps")));
        WebElement gap = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#gaps li[data-feature='" + featureId + "'] .link")));
        assertThat(gap.getRect().getHeight()).isGreaterThanOrEqualTo(44);
        assertAtLeast44(gaps.findElement(By.cssSelector(".close")));

        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", gap);
        gap.click();

        WebElement feature = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#feature #condition-form")));
        assertThat(gaps.isDisplayed()).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("aside.side")).stream().filter(WebElement::isDisplayed))
                .hasSize(1);
        assertAtLeast44(browser.driver().findElement(By.cssSelector("#feature .close")));
        assertThat(feature.findElement(By.cssSelector("button[type=submit]")).getRect().getHeight())
                .isGreaterThanOrEqualTo(44);
        assertThat(browser.driver().findElements(By.cssSelector("#map path.selection"))).hasSize(1);
        browser.screenshot("phone-gap-feature");

        browser.driver().findElement(By.cssSelector("#feature .back")).click();

        browser.waiting().until(ExpectedConditions.visibilityOf(gaps));
        assertThat(browser.driver().findElement(By.id("feature")).isDisplayed()).isFalse();
        assertThat(gaps.findElements(By.cssSelector("li.gap"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#map path.selection"))).isEmpty();
    }


    private void signIn(String username) {
        browser.signInOnPhone(port, username);
    }

    @Test
    void namesAreShownAsTextNeverAsMarkup() {
        String code = jdbc.sql("SELECT code FROM admin_unit WHERE level = 'village' AND code LIKE '03679-%' ORDER BY code LIMIT 1")
                .query(String.class).single();
        String hostile = "Bản <img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
        String original = jdbc.sql("SELECT full_name FROM admin_unit WHERE code = :c").param("c", code)
                .query(String.class).single();
        jdbc.sql("UPDATE admin_unit SET full_name = :n WHERE code = :c").param("n", hostile).param("c", code).update();
        try {
            load("#unit=" + code);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("panel-title"), hostile));
            assertThat(browser.driver().findElement(By.id("panel")).getText()).doesNotContain("null");
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss")).isNull();
            assertThat(browser.driver().findElements(By.cssSelector("#panel img, #panel script"))).isEmpty();
        } finally {
            jdbc.sql("UPDATE admin_unit SET full_name = :n WHERE code = :c").param("n", original).param("c", code).update();
        }
    }

    @Test
    void aCategoryAddedToTheDatabaseIsInTheLayerSwitcherAndDrawn() {
        jdbc.sql("""
                INSERT INTO infra_category (code, name_vi, name_en, criterion, sort)
                VALUES ('bridge', 'Cầu <b>treo</b>', 'Bridges', 2, 90)""").update();
        try {
            jdbc.sql("""
                    INSERT INTO infrastructure (category, name, geom, data_source, updated_by)
                    VALUES ('bridge', 'Cầu Chiềng Sinh', ST_SetSRID(ST_MakePoint(103.98, 21.31), 4326), 'test', 'test')""")
                    .update();
            load("#lat=21.31&lng=103.98&z=12&layers=bridge");

            WebElement entry = browser.driver().findElement(By.cssSelector(".leaflet-control-layers span[data-layer='bridge']"));
            assertThat(entry.getAttribute("textContent")).isEqualTo("Cầu <b>treo</b>");
            assertThat(browser.driver().findElements(By.cssSelector(".leaflet-control-layers b"))).isEmpty();
            browser.waiting().until(d -> featuresDrawn("bridge") == 1);
            assertThat((Boolean) script("""
                    const tile = [...document.querySelectorAll('.vt-layer[data-layer=bridge] canvas[data-features="1"]')][0];
                    const pixels = tile.getContext('2d').getImageData(0, 0, tile.width, tile.height).data;
                    return pixels.some((value, i) => i % 4 === 3 && value > 0);""")).isTrue();
            browser.screenshot("new-category");
        } finally {
            jdbc.sql("DELETE FROM infrastructure WHERE category = 'bridge'").update();
            jdbc.sql("DELETE FROM infra_category WHERE code = 'bridge'").update();
        }
    }

    @Test
    void tilesThatLeaveTheViewAreFreedAndTheirRequestsAborted() throws InterruptedException {
        load("#lat=21.31&lng=103.98&z=10&layers=communes");
        browser.waiting().until(d -> featuresDrawn() > 0);
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 1500, "downloadThroughput", -1, "uploadThroughput", -1));
        WebElement zoomIn = browser.driver().findElement(By.cssSelector(".leaflet-control-zoom-in"));
        for (int i = 0; i < 3; i++) {
            zoomIn.click();
            Thread.sleep(400); // the zoom animation: the level's tiles are still on their way
        }
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        script("document.getElementById('map').focus()");
        Actions pan = new Actions(browser.driver());
        for (int i = 0; i < 30; i++) {
            pan.sendKeys(i < 15 ? Keys.ARROW_RIGHT : Keys.ARROW_DOWN);
        }
        pan.perform();

        browser.waiting().until(d -> (Boolean) script("""
                const layer = document.querySelector('.vt-layer[data-layer=communes]');
                const tiles = layer.querySelectorAll('canvas.vt-tile');
                return [...tiles].every((t) => t.dataset.features !== undefined)
                  && Number(layer.dataset.cached) === tiles.length;"""));
        long fetched = (Long) script("return performance.getEntriesByType('resource')"
                + ".filter((e) => e.name.includes('/tiles/communes/')).length");
        long cached = Long.parseLong(communes().getAttribute("data-cached"));
        assertThat(Long.parseLong(communes().getAttribute("data-aborted"))).isPositive();
        assertThat(cached).isPositive().isLessThan(fetched);
    }

    private WebElement communes() {
        return browser.driver().findElement(By.cssSelector(".vt-layer[data-layer=communes]"));
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }

    private void load(String hash) {
        browser.loadMap(port, hash);
    }

    private long featuresDrawn() {
        return featuresDrawn("");
    }

    /** Features drawn on the tiles of a layer, or of all layers when {@code layer} is empty. */
    private long featuresDrawn(String layer) {
        String scope = layer.isEmpty() ? "" : ".vt-layer[data-layer=" + layer + "] ";
        try {
            List<WebElement> tiles = browser.driver().findElements(By.cssSelector(scope + "canvas.vt-tile[data-features]"));
            return tiles.stream().mapToLong(t -> Long.parseLong(t.getAttribute("data-features"))).sum();
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return 0; // the tiles were being replaced (a new year): count again
        }
    }

    /** All drawn tiles, as images: a change of any color changes this. */
    private String pixels() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('canvas.vt-tile[data-features]'))"
                        + ".map(c => c.toDataURL()).join('|')");
    }
}
