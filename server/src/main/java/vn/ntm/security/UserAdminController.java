package vn.ntm.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account administration (administrators only). */
@RestController
class UserAdminController {

    private final UserAdminService service;

    UserAdminController(UserAdminService service) {
        this.service = service;
    }

    @GetMapping("/api/admin/users")
    List<UserAccount> list() {
        return service.list();
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount create(@RequestBody UserChange change) {
        return service.create(change);
    }

    @PatchMapping("/api/admin/users/{id}")
    UserAccount update(@PathVariable long id, @RequestBody UserChange change) {
        return service.update(id, change);
    }
}
