package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.security.Role;
import vn.ntm.support.Browser;
import vn.ntm.support.Images;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * The map on a phone (390×844) without signal: the offline pack, writes kept in the outbox across a
 * reload and sent when the signal returns, a conflict put to the officer, a session that ended while
 * offline, the sheet's states and the gap list's nearest-first order. "No signal" is DevTools' network
 * emulation for the page plus the service worker's test hook for the worker's own fetches.
 */
@IntegrationTest
class OfflineBrowserTest {

    static final String COMMUNE = "03679";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Value("${local.server.port}")
    int port;

    Browser browser;
    String officer;
    long featureId;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(390, 844);
        officer = accounts.user(Role.COMMUNE_OFFICER, "14", List.of(COMMUNE));
        featureId = jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = :c AND i.category <> 'road' ORDER BY i.id LIMIT 1""")
                .param("c", COMMUNE).query(Long.class).single();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anUpdateAndAnInspectionWithAPhotoMadeOfflineSurviveAReloadAndAreSentWhenTheSignalReturns() throws Exception {
        signIn();
        load("");
        waitForServiceWorker();
        takeCommunesOffline();
        long version = version();
        String condition = otherCondition();

        offline(true);
        load("#feature=" + featureId);
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("condition-form")));
        new Select(form.findElement(By.name("condition"))).selectByValue(condition);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> waitingCount() == 1);
        WebElement inspection = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inspection-form")));
        inspection.findElement(By.name("note")).sendKeys("Sạt lở taluy, ghi khi không có sóng");
        Path photo = Files.createTempFile("offline-photo", ".png");
        Files.write(photo, Images.png(40, 30));
        inspection.findElement(By.name("photo")).sendKeys(photo.toString());
        inspection.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> waitingCount() == 2);
        assertThat(version()).isEqualTo(version);

        load("#feature=" + featureId); // the app restarted without signal: nothing typed is lost
        browser.waiting().until(d -> waitingCount() == 2);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("condition-form")));
        assertThat(browser.driver().findElement(By.id("outbox-button")).getText()).isEqualTo("Chờ gửi (2)");
        browser.waiting().until(d -> (Boolean) script("""
                return [...document.querySelectorAll('.vt-layer[data-layer=communes] canvas.vt-tile[data-features]')]
                  .some((tile) => Number(tile.dataset.features) > 0);"""));
        browser.screenshot("offline-waiting-to-send");
        assertThat(version()).isEqualTo(version);

        offline(false);

        browser.waiting().until(d -> waitingCount() == 0);
        assertThat(version()).isEqualTo(version + 1);
        assertThat(jdbc.sql("SELECT condition FROM infrastructure WHERE id = :id").param("id", featureId)
                .query(String.class).single()).isEqualTo(condition);
        Map<String, Object> sent = jdbc.sql("""
                SELECT note, photo IS NOT NULL AS photo, created_by FROM inspection
                WHERE infrastructure_id = :id ORDER BY id DESC LIMIT 1""").param("id", featureId).query().singleRow();
        assertThat(sent).containsEntry("note", "Sạt lở taluy, ghi khi không có sóng").containsEntry("photo", true)
                .containsEntry("created_by", officer);
    }

    @Test
    void anUpdateThatConflictsIsPutToTheOfficerWithBothVersions() {
        String mine = updateWithoutSignal();
        String theirs = "good".equals(mine) ? "fair" : "good";
        jdbc.sql("""
                UPDATE infrastructure SET condition = :c, row_version = row_version + 1, updated_by = 'someone.else'
                WHERE id = :id""").param("c", theirs).param("id", featureId).update();
        long current = version();

        offline(false);

        WebElement button = browser.waiting().until(d -> {
            WebElement b = d.findElement(By.id("outbox-button"));
            return b.getAttribute("class").contains("attention") ? b : null;
        });
        assertThat(condition()).isEqualTo(theirs);
        button.click();
        WebElement conflict = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#outbox-dialog li[data-state=conflict]")));
        WebElement row = conflict.findElement(By.cssSelector("tr[data-field=condition]"));
        assertThat(row.findElement(By.className("mine")).getText()).isNotEqualTo(row.findElement(By.className("theirs")).getText());
        assertThat(conflict.getText()).contains("someone.else");
        browser.screenshot("offline-conflict");

        conflict.findElement(By.className("keep-mine")).click();

        browser.waiting().until(d -> waitingCount() == 0);
        assertThat(condition()).isEqualTo(mine);
        assertThat(version()).isEqualTo(current + 1);
    }

    @Test
    void aSessionThatEndedWhileOfflineKeepsTheWriteUntilTheOfficerSignsInAgain() {
        String mine = updateWithoutSignal();
        browser.driver().manage().deleteCookieNamed("SESSION");

        offline(false);

        browser.waiting().until(d -> d.findElement(By.id("outbox-button")).getAttribute("class").contains("attention"));
        assertThat(waitingCount()).isEqualTo(1);
        assertThat(condition()).isNotEqualTo(mine);
        browser.driver().findElement(By.id("outbox-button")).click();
        assertThat(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox-sign-in"))).getText())
                .contains("đăng nhập lại");
        browser.driver().findElement(By.cssSelector("#outbox-dialog .primary")).click();

        signInFromTheMenu();

        browser.waiting().until(d -> waitingCount() == 0);
        assertThat(condition()).isEqualTo(mine);
    }

    @Test
    void theSheetIsPulledBetweenPeekHalfAndFullByTouchMouseOrKeyboard() {
        load("#unit=" + COMMUNE);
        WebElement panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel")));
        WebElement handle = panel.findElement(By.className("sheet-handle"));
        int room = browser.driver().findElement(By.tagName("main")).getRect().getHeight();
        assertThat(panel.getAttribute("data-sheet")).isEqualTo("half");
        assertThat(panel.getRect().getHeight()).isBetween(room / 2 - 2, room / 2 + 2);
        assertThat(handle.getRect().getHeight()).isGreaterThanOrEqualTo(44);

        handle.click();
        browser.waiting().until(d -> Math.abs(panel.getRect().getHeight() - room) <= 2);
        assertThat(panel.getAttribute("data-sheet")).isEqualTo("full");
        browser.screenshot("phone-sheet-full");

        new Actions(browser.driver()).clickAndHold(handle).moveByOffset(0, 300).moveByOffset(0, 300).release().perform();
        browser.waiting().until(d -> "peek".equals(panel.getAttribute("data-sheet")));
        browser.waiting().until(d -> panel.getRect().getHeight() <= 110);
        assertThat(browser.driver().findElement(By.id("panel-title")).isDisplayed()).isTrue();
        browser.screenshot("phone-sheet-peek");

        handle.sendKeys(Keys.ARROW_UP);
        assertThat(panel.getAttribute("data-sheet")).isEqualTo("half");
        assertThat(handle.getAttribute("aria-valuenow")).isEqualTo("1");
        handle.sendKeys(Keys.END);
        assertThat(panel.getAttribute("data-sheet")).isEqualTo("full");
    }

    @Test
    void withThePhonesPositionKnownTheGapListPutsTheOfficersNearestFirst() {
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        browser.driver().executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", 21.33, "longitude", 103.93, "accuracy", 10));
        signIn();
        load("#province=14&gaps=poor_condition");

        browser.waiting().until(d -> !d.findElements(By.cssSelector("#gaps li.gap[data-km]")).isEmpty());
        List<WebElement> gaps = browser.driver().findElements(By.cssSelector("#gaps li.gap"));
        List<Boolean> own = gaps.stream().map(li -> COMMUNE.equals(li.getAttribute("data-commune"))).toList();
        List<Double> km = gaps.stream().map(li -> Double.parseDouble(li.getAttribute("data-km"))).toList();
        int owned = (int) own.stream().filter(Boolean::booleanValue).count();
        assertThat(owned).isPositive().isLessThan(gaps.size());
        assertThat(own.subList(0, owned)).containsOnly(true);
        assertThat(km.subList(0, owned)).isSorted();
        assertThat(km.subList(owned, km.size())).isSorted();
        assertThat(browser.driver().findElement(By.id("gaps")).getText()).contains("Gần nhất trước");
        browser.screenshot("phone-gaps-nearest");
    }

    /** Signed in, on the feature's sheet, without signal: sets another condition; returns it, kept in the outbox. */
    private String updateWithoutSignal() {
        signIn();
        load("#feature=" + featureId);
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("condition-form")));
        String mine = otherCondition();
        offline(true);
        new Select(form.findElement(By.name("condition"))).selectByValue(mine);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> waitingCount() == 1);
        return mine;
    }

    private void takeCommunesOffline() {
        browser.driver().findElement(By.id("menu-button")).click();
        browser.driver().findElement(By.id("offline-button")).click();
        WebElement size = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pack-size")));
        assertThat(size.getText()).containsPattern("Dung lượng tải về: ~[0-9.]+ MB \\(máy chủ ước tính\\), [0-9]+ tệp");
        browser.driver().findElement(By.id("pack-download")).click();
        WebElement saved = new WebDriverWait(browser.driver(), Duration.ofMinutes(4))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("pack-saved")));
        assertThat(saved.getText()).containsPattern("Đã lưu lúc .*: [0-9]+ tệp, [0-9.]+ MB");
        assertThat(browser.driver().findElement(By.id("storage-used")).getText()).contains("MB");
        browser.screenshot("offline-pack");
        browser.driver().findElement(By.cssSelector("#offline-dialog .actions button:last-child")).click();
    }

    /** No signal: for the page (DevTools network emulation) and for the service worker (its test hook). */
    private void offline(boolean offline) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const [offline, done] = arguments;
                navigator.serviceWorker.ready.then((registration) => {
                  navigator.serviceWorker.addEventListener('message', (e) => done(e.data.offline), { once: true });
                  registration.active.postMessage({ type: 'simulate-offline', offline });
                });""", offline);
        assertThat(answer).isEqualTo(offline);
    }

    private void waitForServiceWorker() {
        browser.waiting().until(d -> {
            if (Boolean.TRUE.equals(script("return Boolean(navigator.serviceWorker.controller)"))) {
                return true;
            }
            load("");
            return false;
        });
        browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeAsyncScript("""
                const done = arguments[0];
                caches.has('ntm-shell-v1').then(done);"""));
    }

    private long waitingCount() {
        WebElement button = browser.driver().findElement(By.id("outbox-button"));
        String count = button.getAttribute("data-count");
        return count == null ? 0 : Long.parseLong(count);
    }

    private long version() {
        return jdbc.sql("SELECT row_version FROM infrastructure WHERE id = :id").param("id", featureId)
                .query(Long.class).single();
    }

    private String condition() {
        return jdbc.sql("SELECT condition FROM infrastructure WHERE id = :id").param("id", featureId)
                .query(String.class).optional().orElse(null);
    }

    /** A condition the feature does not have now. */
    private String otherCondition() {
        return "poor".equals(condition()) ? "fair" : "poor";
    }

    private void signIn() {
        load("");
        signInFromTheMenu();
    }

    private void signInFromTheMenu() {
        WebElement menu = browser.driver().findElement(By.id("menu-button"));
        if (!"true".equals(menu.getAttribute("aria-expanded"))) {
            menu.click();
        }
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
        browser.driver().findElement(By.cssSelector("#login-dialog input[name=username]")).sendKeys(officer);
        browser.driver().findElement(By.cssSelector("#login-dialog input[name=password]")).sendKeys(TestAccounts.PASSWORD);
        browser.driver().findElement(By.cssSelector("#login-dialog button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
        menu.click();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }

    /** Opens the page afresh (not a same-page jump to another #hash): as the app starting again. */
    private void load(String hash) {
        browser.driver().get("about:blank");
        browser.driver().get("http://localhost:" + port + "/" + hash);
        browser.waiting().until(d -> "true".equals(((JavascriptExecutor) d)
                .executeScript("return document.body.dataset.ready")));
    }
}
