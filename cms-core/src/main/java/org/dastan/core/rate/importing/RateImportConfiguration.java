package org.dastan.core.rate.importing;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.rate.RateProperties;

/**
 * The lock in the {@code shedlock} table that the import runs under (the database's clock
 * decides, so nodes' clocks need not agree), and the import's schedule when it is on.
 */
@Configuration(proxyBeanMethods = false)
class RateImportConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
		return new DefaultLockingTaskExecutor(lockProvider);
	}

	@Bean
	SchedulingConfigurer rateImportSchedule(RateProperties properties, NewsroomProperties newsroom, RateImportJob job) {
		return (ScheduledTaskRegistrar registrar) -> {
			if (properties.importEnabled()) {
				registrar.addTriggerTask(() -> job.runOnce(null),
						new CronTrigger(properties.importCron(), newsroom.timeZone()));
			}
		};
	}

}
