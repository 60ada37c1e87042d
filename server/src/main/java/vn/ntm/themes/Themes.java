package vn.ntm.themes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.RefusedException;
import vn.ntm.common.Sql;

/** The themes the map offers, read from the criteria sets, and the check every {@code theme} parameter goes through. */
@Component
public class Themes {

    private static final String THEMES = Sql.load(Themes.class, "themes.sql");
    /** The shapes of a theme id, before the database says whether it exists. */
    private static final Pattern FORM = Pattern.compile(
            "(criteria_met)|(criterion):(\\d{1,2})|(indicator):(\\d{1,2}(?:\\.\\d{1,2}){0,2})|class:(dbkk|group)");

    private final JdbcClient jdbc;

    Themes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The themes of a year's criteria sets, or of every set when year is null. */
    List<ThemeEntry> catalog(Integer year) {
        return jdbc.sql(THEMES).param("year", year).query(ThemeEntry.class).list();
    }

    /** A {@code theme} parameter: absent or "status" is the status map; anything else must be a theme of the catalogue. */
    public Theme parse(String value) {
        if (value == null || value.equals(Theme.STATUS.id())) {
            return Theme.STATUS;
        }
        return entry(value).map(entry -> theme(entry.id())).orElseThrow(Themes::unknown);
    }

    /** The catalogue entry of a theme id; empty when the id is not one. */
    Optional<ThemeEntry> entry(String value) {
        if (value.length() > 40 || !FORM.matcher(value).matches()) {
            return Optional.empty();
        }
        return catalog(null).stream().filter(entry -> entry.id().equals(value)).findFirst();
    }

    static Theme theme(String id) {
        Matcher m = FORM.matcher(id);
        if (!m.matches()) {
            throw unknown();
        }
        if (m.group(1) != null) {
            return new Theme(id, "criteria_met", null);
        }
        if (m.group(2) != null) {
            return new Theme(id, "criterion", m.group(3));
        }
        if (m.group(4) != null) {
            return new Theme(id, "indicator", m.group(5));
        }
        return new Theme(id, m.group(6), null);
    }

    static RefusedException unknown() {
        return new RefusedException("invalid-theme",
                "theme must be status, criteria_met, criterion:<number>, indicator:<code> of a criteria set, "
                        + "class:dbkk or class:group (GET /api/themes lists them)",
                "Chủ đề bản đồ không hợp lệ: chỉ nhận status, criteria_met, criterion:<số>, indicator:<mã> của một bộ "
                        + "tiêu chí, class:dbkk hoặc class:group (xem GET /api/themes)");
    }
}
