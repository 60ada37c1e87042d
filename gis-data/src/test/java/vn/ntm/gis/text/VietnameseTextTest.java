package vn.ntm.gis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void searchKeyDropsEveryToneAndVowelMark() {
        assertThat(VietnameseText.searchKey("Phường Chiềng Sinh")).isEqualTo("phuong chieng sinh");
        assertThat(VietnameseText.searchKey("ĐIỆN BIÊN PHỦ")).isEqualTo("dien bien phu");
        assertThat(VietnameseText.searchKey("Ý Tý, Nậm Nhùn, Quỳnh Nhai, Mường Lò"))
                .isEqualTo("y ty, nam nhun, quynh nhai, muong lo");
    }

    @Test
    void searchKeyIsTheSameForComposedAndDecomposedInput() {
        String decomposed = Normalizer.normalize("Thuận Châu", Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo("Thuận Châu");
        assertThat(VietnameseText.searchKey(decomposed)).isEqualTo(VietnameseText.searchKey("Thuận Châu"))
                .isEqualTo("thuan chau");
    }

    @Test
    void searchKeyCollapsesWhiteSpace() {
        assertThat(VietnameseText.searchKey("  Tả \t Van \n")).isEqualTo("ta van");
    }

    @Test
    void nfcComposesDecomposedText() {
        String decomposed = Normalizer.normalize("Sìn Hồ", Normalizer.Form.NFD);

        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Sìn Hồ").hasSize(6);
    }
}
