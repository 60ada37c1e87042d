package vn.ntm.criteria.entry;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import vn.ntm.gis.text.VietnameseText;

/** Indicator values as typed: numbers with a decimal point or comma, yes/no words in Vietnamese or English. */
final class Values {

    /** A typed value: a number, or a yes/no. */
    record Value(BigDecimal number, Boolean bool) {
    }

    private static final Map<String, Boolean> YES_NO = Map.of("co", true, "dat", true, "yes", true, "true", true,
            "khong", false, "chua dat", false, "no", false, "false", false);

    private Values() {
    }

    static Optional<Value> parse(String valueType, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (valueType.equals("bool")) {
            return Optional.ofNullable(YES_NO.get(VietnameseText.searchKey(text))).map(b -> new Value(null, b));
        }
        try {
            BigDecimal number = new BigDecimal(text.strip().replace(',', '.'));
            boolean inRange = !valueType.equals("percent")
                    || (number.signum() >= 0 && number.compareTo(BigDecimal.valueOf(100)) <= 0);
            return inRange ? Optional.of(new Value(number, null)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String expected(String valueType) {
        return switch (valueType) {
            case "bool" -> "The value must be Có or Không";
            case "percent" -> "The value must be a percentage from 0 to 100";
            default -> "The value must be a number";
        };
    }
}
