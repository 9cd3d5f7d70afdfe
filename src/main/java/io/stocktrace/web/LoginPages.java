package io.stocktrace.web;

import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security reads the POST. */
@PageController
class LoginPages {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
