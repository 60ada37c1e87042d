package vn.ntm.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.IntegrationTest;

@IntegrationTest
class ImportStatusTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEnumHoldsExactlyTheStatusesTheTableAllows() {
        String check = jdbc.sql("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'import_job_status_check'")
                .query(String.class).single();

        assertThat(Pattern.compile("'([a-z_]+)'").matcher(check).results().map(m -> m.group(1)))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ImportStatus.values()).map(ImportStatus::code).toList());
        assertThat(ImportStatus.of("analyzed")).isEqualTo(ImportStatus.ANALYZED);
    }
}
