package org.dastan.core.user.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.dastan.core.user.Role;

/**
 * A login to the admin. Holds only a password hash; the plain password never reaches this
 * class.
 */
@Entity
@Table(name = "user_accounts")
public class UserAccount {

	/** Failed logins within {@link #FAILURE_WINDOW} that lock the account. */
	public static final int MAX_FAILED_LOGINS = 5;

	public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotBlank
	@Size(max = 60)
	@Pattern(regexp = "^[a-zA-Z0-9._-]+$")
	private String username;

	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 120)
	@Column(name = "display_name")
	private String displayName;

	@NotBlank
	@Column(name = "password_hash")
	private String passwordHash;

	@NotEmpty
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_account_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "failures_since")
	private Instant failuresSince;

	@Column(name = "totp_secret")
	private String totpSecret;

	@Column(name = "totp_last_step")
	private Long totpLastStep;

	@ElementCollection
	@CollectionTable(name = "user_recovery_codes", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "code_hash")
	private Set<String> recoveryCodeHashes = new HashSet<>();

	@Column(name = "created_at")
	private Instant createdAt = Instant.now();

	@Version
	private Long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = EnumSet.copyOf(roles);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public void setRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	public void enable() {
		this.enabled = true;
	}

	public void disable() {
		this.enabled = false;
	}

	/** Sets a password the user chose; the hash must come from the password encoder. */
	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	/**
	 * Sets a one-time password an admin hands over: the user must choose their own at the
	 * next login.
	 */
	public void setOneTimePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
	}

	/** Lifts a lockout and forgets the failed logins behind it. */
	public void unlock() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}

	/**
	 * Counts a failed login. The fifth failure within {@link #FAILURE_WINDOW} locks the
	 * account for {@link #LOCK_DURATION}; failures while locked neither count nor extend
	 * the lock.
	 * @return whether this failure locked the account
	 */
	public boolean recordFailedLogin(Instant now) {
		if (isLockedAt(now)) {
			return false;
		}
		if (this.failuresSince == null || !now.isBefore(this.failuresSince.plus(FAILURE_WINDOW))) {
			this.failuresSince = now;
			this.failedAttempts = 0;
		}
		this.failedAttempts++;
		if (this.failedAttempts < MAX_FAILED_LOGINS) {
			return false;
		}
		this.lockedUntil = now.plus(LOCK_DURATION);
		this.failedAttempts = 0;
		this.failuresSince = null;
		return true;
	}

	/** Forgets earlier failures once the user has fully logged in. */
	public void recordSuccessfulLogin() {
		this.failedAttempts = 0;
		this.failuresSince = null;
	}

	public boolean hasTwoFactor() {
		return this.totpSecret != null;
	}

	/**
	 * The Base32 secret of the user's authenticator app, or null without two-factor
	 * login.
	 */
	public String getTotpSecret() {
		return this.totpSecret;
	}

	/**
	 * Turns two-factor login on with a secret the user has just proved to hold by a code
	 * of time step {@code usedStep}.
	 */
	public void enableTwoFactor(String secret, long usedStep, Collection<String> recoveryCodeHashes) {
		this.totpSecret = secret;
		this.totpLastStep = usedStep;
		this.recoveryCodeHashes.clear();
		this.recoveryCodeHashes.addAll(recoveryCodeHashes);
	}

	public void disableTwoFactor() {
		this.totpSecret = null;
		this.totpLastStep = null;
		this.recoveryCodeHashes.clear();
	}

	/**
	 * Accepts the code of a time step at most once: a step no later than the last
	 * accepted one is refused, so an overheard code cannot be replayed.
	 */
	public boolean acceptCodeOfStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	/**
	 * Uses up the recovery code with this hash; false when there is no such unused code.
	 */
	public boolean useRecoveryCode(String codeHash) {
		return this.recoveryCodeHashes.remove(codeHash);
	}

	public int getRemainingRecoveryCodes() {
		return this.recoveryCodeHashes.size();
	}

}
