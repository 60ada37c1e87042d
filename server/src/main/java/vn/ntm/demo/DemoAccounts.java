package vn.ntm.demo;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.ntm.security.AccountRepository;
import vn.ntm.security.Role;

/** One demo account per role, all with the documented demo password. Never enable the demo in production. */
@Component
class DemoAccounts {

    static final String PASSWORD = "ntm-demo";

    record DemoAccount(String username, String displayName, Role role, String provinceCode, List<String> communes) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Quản trị hệ thống", Role.ADMIN, null, List.of()),
            new DemoAccount("planner.sonla", "Văn phòng Điều phối NTM tỉnh Sơn La", Role.PROVINCE_PLANNER, "14",
                    List.of()),
            new DemoAccount("planner.laichau", "Văn phòng Điều phối NTM tỉnh Lai Châu", Role.PROVINCE_PLANNER, "12",
                    List.of()),
            new DemoAccount("officer.chiengsinh", "Cán bộ phường Chiềng Sinh", Role.COMMUNE_OFFICER, "14",
                    List.of("03679")),
            new DemoAccount("surveyor.sonla", "Đo đạc viên tỉnh Sơn La", Role.SURVEYOR, "14", List.of()),
            new DemoAccount("viewer", "Người xem", Role.VIEWER, null, List.of()));

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    void create() {
        for (DemoAccount a : ACCOUNTS) {
            if (!accounts.exists(a.username())) {
                accounts.create(a.username(), a.displayName(), passwords.encode(PASSWORD), a.role(), a.provinceCode(),
                        a.communes());
            }
        }
    }
}
