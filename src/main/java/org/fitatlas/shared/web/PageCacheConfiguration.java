package org.fitatlas.shared.web;

import java.time.Duration;
import java.util.List;

import org.fitatlas.shared.ContentVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Registers {@link PageCache} after Spring Security (so it knows who is signed in and the
 * security headers are written on kept pages too).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheConfiguration.Settings.class)
class PageCacheConfiguration {

	/** Spring Security's filter chain runs at -100; this runs right after it. */
	private static final int AFTER_SECURITY = 0;

	/**
	 * The page cache for anonymous visitors.
	 *
	 * @param enabled whether pages are kept at all
	 * @param paths the pages that may be kept (path patterns); nothing personal may be
	 * under them
	 * @param timeToLive how long a page is kept at most
	 * @param maxSize how much memory all kept pages may take
	 * @param maxPageSize the largest page that is kept
	 */
	@ConfigurationProperties("fitatlas.web.page-cache")
	record Settings(@DefaultValue("true") boolean enabled, @DefaultValue( {
			"/", "/exercises", "/exercises/*", "/search", "/muscles", "/muscles/*", "/body-parts/*",
			"/equipment/*" }) List<String> paths, @DefaultValue("10m") Duration timeToLive,
			@DefaultValue("32MB") DataSize maxSize, @DefaultValue("512KB") DataSize maxPageSize){

		Settings {
			paths = List.copyOf(paths);
			if (timeToLive.isNegative() || timeToLive.isZero()) {
				throw new IllegalArgumentException(
						"fitatlas.web.page-cache.time-to-live must be positive, was " + timeToLive);
			}
		}

	}

	@Bean
	FilterRegistrationBean<PageCache> pageCache(Settings settings, ObjectProvider<ContentVersion> version) {
		ContentVersion contentVersion = version.getIfAvailable();
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(new PageCache(settings.paths(),
				(contentVersion != null) ? contentVersion : () -> 0L, settings.timeToLive(),
				settings.maxSize().toBytes(), (int) Math.min(Integer.MAX_VALUE, settings.maxPageSize().toBytes())));
		registration.setOrder(AFTER_SECURITY);
		registration.setEnabled(settings.enabled() && contentVersion != null);
		return registration;
	}

}
