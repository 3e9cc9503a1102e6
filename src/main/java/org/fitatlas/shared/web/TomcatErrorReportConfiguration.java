package org.fitatlas.shared.web;

import java.util.List;

import org.apache.catalina.core.StandardHost;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Installs {@link ProblemJsonErrorReportValve} on the embedded Tomcat host and
 * {@link TrustedProxyValve} in front of everything.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorReportConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
			}
		});
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
			@Value("${fitatlas.trusted-proxies:}") List<String> proxies) {
		return (factory) -> factory.addEngineValves(new TrustedProxyValve(proxies));
	}

}
