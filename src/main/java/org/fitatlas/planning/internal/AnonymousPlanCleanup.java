package org.fitatlas.planning.internal;

import org.fitatlas.planning.Plans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes anonymous plans past their retention once an hour (and shortly after start), so
 * plans nobody claimed by signing in do not pile up.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnonymousPlanCleanup {

	private static final Logger log = LoggerFactory.getLogger(AnonymousPlanCleanup.class);

	private final Plans plans;

	AnonymousPlanCleanup(Plans plans) {
		this.plans = plans;
	}

	@Scheduled(initialDelayString = "${fitatlas.plans.cleanup-initial-delay:PT5M}",
			fixedDelayString = "${fitatlas.plans.cleanup-interval:PT1H}")
	void deleteExpired() {
		int deleted = this.plans.deleteExpiredAnonymous();
		if (deleted > 0) {
			log.info("Deleted {} anonymous plans past their retention", deleted);
		}
	}

}
