package vn.ntm.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
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
    private static final String INSERT_ACCOUNT = Sql.load(AccountRepository.class, "insert-account.sql");
    private static final String UPDATE_ACCOUNT = Sql.load(AccountRepository.class, "update-account.sql");
    private static final String COMMUNES_OF_PROVINCE = Sql.load(AccountRepository.class, "communes-of-province.sql");
    private static final String FIND_USERS = Sql.load(AccountRepository.class, "find-users.sql");

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql(FIND_ACCOUNT).param("username", username)
                .query((rs, n) -> new Account(user(rs), rs.getString("password_hash"), rs.getBoolean("enabled"),
                        rs.getInt("security_version")))
                .optional();
    }

    /** The enabled user owning a valid (not revoked, not expired) token, marking the token used. */
    Optional<CurrentUser> findByTokenHash(String tokenHash) {
        return jdbc.sql(FIND_BY_TOKEN).param("token_hash", tokenHash).query((rs, n) -> user(rs)).optional();
    }

    /** Whether the account is enabled and still at the security version a session started under. */
    boolean isCurrent(long id, int securityVersion) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE id = :id AND enabled AND security_version = :version")
                .param("id", id).param("version", securityVersion).query(Integer.class).single() > 0;
    }

    /** Ends the account's sessions (at their next request) and revokes its API tokens. */
    void endSessions(long id) {
        jdbc.sql("UPDATE app_user SET security_version = security_version + 1 WHERE id = :id").param("id", id).update();
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE user_id = :id AND revoked_at IS NULL")
                .param("id", id).update();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :username").param("username", username)
                .query(Integer.class).single() > 0;
    }

    /** Creates an account; {@code passwordHash} is already encoded. */
    public long create(String username, String displayName, String passwordHash, Role role, String provinceCode,
            Collection<String> communes) {
        long id = jdbc.sql(INSERT_ACCOUNT)
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

    List<UserAccount> list() {
        return jdbc.sql(FIND_USERS).param("id", null).query((rs, n) -> account(rs)).list();
    }

    Optional<UserAccount> findAccount(long id) {
        return jdbc.sql(FIND_USERS).param("id", id).query((rs, n) -> account(rs)).optional();
    }

    /** Applies a change if the account is still at {@code version}; null fields stay as they are. */
    boolean update(long id, String displayName, String passwordHash, Role role, String provinceCode,
            List<String> communes, Boolean enabled, int version) {
        boolean updated = jdbc.sql(UPDATE_ACCOUNT)
                .param("id", id).param("display_name", displayName).param("password_hash", passwordHash)
                .param("role", role.code()).param("province_code", provinceCode).param("enabled", enabled)
                .param("version", version).update() == 1;
        if (updated) {
            jdbc.sql("DELETE FROM app_user_commune WHERE user_id = :id").param("id", id).update();
            communes.forEach(code -> jdbc.sql("INSERT INTO app_user_commune (user_id, commune_code) VALUES (:id, :code)")
                    .param("id", id).param("code", code).update());
        }
        return updated;
    }

    boolean isProvince(String code) {
        return jdbc.sql("SELECT count(*) FROM admin_unit WHERE level = 'province' AND code = :code AND valid_to IS NULL")
                .param("code", code).query(Integer.class).single() > 0;
    }

    boolean areCommunesOf(List<String> communes, String provinceCode) {
        return jdbc.sql(COMMUNES_OF_PROVINCE)
                .param("province", provinceCode).param("codes", communes.toArray(String[]::new))
                .query(Integer.class).single() == communes.stream().distinct().count();
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("role"), rs.getString("province_code"),
                List.of((String[]) rs.getArray("communes").getArray()), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("row_version"));
    }
}
