package org.qualityportal.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A module's public pages as the portal's search should find them. The portal indexes {@link #all()}
 * when it builds its index, and keeps the entries current by listening: the module reports the path of
 * every entry that changed, and the portal asks for it again with {@link #find(String)} — present means
 * index it as it now is, empty means take it out. Only what the public may read belongs here.
 */
public interface SearchSource {

    /** Every entry there is to find now. */
    List<SearchEntry> all();

    /** The entry at this path as it is now; empty when there is nothing public there (any more). */
    Optional<SearchEntry> find(String path);

    /** Registers a listener for the paths of entries that changed; called after the change is stored. */
    void onChange(Consumer<String> changedPath);
}
