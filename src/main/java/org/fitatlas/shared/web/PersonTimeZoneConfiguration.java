package org.fitatlas.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** Makes {@link PersonTimeZone} the locale resolver of the web layer. */
@Configuration(proxyBeanMethods = false)
class PersonTimeZoneConfiguration {

	@Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new PersonTimeZone();
	}

}
