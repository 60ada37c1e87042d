package vn.ntm.ogc;

import vn.ntm.common.InvalidParameterException;

/** The {@code bbox} parameter of OGC API – Features, read and checked. */
final class BoundingBox {

    private BoundingBox() {
    }

    /** {@code minLon,minLat,maxLon,maxLat} in CRS84, or null when absent. */
    static double[] parse(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        double[] box = new double[4];
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("bbox", "must be four numbers: minLon,minLat,maxLon,maxLat");
        }
        for (double value : box) {
            if (!Double.isFinite(value)) {
                throw new InvalidParameterException("bbox", "must be four finite numbers, not NaN or Infinity");
            }
        }
        if (box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90 || box[0] > box[2] || box[1] > box[3]) {
            throw new InvalidParameterException("bbox", "must lie within -180,-90,180,90 with its minimum before its maximum");
        }
        return box;
    }
}
