package vn.ntm.gis.text;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses which encoding raw attribute strings are in. Text that is valid UTF-8 and not plain
 * ASCII is UTF-8 (legacy bytes almost never form valid UTF-8). Otherwise each decoding is scored
 * by how Vietnamese it reads: letters only Vietnamese uses score high, Latin-1 letters Vietnamese
 * shares a little; symbols, capitals inside words, more than one tone in a word, and vowel
 * sequences Vietnamese spelling does not have score against.
 */
public final class EncodingDetector {

    /** The encoding that reads best, its margin over the next (0 to 1), and every candidate's score. */
    public record Detection(VietnameseEncoding encoding, double confidence, Map<VietnameseEncoding, Integer> scores) {
    }

    private static final String VIETNAMESE_ONLY = "ăâđêôơưĂÂĐÊÔƠƯ"
            + "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ"
            + "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĨŨ";
    private static final String SHARED_WITH_LATIN1 = "àáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝ";
    private static final int UNDECODABLE = -1_000_000;
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final String VOWELS = "aăâeêioôơuưy";
    /** The vowel sequences of Vietnamese syllables, without tones. */
    private static final Set<String> NUCLEI = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi",
            "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê", "iêu", "yêu", "oai",
            "oay", "oao", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu");

    private EncodingDetector() {
    }

    public static Detection detect(List<byte[]> samples) {
        Map<VietnameseEncoding, Integer> scores = new EnumMap<>(VietnameseEncoding.class);
        boolean ascii = allAscii(samples);
        if (!ascii && samples.stream().allMatch(s -> VietnameseEncoding.UTF_8.decode(s).isPresent())) {
            for (VietnameseEncoding encoding : VietnameseEncoding.values()) {
                scores.put(encoding, encoding == VietnameseEncoding.UTF_8 ? 1 : 0);
            }
            return new Detection(VietnameseEncoding.UTF_8, 1.0, scores);
        }
        for (VietnameseEncoding encoding : VietnameseEncoding.values()) {
            int score = 0;
            for (byte[] sample : samples) {
                Optional<String> text = encoding.decode(sample);
                score += text.map(EncodingDetector::score).orElse(UNDECODABLE);
            }
            scores.put(encoding, score);
        }
        VietnameseEncoding best = VietnameseEncoding.UTF_8;
        for (VietnameseEncoding encoding : VietnameseEncoding.values()) {
            if (scores.get(encoding) > scores.get(best)) {
                best = encoding;
            }
        }
        VietnameseEncoding chosen = best;
        int top = scores.get(chosen);
        int second = scores.entrySet().stream().filter(e -> e.getKey() != chosen).mapToInt(Map.Entry::getValue)
                .max().orElse(top);
        double confidence = ascii ? 1.0
                : Math.min(1.0, Math.max(0.0, (double) (top - second) / (Math.abs(top) + 1)));
        return new Detection(chosen, confidence, scores);
    }

    private static boolean allAscii(List<byte[]> samples) {
        return samples.stream().allMatch(sample -> {
            for (byte b : sample) {
                if (b < 0) {
                    return false;
                }
            }
            return true;
        });
    }

    static int score(String text) {
        int score = 0;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                previous = c;
                continue;
            }
            if (VIETNAMESE_ONLY.indexOf(c) >= 0) {
                score += 3;
            } else if (SHARED_WITH_LATIN1.indexOf(c) >= 0) {
                score += 1;
            } else {
                score -= 4;
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                score -= 4;
            }
            previous = c;
        }
        for (String word : text.split("[^\\p{L}\\p{M}]+")) {
            score += spelling(word);
        }
        return score;
    }

    /** Against: more than one tone in a word, or a vowel sequence Vietnamese does not write. */
    private static int spelling(String word) {
        String bare = Normalizer.normalize(word.toLowerCase(), Normalizer.Form.NFD);
        long tones = bare.chars().filter(c -> TONE_MARKS.indexOf(c) >= 0).count();
        String letters = Normalizer.normalize(bare.chars().filter(c -> TONE_MARKS.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append), Normalizer.Form.NFC);
        if (letters.startsWith("qu") || (letters.startsWith("gi") && letters.length() > 2
                && VOWELS.indexOf(letters.charAt(2)) >= 0)) {
            letters = letters.substring(2);
        }
        int score = tones > 1 ? -8 * (int) (tones - 1) : 0;
        StringBuilder nucleus = new StringBuilder();
        for (int i = 0; i <= letters.length(); i++) {
            char c = i < letters.length() ? letters.charAt(i) : ' ';
            if (VOWELS.indexOf(c) >= 0) {
                nucleus.append(c);
            } else if (!nucleus.isEmpty()) {
                score += NUCLEI.contains(nucleus.toString()) ? 0 : -6;
                nucleus.setLength(0);
            }
        }
        return score;
    }
}
