package vn.ntm.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PgConnectionTest {

    @Test
    void hostPortDatabaseAndUserAreQuoted() {
        assertThat(PgConnection.conninfo("jdbc:postgresql://127.0.0.1:54329/ntm", "ntm"))
                .isEqualTo("host='127.0.0.1' port='54329' dbname='ntm' user='ntm'");
        assertThat(PgConnection.conninfo("jdbc:postgresql://db.example/ntm", "ntm"))
                .isEqualTo("host='db.example' port='5432' dbname='ntm' user='ntm'");
    }

    @Test
    void tlsAndSessionOptionsAreKept() {
        assertThat(PgConnection.conninfo("jdbc:postgresql://db/ntm?sslmode=verify-full&sslrootcert=/etc/ca%20dir/root.crt"
                + "&connectTimeout=5&ApplicationName=ntm&targetServerType=primary&loggerLevel=OFF", "ntm"))
                .isEqualTo("host='db' port='5432' dbname='ntm' user='ntm' sslmode='verify-full'"
                        + " sslrootcert='/etc/ca dir/root.crt' connect_timeout='5' application_name='ntm'"
                        + " target_session_attrs='primary'")
                .doesNotContain("loggerLevel");
        assertThat(PgConnection.conninfo("jdbc:postgresql://db/ntm?ssl=true", "ntm")).endsWith(" sslmode='verify-full'");
    }

    @Test
    void everyHostOfAMultiHostUrlIsKept() {
        assertThat(PgConnection.conninfo("jdbc:postgresql://a:5432,b:5433/ntm?targetServerType=preferSecondary", "ntm"))
                .isEqualTo("host='a,b' port='5432,5433' dbname='ntm' user='ntm' target_session_attrs='prefer-standby'");
    }

    @Test
    void hostileValuesStayInsideTheirQuotes() {
        assertThat(PgConnection.conninfo("jdbc:postgresql://db/x%20host=evil", "ntm"))
                .isEqualTo("host='db' port='5432' dbname='x host=evil' user='ntm'");
        assertThat(PgConnection.conninfo("jdbc:postgresql://db/a'%20host='evil", "o'brien\\ x"))
                .isEqualTo("host='db' port='5432' dbname='a\\' host=\\'evil' user='o\\'brien\\\\ x'");
        assertThat(PgConnection.conninfo("jdbc:postgresql://db/ntm?sslmode=disable'%20host='evil", "ntm"))
                .endsWith(" sslmode='disable\\' host=\\'evil'");
    }
}
