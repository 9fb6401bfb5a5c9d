package org.qualityportal.portal.author.assets;

import java.util.function.Supplier;

/**
 * What the upload forms tell the browser and the editor: the {@code accept} list of the file input,
 * the size limit (in words and in bytes, for the script's check before sending), the allowed types,
 * and the progressive-enhancement script (drag and drop, progress), fingerprinted.
 */
public record UploadSettings(String accept, String maxSize, String maxUpload, long maxBytes, String allowed,
                             Supplier<String> scriptPath) {
    static final String MODULE = "portal";
    static final String SCRIPT = "js/asset-upload.js";

    /** The script's URL; looked up on each use, since light modules reload while the portal runs. */
    public String script() {
        return "/.resources/" + MODULE + "/webresources/" + scriptPath.get();
    }
}
