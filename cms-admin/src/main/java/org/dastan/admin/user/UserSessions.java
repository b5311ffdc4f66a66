package org.dastan.admin.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import org.dastan.core.config.NewsroomProperties;

/**
 * A user's sessions as Spring Session keeps them in the database, found by username, so
 * that they can be listed and ended on every node at once.
 */
@Component
public class UserSessions {

	/** Session attributes that say where a session was opened from. */
	static final String CLIENT_ADDRESS = "dastan.client-address";

	static final String USER_AGENT = "dastan.user-agent";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ZoneId zone;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions, NewsroomProperties newsroom) {
		this.sessions = sessions;
		this.zone = newsroom.timeZone();
	}

	/** The user's sessions, most recently used first. */
	List<SessionView> list(String username, String currentId) {
		return this.sessions.findByPrincipalName(username)
			.values()
			.stream()
			.map((session) -> new SessionView(reference(session.getId()), session.getCreationTime().atZone(this.zone),
					session.getLastAccessedTime().atZone(this.zone), session.getAttribute(CLIENT_ADDRESS),
					session.getAttribute(USER_AGENT), session.getId().equals(currentId)))
			.sorted(Comparator.comparing(SessionView::lastUsed).reversed())
			.toList();
	}

	/**
	 * Ends the user's session with the given reference; one that is not theirs changes
	 * nothing.
	 */
	boolean end(String username, String reference) {
		Optional<String> id = this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((candidate) -> reference(candidate).equals(reference))
			.findFirst();
		id.ifPresent(this.sessions::deleteById);
		return id.isPresent();
	}

	/**
	 * What pages show instead of a session id, so that a script on the page could not
	 * read the id that the HttpOnly cookie keeps from it.
	 */
	static String reference(String sessionId) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void endAll(String username) {
		endOthers(username, null);
	}

	/**
	 * Ends the user's sessions but the one to keep (none when {@code null}); for any
	 * change to what the user may do or how they log in.
	 */
	public void endOthers(String username, String keepId) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(username);
		found.keySet().stream().filter((id) -> !id.equals(keepId)).forEach(this.sessions::deleteById);
	}

}
