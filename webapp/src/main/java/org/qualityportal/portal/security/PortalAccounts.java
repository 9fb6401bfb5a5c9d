package org.qualityportal.portal.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.qualityportal.api.Account;
import org.qualityportal.api.Accounts;
import org.springframework.stereotype.Component;

/** The accounts under {@code /users} as modules see them (the module API's {@link Accounts}). */
@Component
class PortalAccounts implements Accounts {
    private final UserAccounts users;

    PortalAccounts(UserAccounts users) {
        this.users = users;
    }

    @Override
    public Optional<Account> find(String login) {
        return users.find(login).map(PortalAccounts::account);
    }

    @Override
    public List<Account> withRole(String role) {
        return Role.of(role).map(r -> users.all().stream().filter(u -> u.enabled() && u.has(r))
                .map(PortalAccounts::account).toList()).orElse(List.of());
    }

    @Override
    public boolean grant(String login, String role) {
        return change(login, role, roles -> {
            roles.add(Role.of(role).orElseThrow());
            return roles;
        });
    }

    @Override
    public boolean revoke(String login, String role) {
        return change(login, role, roles -> {
            roles.remove(Role.of(role).orElseThrow());
            return roles;
        });
    }

    private boolean change(String login, String role, UnaryOperator<Set<Role>> edit) {
        if (Role.of(role).isEmpty()) {
            throw new IllegalArgumentException("No such role: " + role);
        }
        Optional<PortalUser> user = users.find(login);
        if (user.isEmpty()) {
            return false;
        }
        Set<Role> before = EnumSet.noneOf(Role.class);
        before.addAll(user.get().roles());
        Set<Role> after = edit.apply(EnumSet.copyOf(before));
        if (after.equals(before)) {
            return false;
        }
        users.save(user.get().withRoles(after));
        return true;
    }

    private static Account account(PortalUser user) {
        return new Account(user.username(), user.fullName(), user.email(),
                user.roles().stream().map(Role::id).collect(Collectors.toSet()), user.enabled());
    }
}
