package org.fitatlas.accounts.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person as Spring Security sees them.
 */
public record AccountPrincipal(long id, String email, String displayName, String role,
		String passwordHash) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return switch (this.role) {
			case "admin" -> List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"),
					new SimpleGrantedAuthority("ROLE_USER"));
			case "editor" ->
				List.of(new SimpleGrantedAuthority("ROLE_EDITOR"), new SimpleGrantedAuthority("ROLE_USER"));
			default -> List.of(new SimpleGrantedAuthority("ROLE_USER"));
		};
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[id=" + this.id + ", role=" + this.role + "]";
	}

}
