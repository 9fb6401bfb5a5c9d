package org.qualityportal.portal.config;

import java.io.IOException;
import java.time.Clock;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.oak.OakContentStore;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.lightmodule.LightModuleWatcher;
import org.qualityportal.templating.rendering.PageRenderer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The repository, the light modules and the renderer, wired from {@link PortalProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class ContentConfiguration {

    @Bean(destroyMethod = "close")
    PortalHome portalHome(PortalProperties properties) {
        return PortalHome.claim(properties.home());
    }

    @Bean(destroyMethod = "close")
    ContentStore contentStore(PortalHome home, PortalProperties properties) throws IOException {
        return OakContentStore.segmentTar(properties.repository());
    }

    @Bean
    LightModuleRegistry lightModuleRegistry(PortalProperties properties) {
        LightModuleRegistry registry = new LightModuleRegistry(properties.lightModules(), PageRenderer.scriptChecker(),
                Clock.systemUTC());
        registry.refresh();
        return registry;
    }

    @Bean(destroyMethod = "close")
    LightModuleWatcher lightModuleWatcher(LightModuleRegistry registry, PortalProperties properties) {
        return new LightModuleWatcher(registry, properties.reloadInterval());
    }

    @Bean
    PageRenderer pageRenderer(LightModuleRegistry registry, PortalProperties properties, BeanFactory beans) {
        return new PageRenderer(registry, new InjectingModelFactory(beans), properties.showComponentErrors());
    }
}
