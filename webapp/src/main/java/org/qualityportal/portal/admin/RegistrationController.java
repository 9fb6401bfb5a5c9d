package org.qualityportal.portal.admin;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.security.PortalUser;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Self-registration: anyone may create an account with the participant role, to take part in public
 * discussions and apply to the expert registry. Further roles come from an admin or a module
 * (an approved registry application adds the expert role). Limited per address against floods.
 */
@Controller
class RegistrationController {
    static final String PATH = "/register";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final RegistrationLimit limit = new RegistrationLimit(5, java.time.Duration.ofHours(1),
            java.time.Clock.systemUTC());

    RegistrationController(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String form(Principal me, Model model) {
        if (me != null) {
            return "redirect:/";
        }
        model.addAttribute("form", UserForm.empty());
        model.addAttribute("errors", Map.of());
        return "register";
    }

    @PostMapping(PATH)
    String register(@ModelAttribute UserForm form, HttpServletRequest request, HttpServletResponse response,
                    Model model) {
        Map<String, String> errors = UserValidation.ofRegistration(form, accounts);
        if (errors.isEmpty() && !limit.allow(request.getRemoteAddr())) {
            errors = Map.of("username", "С этого адреса уже зарегистрировано несколько учётных записей за последний час. "
                    + "Попробуйте позже.");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        } else if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", new UserForm(form.username(), form.fullName(), form.email(), List.of(), ""));
            model.addAttribute("errors", errors);
            return "register";
        }
        accounts.save(new PortalUser(form.username(), form.fullName(), form.email(), Set.of(Role.PARTICIPANT), true,
                encoder.encode(form.password()), null));
        audit.record(form.username(), AuditAction.USER_CREATED, "/users/" + form.username(), "Регистрация участника");
        return "redirect:/login?registered";
    }
}
