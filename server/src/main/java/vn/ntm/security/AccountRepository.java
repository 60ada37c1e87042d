package vn.ntm.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;

/** Accounts, their commune scope, and API tokens. */
@Repository
public class AccountRepository {

    private static final String FIND_ACCOUNT = Sql.load(AccountRepository.class, "find-account.sql");
    private static final String FIND_BY_TOKEN = Sql.load(AccountRepository.class, "find-by-token.sql");

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql(FIND_ACCOUNT).param("username", username)
                .query((rs, n) -> new Account(user(rs), rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    /** The enabled user owning a valid (not revoked, not expired) token, marking the token used. */
    Optional<CurrentUser> findByTokenHash(String tokenHash) {
        return jdbc.sql(FIND_BY_TOKEN).param("token_hash", tokenHash).query((rs, n) -> user(rs)).optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :username").param("username", username)
                .query(Integer.class).single() > 0;
    }

    /** Creates an account; {@code passwordHash} is already encoded. */
    public long create(String username, String displayName, String passwordHash, Role role, String provinceCode,
            Collection<String> communes) {
        long id = jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, province_code)
                VALUES (:username, :display_name, :password_hash, :role, :province_code) RETURNING id""")
                .param("username", username).param("display_name", displayName).param("password_hash", passwordHash)
                .param("role", role.code()).param("province_code", provinceCode).query(Long.class).single();
        communes.forEach(code -> jdbc.sql("INSERT INTO app_user_commune (user_id, commune_code) VALUES (:id, :code)")
                .param("id", id).param("code", code).update());
        return id;
    }

    void createToken(long userId, String name, String tokenHash) {
        jdbc.sql("INSERT INTO api_token (user_id, name, token_hash) VALUES (:user_id, :name, :token_hash)")
                .param("user_id", userId).param("name", name).param("token_hash", tokenHash).update();
    }

    private static CurrentUser user(ResultSet rs) throws SQLException {
        return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.of(rs.getString("role")), rs.getString("province_code"),
                Set.of((String[]) rs.getArray("communes").getArray()));
    }
}
