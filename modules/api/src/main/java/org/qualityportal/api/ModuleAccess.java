package org.qualityportal.api;

import java.util.List;

/**
 * A module's share of the portal's security: which of its URLs need which roles, and where it takes
 * form posts (the portal guards those with its CSRF token, which its pages put in every form as
 * {@code _csrf}). A module declares one bean of this type; the portal collects them all.
 */
public interface ModuleAccess {

    List<AccessRule> rules();

    /** Path patterns under which the module accepts POST forms. */
    List<String> formPaths();
}
