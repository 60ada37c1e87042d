package vn.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.UncategorizedSQLException;

/** What the database refuses is answered by its kind: lost lock races 409, a NUL in text 400, the rest 500. */
class DatabaseRefusalTest {

    @ParameterizedTest
    @CsvSource({"40P01, 409", "40001, 409", "55P03, 409", "22021, 400", "23505, 500", "XX000, 500"})
    void isAnsweredByItsSqlState(String state, int status) {
        UncategorizedSQLException refusal = new UncategorizedSQLException("commit", "SELECT 1",
                new SQLException("refused", state));

        assertThat(new ApiExceptionHandler().database(refusal).getStatus()).isEqualTo(status);
    }
}
