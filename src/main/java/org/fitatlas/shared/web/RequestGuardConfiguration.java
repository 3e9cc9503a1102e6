package org.fitatlas.shared.web;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Registers {@link RequestGuardFilter} ahead of Spring Security, so over-size bodies and
 * control characters are refused before any other work.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestGuardConfiguration.BodyLimits.class)
class RequestGuardConfiguration {

	/**
	 * Request body limits.
	 *
	 * @param maxBodySize the largest body any request may carry
	 * @param maxBodySizeByPath larger limits for paths starting with the given prefix
	 * (for uploads)
	 */
	@ConfigurationProperties("fitatlas.web")
	record BodyLimits(@DefaultValue("16KB") DataSize maxBodySize, Map<String, DataSize> maxBodySizeByPath) {

		BodyLimits {
			if (maxBodySize.toBytes() < 1) {
				throw new IllegalArgumentException("fitatlas.web.max-body-size must be positive, was " + maxBodySize);
			}
			maxBodySizeByPath = (maxBodySizeByPath != null) ? Map.copyOf(maxBodySizeByPath) : Map.of();
		}

	}

	@Bean
	FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(BodyLimits limits) {
		FilterRegistrationBean<RequestGuardFilter> registration = new FilterRegistrationBean<>(
				new RequestGuardFilter(limits.maxBodySize(), limits.maxBodySizeByPath()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		return registration;
	}

}
