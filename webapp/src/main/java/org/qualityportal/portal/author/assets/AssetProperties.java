package org.qualityportal.portal.author.assets;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The assets app, under {@code portal.assets.*}. The servlet container's multipart limits
 * ({@code spring.servlet.multipart.*}) are set from these in {@code application.yml}, so the two agree.
 *
 * @param maxSize      largest file accepted
 * @param maxUpload    largest upload request (all files of one upload together)
 * @param allowedTypes media types accepted, as detected from the file's content; see {@link FileTypes} for the
 *                     ones the portal knows how to recognise and label
 */
@ConfigurationProperties("portal.assets")
public record AssetProperties(
        @DefaultValue("50MB") DataSize maxSize,
        @DefaultValue("200MB") DataSize maxUpload,
        @DefaultValue({FileTypes.PDF, FileTypes.DOCX, FileTypes.XLSX, FileTypes.PPTX, FileTypes.ODT, FileTypes.ODS,
                FileTypes.ODP, FileTypes.DOC, FileTypes.XLS, FileTypes.PPT, FileTypes.PNG, FileTypes.JPEG, FileTypes.GIF,
                FileTypes.WEBP, FileTypes.TXT, FileTypes.CSV}) List<String> allowedTypes) {

    public AssetProperties {
        allowedTypes = List.copyOf(allowedTypes);
    }
}
