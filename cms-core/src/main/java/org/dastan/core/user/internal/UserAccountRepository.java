package org.dastan.core.user.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Staff accounts, found by username, searched and locked for the changes that must not
 * race.
 */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	/**
	 * The account, its row locked until the transaction ends: logins failing at the same
	 * time count one after the other instead of overwriting each other's count.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.username = :username")
	Optional<UserAccount> lockByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByEmailIgnoreCase(String email);

	/** Accounts whose username, display name or email contains the lower-cased text. */
	@Query("""
			select u from UserAccount u where :text = ''
				or lower(u.username) like concat('%', :text, '%')
				or lower(u.displayName) like concat('%', :text, '%')
				or lower(u.email) like concat('%', :text, '%')""")
	Page<UserAccount> search(String text, Pageable pageable);

	/**
	 * The enabled admins, their rows locked until the transaction ends, so that two
	 * admins demoting each other at once cannot both succeed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u join u.roles r where r = org.dastan.core.user.Role.ADMIN and u.enabled = true")
	List<UserAccount> lockEnabledAdmins();

}
