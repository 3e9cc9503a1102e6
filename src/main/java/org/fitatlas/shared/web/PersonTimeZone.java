package org.fitatlas.shared.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Where a person is, so that "today", a session's day and a week start at their midnight,
 * not at UTC's: a person training in New York at 21:00 trains today, not tomorrow.
 *
 * <p>
 * The zone comes from the {@code Time-Zone} header (apps and API clients) or the
 * {@code tz} cookie (set by every page's script from the browser's own setting), as an
 * IANA zone id such as {@code Europe/Berlin}; anything else means UTC. Controllers get it
 * by declaring a {@link ZoneId} or {@link TimeZone} parameter. The language still comes
 * from {@code Accept-Language}.
 */
class PersonTimeZone implements LocaleContextResolver {

	static final String COOKIE = "tz";

	static final String HEADER = "Time-Zone";

	private final AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();

	PersonTimeZone() {
		this.locales.setDefaultLocale(Locale.ENGLISH);
	}

	/** The person's zone, or UTC when they sent none or one that does not exist. */
	static ZoneId of(HttpServletRequest request) {
		ZoneId fromHeader = parse(request.getHeader(HEADER));
		if (fromHeader != null) {
			return fromHeader;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					ZoneId fromCookie = parse(
							java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8));
					if (fromCookie != null) {
						return fromCookie;
					}
				}
			}
		}
		return ZoneOffset.UTC;
	}

	static @Nullable ZoneId parse(@Nullable String id) {
		if (id == null || id.isBlank() || id.length() > 64) {
			return null;
		}
		try {
			return ZoneId.of(id.trim());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		Locale locale = this.locales.resolveLocale(request);
		TimeZone zone = TimeZone.getTimeZone(of(request));
		return new TimeZoneAwareLocaleContext() {

			@Override
			public Locale getLocale() {
				return locale;
			}

			@Override
			public TimeZone getTimeZone() {
				return zone;
			}

		};
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable LocaleContext localeContext) {
		throw new UnsupportedOperationException("The zone is the browser's: it is not changed by the server");
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return this.locales.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is the browser's: it is not changed by the server");
	}

}
