package org.fitatlas.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.accounts.internal.AccountPrincipal;
import org.fitatlas.accounts.internal.AccountRepository;
import org.fitatlas.accounts.internal.AccountService;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.web.JsonBodies;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts and API tokens, personal data export and deletion, and role management.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts", description = "Accounts, API tokens and personal data")
class AccountApiController {

	private final AccountService accounts;

	private final CurrentAccount current;

	private final JsonMapper json;

	AccountApiController(AccountService accounts, CurrentAccount current, JsonMapper json) {
		this.accounts = accounts;
		this.current = current;
		this.json = json;
	}

	/** An account as the API shows it. */
	record AccountView(long id, String email, String displayName, String role) {

		static AccountView of(AccountRepository.AccountRow row) {
			return new AccountView(row.id(), row.email(), row.displayName(), row.role());
		}

	}

	@PostMapping(path = "/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register: {email, password (8+ characters, not a common one), displayName}")
	ResponseEntity<AccountView> register(@RequestBody(required = false) String body, HttpServletRequest request) {
		JsonNode node = JsonBodies.object(body, Set.of("email", "password", "displayName"), this.json);
		AccountRepository.AccountRow row = this.accounts.registerFrom(JsonBodies.text(node, "email"),
				JsonBodies.text(node, "password"), JsonBodies.text(node, "displayName"), request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/account")).body(AccountView.of(row));
	}

	@PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an API token: {email, password, name, expiresInDays (optional, 1..365)}; "
			+ "the token is shown only in this answer")
	ResponseEntity<AccountService.IssuedToken> createToken(@RequestBody(required = false) String body,
			HttpServletRequest request) {
		JsonNode node = JsonBodies.object(body, Set.of("email", "password", "name", "expiresInDays"), this.json);
		String name = JsonBodies.text(node, "name");
		Integer days = days(node);
		AccountPrincipal principal = this.accounts.authenticate(JsonBodies.text(node, "email"),
				JsonBodies.text(node, "password"), request.getRemoteAddr());
		AccountService.IssuedToken token = this.accounts.createToken(new AccountId(principal.id()), name, days);
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(token);
	}

	@GetMapping("/tokens")
	@Operation(summary = "Your API tokens (never the secrets themselves)")
	List<AccountRepository.TokenRow> tokens() {
		return this.accounts.tokens(this.current.required());
	}

	@DeleteMapping("/tokens/{id}")
	@Operation(summary = "Delete one of your API tokens")
	ResponseEntity<Void> deleteToken(@PathVariable String id) {
		this.accounts.deleteToken(this.current.required(), uuid(id));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/account")
	@Operation(summary = "Your account")
	AccountView account() {
		return AccountView.of(this.accounts.profile(this.current.required()));
	}

	@GetMapping("/account/export")
	@Operation(summary = "Everything FitAtlas keeps about you, as JSON")
	ResponseEntity<Map<String, Object>> export() {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"fitatlas-my-data.json\"")
			.body(this.accounts.export(this.current.required()));
	}

	@DeleteMapping("/account")
	@Operation(summary = "Delete your account and every personal record")
	ResponseEntity<Void> delete() {
		this.accounts.delete(this.current.required());
		return ResponseEntity.noContent().build();
	}

	@PutMapping(path = "/admin/accounts/{id}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Admins only: set an account's role to user, editor or admin")
	Map<String, Object> setRole(@PathVariable String id, @RequestBody(required = false) String body) {
		JsonNode node = JsonBodies.object(body, Set.of("role"), this.json);
		long accountId;
		try {
			accountId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw InvalidParameter.of("id", id, "an account id (a whole number)");
		}
		String role = JsonBodies.text(node, "role");
		this.accounts.setRole(accountId, role);
		return Map.of("id", accountId, "role", role);
	}

	private static @Nullable Integer days(JsonNode body) {
		JsonNode node = body.get("expiresInDays");
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			throw InvalidParameter.of("expiresInDays", node.toString(),
					"a whole number of days, 1.." + AccountService.MAX_TOKEN_DAYS);
		}
		return node.intValue();
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidParameter.of("id", id, "a token id like 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
		}
	}

}
