package vn.ntm.security;

import java.util.Arrays;
import java.util.List;

import vn.ntm.common.InvalidParameterException;

/**
 * A new account (username and password required) or a change to one (fields left null stay as
 * they are; {@code version} required).
 */
record UserChange(String username, String displayName, String password, String role, String provinceCode,
        List<String> communes, Boolean enabled, Integer version) {

    static final int MIN_PASSWORD = 10;
    static final String USERNAME = "[a-z0-9._-]{3,40}";

    UserChange {
        if (username != null && !username.matches(USERNAME)) {
            throw new InvalidParameterException("username", "must be 3 to 40 of a-z, 0-9, '.', '_' or '-'");
        }
        if (password != null && password.length() < MIN_PASSWORD) {
            throw new InvalidParameterException("password", "must be at least " + MIN_PASSWORD + " characters");
        }
        if (role != null && Arrays.stream(Role.values()).noneMatch(r -> r.code().equals(role))) {
            throw new InvalidParameterException("role", "must be one of admin, province_planner, commune_officer, "
                    + "surveyor, viewer");
        }
        if (displayName != null && (displayName.isBlank() || displayName.length() > 200)) {
            throw new InvalidParameterException("displayName", "must be 1 to 200 characters");
        }
    }
}
