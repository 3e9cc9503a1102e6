package org.fitatlas.accounts.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts and API tokens in PostgreSQL.
 */
@Repository
public class AccountRepository {

	/** An account row for export and management. */
	public record AccountRow(long id, String email, String displayName, String role, OffsetDateTime createdAt) {
	}

	/** An API token's metadata; the token itself is never stored. */
	public record TokenRow(UUID id, String name, OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt,
			@Nullable OffsetDateTime expiresAt) {
	}

	/**
	 * An address as stored and its canonical key, for re-checking the key at start-up.
	 */
	record StoredEmail(long id, String email, String canonical) {
	}

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String email, String canonical, String passwordHash, String displayName, String role) {
		return this.jdbc.sql("""
				insert into account (email, email_canonical, password_hash, display_name, role)
				values (:email, :canonical, :hash, :name, :role) returning id""")
			.param("email", email)
			.param("canonical", canonical)
			.param("hash", passwordHash)
			.param("name", displayName)
			.param("role", role)
			.query(Long.class)
			.single();
	}

	boolean emailTaken(String canonical) {
		return this.jdbc.sql("select count(*) from account where email_canonical = :canonical")
			.param("canonical", canonical)
			.query(Long.class)
			.single() > 0;
	}

	long count() {
		return this.jdbc.sql("select count(*) from account").query(Long.class).single();
	}

	Optional<AccountPrincipal> byCanonicalEmail(String canonical) {
		return this.jdbc
			.sql("select id, email, display_name, role, password_hash from account where email_canonical = :canonical")
			.param("canonical", canonical)
			.query((rs, n) -> new AccountPrincipal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	Optional<AccountPrincipal> byTokenHash(String hash) {
		return this.jdbc.sql("""
				update api_token set last_used_at = now()
				where token_hash = :hash and (expires_at is null or expires_at > now()) returning account_id""")
			.param("hash", hash)
			.query(Long.class)
			.optional()
			.flatMap(this::byId);
	}

	Optional<AccountPrincipal> byId(long id) {
		return this.jdbc.sql("select id, email, display_name, role, password_hash from account where id = :id")
			.param("id", id)
			.query((rs, n) -> new AccountPrincipal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	Optional<AccountRow> row(long id) {
		return this.jdbc.sql("select id, email, display_name, role, created_at from account where id = :id")
			.param("id", id)
			.query((rs, n) -> new AccountRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.optional();
	}

	void insertToken(UUID id, long accountId, String name, String hash, @Nullable OffsetDateTime expiresAt) {
		this.jdbc.sql("""
				insert into api_token (id, account_id, name, token_hash, expires_at)
				values (:id, :account, :name, :hash, :expires)""")
			.param("id", id)
			.param("expires", expiresAt)
			.param("account", accountId)
			.param("name", name)
			.param("hash", hash)
			.update();
	}

	List<TokenRow> tokens(long accountId) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, expires_at from api_token where account_id = :account
				order by created_at""")
			.param("account", accountId)
			.query((rs, n) -> new TokenRow(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	boolean deleteToken(UUID id, long accountId) {
		return this.jdbc.sql("delete from api_token where id = :id and account_id = :account")
			.param("id", id)
			.param("account", accountId)
			.update() > 0;
	}

	List<StoredEmail> storedEmails() {
		return this.jdbc.sql("select id, email, email_canonical from account order by id")
			.query((rs, n) -> new StoredEmail(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	boolean setCanonical(long accountId, String canonical) {
		return this.jdbc.sql("""
				update account set email_canonical = :canonical
				where id = :id and not exists (select 1 from account where email_canonical = :canonical)""")
			.param("canonical", canonical)
			.param("id", accountId)
			.update() > 0;
	}

	boolean exists(long accountId) {
		return this.jdbc.sql("select count(*) from account where id = :id")
			.param("id", accountId)
			.query(Long.class)
			.single() > 0;
	}

	boolean delete(long accountId) {
		return this.jdbc.sql("delete from account where id = :id").param("id", accountId).update() > 0;
	}

	boolean setRole(long accountId, String role) {
		return this.jdbc.sql("update account set role = :role where id = :id")
			.param("role", role)
			.param("id", accountId)
			.update() > 0;
	}

}
