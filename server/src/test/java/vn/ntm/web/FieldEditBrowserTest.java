package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.support.Browser.assertAtLeast44;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.Browser;
import vn.ntm.support.IntegrationTest;

/** A commune officer corrects the map on a phone (390×844): adds a facility by tapping, then moves it. */
@IntegrationTest
class FieldEditBrowserTest {

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

    /** A phone with Chiềng Sinh's officer signed in, the map at zoom 16 in the middle of their commune. */
    void officerOnAPhone(String language) {
        browser = Browser.open(390, 844);
        browser.signInOnPhone(port, "officer.chiengsinh");
        Map<String, Object> centre = jdbc.sql("""
                SELECT ST_Y(p) AS lat, ST_X(p) AS lng FROM admin_unit, ST_PointOnSurface(geom) AS p
                WHERE code = '03679' AND valid_to IS NULL""").query().singleRow();
        browser.loadMap(port, "#lang=" + language + "&lat=" + centre.get("lat") + "&lng=" + centre.get("lng") + "&z=16");
        browser.reload();
    }

    @Test
    void onAPhoneAnOfficerAddsAPointByTappingAndMovesIt() {
        officerOnAPhone("vi");
        String name = "Trạm thử " + System.nanoTime();

        WebElement add = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("add-point")));
        assertAtLeast44(add);
        add.click();
        WebElement sheet = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit")));
        assertThat(browser.driver().findElements(By.cssSelector("aside.side")).stream().filter(WebElement::isDisplayed))
                .hasSize(1);
        assertAtLeast44(sheet.findElement(By.id("use-gps")));
        WebElement map = browser.driver().findElement(By.id("map"));
        // A tap in the middle of the map's visible upper part, above the sheet.
        new Actions(browser.driver()).moveToElement(map, 0, -map.getRect().getHeight() / 4).click().perform();
        browser.waiting().until(d -> sheet.findElement(By.id("edit-where")).getText().contains(","));
        new Select(sheet.findElement(By.name("category"))).selectByValue("health_station");
        sheet.findElement(By.name("name")).sendKeys(name);
        assertAtLeast44(sheet.findElement(By.id("edit-save")));
        browser.screenshot("phone-add-point");
        sheet.findElement(By.id("edit-save")).click();

        WebElement move = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("edit-shape")));
        assertThat(browser.driver().findElement(By.id("feature-title")).getText()).isEqualTo(name);
        Map<String, Object> added = row(name);
        assertThat(added).containsEntry("category", "health_station").containsEntry("position_source", "map")
                .containsEntry("commune", "03679").containsEntry("row_version", 0);
        // The category's layer is switched on and its tiles fetched again: the new facility is drawn.
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll('.vt-layer[data-layer=health_station] canvas.vt-tile')]"
                        + ".some(c => Number(c.dataset.features) > 0)")));
        browser.screenshot("phone-added-point");

        assertAtLeast44(move);
        move.click();
        WebElement handle = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#map .edit-handle")));
        assertAtLeast44(handle);
        new Actions(browser.driver()).clickAndHold(handle).moveByOffset(10, 10).moveByOffset(50, 30).release().perform();
        browser.screenshot("phone-move-point");
        browser.driver().findElement(By.id("edit-save")).click();

        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("edit-shape")));
        Map<String, Object> moved = row(name);
        assertThat(moved).containsEntry("row_version", 1).containsEntry("position_source", "map");
        // 60 px right and 40 px down at zoom 16 is about 80 m east and 50 m south.
        assertThat((Double) moved.get("lng")).isGreaterThan((Double) added.get("lng") + 0.0004);
        assertThat((Double) moved.get("lat")).isLessThan((Double) added.get("lat") - 0.0002);
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity = 'infrastructure' AND entity_id = :id ORDER BY id")
                .param("id", String.valueOf(moved.get("id"))).query(String.class).list()).containsExactly("add", "move");
        browser.screenshot("phone-moved-point");
    }

    @Test
    void onAPhoneAnOfficerDrawsARoadVertexByVertexInEnglish() {
        officerOnAPhone("en");
        String name = "Test road " + System.nanoTime();

        WebElement draw = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("draw-line")));
        assertThat(draw.getText()).isEqualTo("Draw a road");
        assertAtLeast44(draw);
        draw.click();
        WebElement sheet = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit")));
        assertThat(sheet.findElement(By.id("edit-title")).getText()).isEqualTo("Draw a road or canal");
        WebElement map = browser.driver().findElement(By.id("map"));
        int quarter = map.getRect().getHeight() / 4;
        for (int[] tap : new int[][] {{-80, -quarter - 40}, {0, -quarter}, {80, -quarter + 30}}) {
            new Actions(browser.driver()).moveToElement(map, tap[0], tap[1]).click().perform();
        }
        browser.waiting().until(d -> sheet.findElement(By.id("edit-where")).getText().equals("3 vertices"));
        new Select(sheet.findElement(By.name("category"))).selectByValue("road");
        new Select(sheet.findElement(By.name("surface"))).selectByValue("concrete");
        sheet.findElement(By.name("name")).sendKeys(name);
        browser.screenshot("phone-draw-road");
        sheet.findElement(By.id("edit-save")).click();

        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("edit-shape")));
        assertThat(jdbc.sql("""
                SELECT GeometryType(geom) || ' ' || ST_NPoints(geom) || ' ' || surface || ' ' || hardened
                FROM infrastructure WHERE name = :name""")
                .param("name", name).query(String.class).single()).isEqualTo("LINESTRING 3 concrete true");
        assertThat(row(name)).containsEntry("commune", "03679").containsEntry("position_source", "map");
        browser.screenshot("phone-drawn-road");
    }

    private Map<String, Object> row(String name) {
        return jdbc.sql("""
                SELECT i.id, i.category, i.position_source, i.row_version, c.code AS commune,
                       ST_X(ST_PointOnSurface(i.geom)) AS lng, ST_Y(ST_PointOnSurface(i.geom)) AS lat
                FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id WHERE i.name = :name""")
                .param("name", name).query().singleRow();
    }
}
