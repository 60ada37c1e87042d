package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import vn.ntm.support.Api;
import vn.ntm.support.Browser;
import vn.ntm.support.IntegrationTest;

/** The central office's national view in the browser: every province, the choropleths, the drill-down, a phone. */
@IntegrationTest
class NationalPageBrowserTest {

    @Autowired
    Api api;

    @Value("${local.server.port}")
    int port;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyProvinceIsShownAndLeadsToItsDashboard() {
        browser = Browser.open(1366, 900);
        load("/staff.html?page=national");

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#national-provinces tbody tr"));
        assertThat(rows).hasSize(34);
        String table = browser.driver().findElement(By.id("national-provinces")).getText();
        api.get("/api/meta").json().get("provinces").forEach(p -> assertThat(table).contains(p.get("fullName").asString()));
        assertThat(row("68").getText()).contains("100%", "Không so sánh được sau sắp xếp");
        assertThat(row("12").getText()).contains("10 (2030)", "thực hiện");
        assertThat(browser.driver().findElement(By.id("national-country")).getText())
                .contains(String.valueOf(api.get("/api/national/indicators").json().get("country").get("communes").asInt()));
        waitForMap();
        assertThat(browser.driver().findElements(By.cssSelector("#national-map canvas.vt-tile"))).isNotEmpty();
        browser.screenshot("national");

        browser.driver().findElement(By.cssSelector("input[name=by][value=commune]")).click();
        browser.waiting().until(d -> "commune".equals(map().getAttribute("data-by")));
        waitForMap();
        assertThat(browser.driver().findElements(By.cssSelector("#national-map .vt-layer[data-layer=communes]"))).hasSize(1);
        assertThat(browser.driver().findElement(By.id("national-legend")).getText()).contains("Không đánh giá NTM");
        browser.screenshot("national-communes");

        row("14").findElement(By.cssSelector("a.drill")).click();
        browser.waiting().until(ExpectedConditions.urlContains("page=dashboard&province=14"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff.html?page=dashboard&province=14");
    }

    @Test
    void onAPhoneNothingIsWiderThanTheScreenAndEnglishIsOneTapAway() {
        browser = Browser.open(390, 844);
        load("/staff.html?page=national");
        waitForMap();

        assertThat(browser.driver().findElements(By.cssSelector("#national-provinces tbody tr"))).hasSize(34);
        // The map's tiles overflow its box, which clips them; everything else stays on the screen.
        assertThat((List<?>) js("return [...document.querySelectorAll('body *')]"
                + ".filter((e) => !e.closest('.leaflet-container') && e.getBoundingClientRect().right > innerWidth + 1)"
                + ".map((e) => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8)")).isEmpty();
        browser.screenshot("national-phone");
        js("document.getElementById('national-provinces').scrollIntoView()");
        browser.screenshot("national-phone-provinces");

        browser.driver().findElement(By.id("lang")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#content h2"), "nationwide"));
        assertThat(row("68").getText()).contains("Not comparable after the merger");
    }

    private WebElement row(String code) {
        return browser.driver().findElement(By.cssSelector("#national-provinces tr[data-code='" + code + "']"));
    }

    private WebElement map() {
        return browser.driver().findElement(By.id("national-map"));
    }

    private void waitForMap() {
        browser.waiting().until(d -> "true".equals(map().getAttribute("data-loaded")));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private void load(String path) {
        browser.driver().get("http://localhost:" + port + path);
        browser.waiting().until(d -> "true".equals(((JavascriptExecutor) d)
                .executeScript("return document.body.dataset.ready")));
    }
}
