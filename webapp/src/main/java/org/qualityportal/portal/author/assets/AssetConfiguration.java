package org.qualityportal.portal.author.assets;

import java.util.LinkedHashSet;
import java.util.Set;

import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.rendering.WebResourcePaths;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assets app's settings and what is made from them once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssetProperties.class)
class AssetConfiguration {

    @Bean
    FileCheck fileCheck(AssetProperties properties) {
        return new FileCheck(properties);
    }

    @Bean
    UploadSettings uploadSettings(AssetProperties properties, LightModuleRegistry registry) {
        Set<String> accept = new LinkedHashSet<>();
        for (String type : properties.allowedTypes()) {
            FileTypes.known(type).ifPresent(k -> k.extensions().forEach(ext -> accept.add("." + ext)));
            accept.add(type);
        }
        return new UploadSettings(String.join(",", accept), Sizes.format(properties.maxSize().toBytes()),
                Sizes.format(properties.maxUpload().toBytes()),
                properties.maxSize().toBytes(), String.join(", ", properties.allowedTypes().stream().map(FileTypes::label).toList()),
                () -> registry.fingerprint(UploadSettings.MODULE, UploadSettings.SCRIPT)
                        .map(fp -> WebResourcePaths.withFingerprint(UploadSettings.SCRIPT, fp)).orElse(UploadSettings.SCRIPT));
    }
}
