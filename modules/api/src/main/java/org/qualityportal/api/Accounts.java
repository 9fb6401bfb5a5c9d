package org.qualityportal.api;

import java.util.List;
import java.util.Optional;

/** The portal's accounts, for modules: look people up and grant or take back a role. */
public interface Accounts {

    Optional<Account> find(String login);

    /** Enabled accounts holding the role, by login. */
    List<Account> withRole(String role);

    /**
     * Adds a role to an account; takes effect on the holder's next request.
     *
     * @return false when there is no such account or it already had the role
     */
    boolean grant(String login, String role);

    /** Takes a role away; false when there is no such account or it did not have the role. */
    boolean revoke(String login, String role);
}
