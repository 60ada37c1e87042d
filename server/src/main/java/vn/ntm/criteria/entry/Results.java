package vn.ntm.criteria.entry;

import java.util.Map;
import java.util.Optional;

import vn.ntm.gis.text.VietnameseText;

/** Result words as people type them ("Đạt", "cơ bản đạt", "chua dat") or as codes ("met"). */
final class Results {

    private static final Map<String, String> WORDS = Map.of(
            "dat", "met", "met", "met",
            "co ban dat", "basically_met", "basically_met", "basically_met",
            "chua dat", "not_met", "khong dat", "not_met", "not_met", "not_met");

    private Results() {
    }

    static Optional<String> parse(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(WORDS.get(VietnameseText.searchKey(word)));
    }
}
