package org.fitatlas.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under their own paths only, with versioned URLs cached for a year.
 *
 * <p>
 * Spring Boot's default maps {@code /**} to the static folders; then the
 * {@code ResourceUrlEncodingFilter} looks up every link a template writes
 * ({@code /exercises/bird-dog} too) as a classpath resource inside the jar, on every
 * request, and caches nothing because links to pages are never resources. With the
 * default mapping off ({@code spring.web.resources.add-mappings: false}) only
 * {@code /css/**}, {@code /js/**}, {@code /webjars/**}, {@code /icons/**}, the offline
 * files ({@code /sw.js}, {@code /manifest.json}) and {@code /favicon.ico} are resources:
 * a link to a page no longer matches any pattern, and a link to a resource is resolved
 * once and cached. Links to our own files carry a hash of their content
 * ({@code app-5f3c….css}) and links to WebJars their library version, so a new build
 * never meets an old copy in a browser's cache.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final CacheControl ONE_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(ONE_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(ONE_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/icons/**")
			.addResourceLocations("classpath:/static/icons/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
		// The service worker and the app manifest keep fixed addresses (browsers look for
		// them
		// there) and are checked for updates on every visit.
		registry.addResourceHandler("/sw.js", "/manifest.json")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache());
		// Browsers ask for the favicon at this fixed address whatever the page links to.
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(ONE_YEAR)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
