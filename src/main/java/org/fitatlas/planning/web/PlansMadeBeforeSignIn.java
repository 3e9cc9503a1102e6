package org.fitatlas.planning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.planning.PlanNotFound;
import org.fitatlas.planning.Plans;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Plans a person makes in the wizard before they have an account are remembered in their
 * browser session; on the first page after they register and sign in, those plans become
 * theirs (Spring Security keeps session attributes across sign-in). Plans merely opened
 * from a link are not taken: they may be someone else's.
 */
@Configuration(proxyBeanMethods = false)
class PlansMadeBeforeSignIn implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = PlansMadeBeforeSignIn.class.getName();

	/** Enough for a person trying a few answers; older ones fall off. */
	static final int REMEMBERED = 20;

	private final Plans plans;

	private final CurrentAccount current;

	PlansMadeBeforeSignIn(Plans plans, CurrentAccount current) {
		this.plans = plans;
		this.current = current;
	}

	static void remember(HttpServletRequest request, UUID plan) {
		HttpSession session = request.getSession(true);
		List<UUID> made = new ArrayList<>(made(session));
		made.add(plan);
		session.setAttribute(ATTRIBUTE, List.copyOf(made.subList(Math.max(0, made.size() - REMEMBERED), made.size())));
	}

	static boolean remembered(HttpServletRequest request, UUID plan) {
		HttpSession session = request.getSession(false);
		return session != null && made(session).contains(plan);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/icons/**", "/webjars/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(ATTRIBUTE) == null) {
			return true;
		}
		Optional<AccountId> me = this.current.id();
		if (me.isPresent()) {
			for (UUID plan : made(session)) {
				try {
					this.plans.claim(plan, me.get());
				}
				catch (PlanNotFound ex) {
					// expired, deleted, or already kept by whoever signed in here before
				}
			}
			session.removeAttribute(ATTRIBUTE);
		}
		return true;
	}

	@SuppressWarnings("unchecked")
	private static List<UUID> made(HttpSession session) {
		Object made = session.getAttribute(ATTRIBUTE);
		return (made instanceof List<?> list) ? (List<UUID>) list : List.of();
	}

}
