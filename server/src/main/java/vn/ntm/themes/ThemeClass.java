package vn.ntm.themes;

import java.math.BigDecimal;

/**
 * One class of a theme's legend: its number (1..n for breaks, else the value itself), the lowest value
 * it takes ({@code lower <= value}) and the next class's lower bound or the highest value, and how many units
 * fall in it.
 */
record ThemeClass(BigDecimal value, BigDecimal lower, BigDecimal upper, int count) {
}
