package org.qualityportal.discussions;

import java.util.List;
import java.util.Set;

import org.qualityportal.api.AccessRule;
import org.qualityportal.api.Account;
import org.qualityportal.api.ModuleAccess;
import org.springframework.stereotype.Component;

/**
 * The module's URLs and who may use them. Reading discussions, the registry and published results is
 * open to all; finer rules (which track, which period, who may see evaluations) are checked by the
 * module itself on every action.
 */
@Component
class DiscussionsAccess implements ModuleAccess {
    private static final String[] EDITORS = {Account.EDITOR, Account.PUBLISHER, Account.ADMIN};

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.roles("/discussions/manage", EDITORS),
                AccessRule.roles("/discussions/manage/**", EDITORS),
                AccessRule.roles("/moderation", Account.MODERATOR, Account.ADMIN),
                AccessRule.roles("/moderation/**", Account.MODERATOR, Account.ADMIN),
                AccessRule.roles("/discussions/*/review", Account.EXPERT, Account.EDITOR, Account.PUBLISHER, Account.ADMIN),
                AccessRule.roles("/discussions/*/review/**", Account.EXPERT),
                new AccessRule("POST", "/experts/apply", Set.of()),
                AccessRule.signedIn("/mail/settings"),
                new AccessRule("POST", "/discussions/*/contributions", Set.of()),
                new AccessRule("POST", "/discussions/*/contributions/**", Set.of()),
                AccessRule.signedIn("/discussions/*/contributions/*/edit"));
    }

    @Override
    public List<String> formPaths() {
        return List.of("/discussions/**", "/moderation/**", "/experts/apply", "/mail/**");
    }
}
