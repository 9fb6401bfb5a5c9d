package org.qualityportal.portal.security;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password against {@code /users}, with lockout after repeated failures. Every
 * refusal looks the same (no account, wrong password, disabled account), and a missing account
 * still costs a bcrypt comparison, so neither the answer nor its timing tells which names exist.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;
    private final String dummyHash;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
        this.users = users;
        this.encoder = encoder;
        this.attempts = attempts;
        this.dummyHash = encoder.encode("no such account: the hash only equalises timing");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal()).trim().toLowerCase(Locale.ROOT);
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (attempts.isLocked(username)) {
            throw new LoginLockedException();
        }
        UserDetails user = load(username);
        boolean matches = encoder.matches(password, user == null ? dummyHash : user.getPassword());
        if (user == null || !matches || !user.isEnabled()) {
            attempts.failed(username);
            if (attempts.isLocked(username)) {
                throw new LoginLockedException();
            }
            throw new BadCredentialsException("Bad credentials");
        }
        attempts.succeeded(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private UserDetails load(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The login name is locked for a while after too many failures. */
    static final class LoginLockedException extends AuthenticationException {
        LoginLockedException() {
            super("Too many failed logins; locked for a while");
        }
    }
}
