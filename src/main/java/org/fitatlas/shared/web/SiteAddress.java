package org.fitatlas.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the address people reach FitAtlas at ({@code fitatlas.public-url}),
 * for the absolute links of OpenGraph tags; never built from the request's Host header.
 */
@ControllerAdvice
class SiteAddress {

	private final String publicUrl;

	SiteAddress(@Value("${fitatlas.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@ModelAttribute("publicUrl")
	String publicUrl() {
		return this.publicUrl;
	}

}
