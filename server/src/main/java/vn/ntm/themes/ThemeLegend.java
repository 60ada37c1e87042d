package vn.ntm.themes;

import java.util.List;

/**
 * The legend of a theme for a year, level and province: its classes with counts, the units assessed
 * without data ({@code noData}, distinct from a value of 0) and the units NTM does not assess (wards).
 */
record ThemeLegend(String theme, String type, String unit, int year, String level, String method,
        List<ThemeClass> classes, int noData, int notAssessed) {
}
