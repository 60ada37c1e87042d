package vn.ntm.monitoring;

import java.util.Map;

/** A least-squares straight line through yearly values, read off at a later year. */
final class Trend {

    private Trend() {
    }

    /** The trend's value in {@code year}; the only value when there is one; null when there are none. */
    static Double at(Map<Integer, Double> series, int year) {
        int n = series.size();
        if (n == 0) {
            return null;
        }
        double meanX = series.keySet().stream().mapToDouble(Integer::doubleValue).average().orElseThrow();
        double meanY = series.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (Map.Entry<Integer, Double> point : series.entrySet()) {
            sxx += (point.getKey() - meanX) * (point.getKey() - meanX);
            sxy += (point.getKey() - meanX) * (point.getValue() - meanY);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return Math.round((meanY + slope * (year - meanX)) * 10) / 10.0;
    }
}
