package vn.ntm.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.ObjectMapper;
import vn.ntm.gis.text.LegacyEncoders;
import vn.ntm.support.Browser;
import vn.ntm.support.IntegrationTest;

/**
 * A surveyor uploads a TM-3 shapefile in TCVN3 through the page, reads the report, commits, undoes; an
 * administrator loads a province.
 */
@IntegrationTest
class ImportPageBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Value("${local.server.port}")
    int port;

    @TempDir
    Path dir;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(1280, 1000);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        ProvinceFiles.remove(jdbc);
    }

    @Test
    void aSurveyorUploadsChecksCommitsAndUndoes() throws Exception {
        ImportFiles files = new ImportFiles(dir);
        Path zip = files.shapefileZip("thon_page", files.geojson("thon_page", List.of(ImportFiles.polygon(
                new String(LegacyEncoders.tcvn3("Bản Hua Nà"), StandardCharsets.ISO_8859_1), "03679-71", 103.965, 21.305,
                0.01))), ImportFiles.tm3(104), "ISO-8859-1", false);
        signIn("surveyor.sonla");
        browser.driver().get("http://localhost:" + port + "/staff.html?page=imports");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-file")));

        browser.driver().findElement(By.id("import-file")).sendKeys(zip.toString());
        browser.driver().findElement(By.cssSelector("#content form button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-samples"), "Bản Hua Nà"));
        String job = browser.driver().findElement(By.id("import-job")).getText();
        assertThat(job).contains("VN-2000 / TM-3 104°00'", "suy ra từ tọa độ", "TCVN3");
        assertThat(new Select(browser.driver().findElement(By.id("import-crs"))).getFirstSelectedOption().getText())
                .startsWith("VN-2000 / TM-3 104°00'");
        // The preview map draws the staged features (it stayed empty when the preview answered 406).
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-map path.leaflet-interactive")));
        browser.screenshot("import-report");
        browser.driver().executeScript("document.getElementById('import-map').scrollIntoView()");
        browser.screenshot("import-preview");

        browser.driver().findElement(By.id("import-commit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-job h3"), "Đã ghi"));
        assertThat(jdbc.sql("SELECT full_name FROM admin_unit WHERE code = '03679-71' AND valid_to IS NULL")
                .query(String.class).single()).isEqualTo("Bản Hua Nà");

        browser.driver().findElement(By.id("import-undo")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-job h3"), "Đã hoàn tác"));
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit WHERE code = '03679-71'").query(Integer.class).single()).isZero();
    }

    @Test
    void aCommitCanBeUndoneFromTheHistoryAfterThePageIsReloaded() throws Exception {
        Path geojson = new ImportFiles(dir).geojson("thon_reload", List.of(
                ImportFiles.polygon("Bản Pá Công", "03679-72", 103.975, 21.305, 0.01)));
        signIn("surveyor.sonla");
        browser.driver().get("http://localhost:" + port + "/staff.html?page=imports");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-file")));
        browser.driver().findElement(By.id("import-file")).sendKeys(geojson.toString());
        browser.driver().findElement(By.cssSelector("#content form button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("import-commit"))).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-job h3"), "Đã ghi"));
        String id = browser.driver().findElement(By.cssSelector("#import-job h3")).getText().replaceAll("^#(\\d+).*", "$1");

        browser.driver().navigate().refresh();
        By undo = By.cssSelector("#import-history button.history-undo[data-job='" + id + "']");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(undo)).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-job h3"), "Đã hoàn tác"));
        assertThat(jdbc.sql("SELECT status FROM import_job WHERE id = :id").param("id", Long.parseLong(id))
                .query(String.class).single()).isEqualTo("undone");
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit WHERE code = '03679-72'").query(Integer.class).single()).isZero();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(undo));
    }

    @Test
    void conditionsThatStandForNoCodeAreShownAndMustBeAcceptedBeforeTheCommit() throws Exception {
        Path roads = Files.writeString(dir.resolve("duong.geojson"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"TEN_DUONG":"Đường Nà Sản","TINH_TRANG":"Khá"},
                  "geometry":{"type":"LineString","coordinates":[[103.965,21.305],[103.975,21.312]]}},
                 {"type":"Feature","properties":{"TEN_DUONG":"Đường Hua Nà","TINH_TRANG":"trung_binh"},
                  "geometry":{"type":"LineString","coordinates":[[103.975,21.312],[103.985,21.318]]}}]}""");
        signIn("surveyor.sonla");
        browser.driver().get("http://localhost:" + port + "/staff.html?page=imports");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-file")));
        new Select(browser.driver().findElement(By.id("import-target"))).selectByValue("road");
        browser.driver().findElement(By.id("import-file")).sendKeys(roads.toString());
        browser.driver().findElement(By.cssSelector("#content form button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-warnings"), "“Khá” ×1"));
        assertThat(browser.driver().findElement(By.id("import-commit")).isEnabled()).isFalse();
        browser.driver().findElement(By.id("import-accept-unmapped_values")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("import-commit"))).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-job h3"), "Đã ghi"));
        assertThat(jdbc.sql("""
                SELECT coalesce(condition, attrs -> 'unmapped' ->> 'condition') FROM infrastructure
                WHERE name IN ('Đường Nà Sản', 'Đường Hua Nà') ORDER BY name""").query(String.class).list())
                .containsExactly("fair", "Khá");
        browser.driver().findElement(By.id("import-undo")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-job h3"), "Đã hoàn tác"));
    }

    @Test
    void anAdministratorLoadsAProvinceAcceptingTheRepairOfItsShapesAndUndoesIt() {
        Path file = new ProvinceFiles(dir, json).write("dien_bien", new ProvinceFiles(dir, json).communes());
        signIn("admin");
        browser.driver().get("http://localhost:" + port + "/staff.html?page=imports");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-file")));
        new Select(browser.driver().findElement(By.id("import-target"))).selectByValue("province");
        assertThat(browser.driver().findElement(By.id("import-province")).isDisplayed()).isFalse();
        browser.driver().findElement(By.id("import-province-code")).sendKeys(ProvinceFiles.PROVINCE);
        browser.driver().findElement(By.id("import-file")).sendKeys(file.toString());
        browser.driver().findElement(By.cssSelector("#content form button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-onboarding"),
                "Tỉnh mới “Tỉnh Điện Biên”: thêm 6 xã"));
        assertThat(browser.driver().findElement(By.id("import-warnings")).getText()).contains("ST_MakeValid", "Too few points");
        assertThat(browser.driver().findElement(By.id("import-commit")).isEnabled()).isFalse();
        browser.screenshot("import-province");
        browser.driver().findElement(By.id("import-accept-repaired_geometry")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("import-commit"))).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-job h3"), "Đã ghi"));
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit WHERE province_code = '99' AND valid_to IS NULL")
                .query(Integer.class).single()).isEqualTo(7);

        browser.driver().findElement(By.id("import-undo")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-job h3"), "Đã hoàn tác"));
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit WHERE province_code = '99'").query(Integer.class).single())
                .isZero();
    }

    private void signIn(String username) {
        browser.driver().get("http://localhost:" + port + "/");
        browser.waiting().until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        browser.driver().findElement(By.id("sign-in")).click();
        browser.driver().findElement(By.cssSelector("#login-dialog input[name=username]")).sendKeys(username);
        browser.driver().findElement(By.cssSelector("#login-dialog input[name=password]")).sendKeys("ntm-demo");
        browser.driver().findElement(By.cssSelector("#login-dialog button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
    }
}
