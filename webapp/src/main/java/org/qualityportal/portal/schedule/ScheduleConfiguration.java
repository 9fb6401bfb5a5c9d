package org.qualityportal.portal.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The schedule settings, and the runner every {@code portal.schedule.interval}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

    /** Only in the running portal: the import and export commands must not publish anything by the way. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    @EnableScheduling
    static class Runner implements SchedulingConfigurer {
        private final ScheduleRunner runner;
        private final ScheduleProperties properties;

        Runner(ScheduleRunner runner, ScheduleProperties properties) {
            this.runner = runner;
            this.properties = properties;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(runner::runNow, properties.interval());
        }
    }
}
