package org.qualityportal.portal.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form; Spring Security handles its POST and redirects back here with the outcome. */
@Controller
class LoginController {
    private final LoginProperties properties;

    LoginController(LoginProperties properties) {
        this.properties = properties;
    }

    @GetMapping(SecurityConfiguration.LOGIN)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String logout, @RequestParam(required = false) String ended,
                 @RequestParam(required = false) String registered, Model model) {
        model.addAttribute("outcome", locked != null ? "locked" : error != null ? "error" : logout != null ? "logout"
                : ended != null ? "ended" : registered != null ? "registered" : "");
        model.addAttribute("lockoutMinutes", Math.max(1, properties.lockout().toMinutes()));
        return "login";
    }
}
