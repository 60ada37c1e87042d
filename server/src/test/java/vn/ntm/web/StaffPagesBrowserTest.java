package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.Browser;
import vn.ntm.support.Images;
import vn.ntm.support.IntegrationTest;

/** Citizens and staff in the browser: a report from the map, sign-in, dashboard, moderation, administration. */
@IntegrationTest
class StaffPagesBrowserTest {

    static final String PASSWORD = "ntm-demo";

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCitizenReportsAProblemWithAPhotoAndGetsAReference() throws Exception {
        load("/#lat=21.31&lng=103.98&z=13");
        browser.driver().findElement(By.id("report-button")).click();
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.id("map"))).click().perform();
        browser.driver().findElement(By.id("report-description")).sendKeys("Rác thải đổ bên suối gần bản");
        Path photo = Files.createTempFile("ntm", ".png");
        Files.write(photo, Images.png(120, 90));
        browser.driver().findElement(By.cssSelector("#report-form input[type=file]")).sendKeys(photo.toString());
        browser.driver().findElement(By.cssSelector("#report-form button[type=submit]")).click();

        String reference = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-reference")))
                .getText();
        assertThat(reference).matches("PA-[0-9A-Z]{8}");
        assertThat(browser.driver().findElement(By.id("report")).getText()).contains("Chờ xử lý").doesNotContain("null");
        assertThat(jdbc.sql("""
                SELECT c.code FROM feedback f JOIN admin_unit c ON c.id = f.commune_id
                JOIN feedback_photo p ON p.feedback_id = f.id WHERE f.reference = :r""")
                .param("r", reference).query(String.class).single()).isEqualTo("03679");
        browser.screenshot("citizen-report");
    }

    @Test
    void aCommuneOfficerUpdatesARoadsConditionMeetsAConflictAndRecordsAnInspection() throws Exception {
        long id = jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = '03679' AND i.category = 'road' AND i.condition IN ('good', 'fair')
                ORDER BY i.id LIMIT 1""").query(Long.class).single();
        signIn("officer.chiengsinh");
        load("/index.html#feature=" + id);
        WebElement panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feature")));
        assertThat(panel.getText()).contains("Giao thông").contains("Phường Chiềng Sinh");

        new Select(panel.findElement(By.cssSelector("#condition-form select[name=condition]"))).selectByValue("poor");
        panel.findElement(By.cssSelector("#condition-form button[type=submit]")).click();
        browser.waiting().until(d -> shownCondition().contains("Xuống cấp"));
        assertThat(condition(id)).isEqualTo("poor");

        jdbc.sql("UPDATE infrastructure SET condition = 'good', row_version = row_version + 1 WHERE id = :id")
                .param("id", id).update();
        WebElement form = browser.driver().findElement(By.id("condition-form"));
        new Select(form.findElement(By.name("condition"))).selectByValue("unusable");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "người khác sửa"));
        browser.waiting().until(d -> shownCondition().contains("Tốt"));
        assertThat(condition(id)).isEqualTo("good");

        Path photo = Files.createTempFile("ntm", ".png");
        Files.write(photo, Images.png(160, 120));
        WebElement inspection = browser.driver().findElement(By.id("inspection-form"));
        inspection.findElement(By.name("note")).sendKeys("Mặt đường sạt lở một đoạn 20 m");
        inspection.findElement(By.name("photo")).sendKeys(photo.toString());
        inspection.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#feature .inspection img")));
        assertThat(browser.driver().findElement(By.cssSelector("#feature .inspection")).getText())
                .contains("Mặt đường sạt lở một đoạn 20 m").contains("officer.chiengsinh");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection WHERE infrastructure_id = :id AND photo IS NOT NULL")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        browser.screenshot("field-update");
    }

    /** The condition the feature panel shows, read in one step as the panel re-renders after each save. */
    private String shownCondition() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('#feature [data-fact=condition]')?.textContent"));
    }

    private String condition(long id) {
        return jdbc.sql("SELECT condition FROM infrastructure WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void aPlannerIssuesVillageCriteriaFromTheDashboard() {
        signIn("planner.laichau");
        browser.driver().findElement(By.linkText("Theo dõi, báo cáo")).click();
        WebElement form = browser.waiting().until(
                ExpectedConditions.visibilityOfElementLocated(By.id("village-criteria-form")));
        form.findElement(By.name("nameVi")).sendKeys("Bộ tiêu chí bản nông thôn mới tỉnh Lai Châu");
        form.findElement(By.name("yearFrom")).clear();
        form.findElement(By.name("yearFrom")).sendKeys("2027");
        form.findElement(By.name("decisionNo")).sendKeys("QĐ 12/QĐ-UBND");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('#village-criteria-form [name=decisionDate]').value = '2026-10-01'");
        form.findElement(By.name("criteria")).sendKeys("* Giao thông bản\nNhà văn hóa bản\nNước sạch");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("village-criteria"),
                "QĐ 12/QĐ-UBND"));
        assertThat(browser.driver().findElement(By.id("village-criteria")).getText())
                .contains("2027–2030").contains("Nhà văn hóa bản");
        assertThat(jdbc.sql("""
                SELECT string_agg(c.number || ':' || c.is_key, ',' ORDER BY c.number) FROM criterion c
                JOIN criteria_set s ON s.id = c.set_id WHERE s.code = 'THON_12_2027_2030'""")
                .query(String.class).single()).isEqualTo("1:true,2:false,3:false");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('village-criteria').scrollIntoView()");
        browser.screenshot("village-criteria");
    }

    @Test
    void aPlannerSignsInAndUsesTheDashboard() {
        signIn("planner.sonla");
        browser.driver().findElement(By.linkText("Theo dõi, báo cáo")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("indicators")));

        // Sơn La's 67 xã (its 8 phường are not counted).
        assertThat(browser.driver().findElement(By.id("indicators")).getText()).contains("67", "8 phường, thị trấn không tính");
        assertThat(browser.driver().findElements(By.cssSelector("#targets figure svg"))).isNotEmpty();
        WebElement preMerger = browser.driver().findElement(By.cssSelector(
                "#targets figure[data-metric=communes_standard][data-basis=pre_merger]"));
        assertThat(preMerger.getText()).contains("2025: 83", "trước sắp xếp", "trên 188 xã", "NQ 22-NQ/TU",
                "(đến 30/06/2025)");
        assertThat(browser.driver().findElement(By.cssSelector("#targets figure.not_comparable")).getText())
                .contains("Không so sánh được sau sắp xếp");
        assertThat(browser.driver().findElement(By.cssSelector("#targets figure[data-metric=communes_model]")).getText())
                .contains("3–5");
        assertThat(browser.driver().findElement(By.id("classifications")).getText()).contains("ĐBKK");
        assertThat(browser.driver().findElement(By.id("next-deadline")).getText()).contains("15/12");
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('targets').scrollIntoView()");
        browser.screenshot("dashboard-targets");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('targets').scrollIntoView()");
        browser.screenshot("dashboard-targets-phone");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('targets').scrollWidth <= document.getElementById('targets').clientWidth"))
                .isEqualTo(true);
        // Nothing on the phone-width dashboard is wider than the screen: no sideways scrolling.
        assertThat((List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1)"
                        + ".map((e) => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8)")).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        browser.driver().findElement(By.id("report-pdf")).click();
        WebElement download = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-download")));
        assertThat(download.getAttribute("href")).contains("/api/reports/");
        assertThat(browser.driver().findElements(By.cssSelector("#exports a")).stream().map(a -> a.getAttribute("href")))
                .anyMatch(h -> h.contains("/api/exports/units?province=14")).anyMatch(h -> h.contains("/api/exports/infrastructure"));
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('report').scrollIntoView()");
        browser.screenshot("dashboard");

        // A year without criteria results: no data, not an average of 0.
        new Select(browser.driver().findElement(By.id("dash-year"))).selectByValue("2024");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("indicators"), "2024"));
        assertThat(browser.driver().findElement(By.id("average-criteria")).getText()).contains("Chưa có dữ liệu")
                .doesNotContain("0.0");
        assertThat(browser.driver().findElement(By.id("below-15")).getText()).contains("Chưa có dữ liệu");
        browser.screenshot("dashboard-no-data");
    }

    @Test
    void aCommuneOfficerSeesTheReportsOfTheirCommuneInTheModerationQueue() {
        jdbc.sql("""
                INSERT INTO feedback (reference, category, description, location, commune_id)
                SELECT 'PA-BROWSER1', 'water_outage', 'Mất nước ba ngày', ST_SetSRID(ST_MakePoint(103.98, 21.31), 4326), id
                FROM admin_unit WHERE code = '03679' AND valid_to IS NULL
                ON CONFLICT (reference) DO NOTHING""").update();
        signIn("officer.chiengsinh");
        browser.driver().findElement(By.linkText("Xử lý phản ánh")).click();

        WebElement card = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.card[data-reference='PA-BROWSER1']")));
        assertThat(card.getText()).contains("Mất nước ba ngày");
        browser.screenshot("moderation");
    }

    @Test
    void anAdministratorSeesAccountsAndTheAuditTrail() {
        signIn("admin");
        browser.driver().findElement(By.linkText("Quản trị")).click();

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-username='planner.sonla']")));
        assertThat(browser.driver().findElement(By.id("audit")).getText()).contains("Nhật ký thay đổi", "Xuất CSV");
        browser.screenshot("admin");
    }

    private void signIn(String username) {
        load("/");
        browser.driver().findElement(By.id("sign-in")).click();
        browser.driver().findElement(By.cssSelector("#login-dialog input[name=username]")).sendKeys(username);
        browser.driver().findElement(By.cssSelector("#login-dialog input[name=password]")).sendKeys(PASSWORD);
        browser.driver().findElement(By.cssSelector("#login-dialog button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
    }

    private void load(String path) {
        browser.driver().get("http://localhost:" + port + path);
        browser.waiting().until(d -> "true".equals(((JavascriptExecutor) d)
                .executeScript("return document.body.dataset.ready")));
    }
}
