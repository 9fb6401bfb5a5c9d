package org.qualityportal.discussions;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.qualityportal.api.Account;
import org.qualityportal.api.Accounts;

/** The accounts the web application would hold, as a map; granting and revoking change the map. */
public final class InMemoryAccounts implements Accounts {
    public final Map<String, Account> map = new ConcurrentHashMap<>();

    /** Adds an enabled account with the given roles. */
    public Account person(String login, String name, String email, String... roles) {
        Account account = new Account(login, name, email, Set.of(roles), true);
        map.put(login, account);
        return account;
    }

    @Override
    public Optional<Account> find(String login) {
        return login == null ? Optional.empty() : Optional.ofNullable(map.get(login));
    }

    @Override
    public List<Account> withRole(String role) {
        return map.values().stream().filter(a -> a.enabled() && a.has(role)).toList();
    }

    @Override
    public boolean grant(String login, String role) {
        return change(login, role, true);
    }

    @Override
    public boolean revoke(String login, String role) {
        return change(login, role, false);
    }

    private synchronized boolean change(String login, String role, boolean add) {
        Account a = map.get(login);
        if (a == null || a.has(role) == add) {
            return false;
        }
        Set<String> roles = new HashSet<>(a.roles());
        if (add) {
            roles.add(role);
        } else {
            roles.remove(role);
        }
        map.put(login, new Account(a.login(), a.name(), a.email(), roles, a.enabled()));
        return true;
    }
}
