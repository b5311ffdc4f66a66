package org.dastan.admin.user;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import org.dastan.core.config.NewsroomProperties;

/**
 * A user's sessions as Spring Session keeps them in the database, found by username, so
 * that they can be listed and ended on every node at once.
 */
@Component
class UserSessions {

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
			.map((session) -> new SessionView(session.getId(), session.getCreationTime().atZone(this.zone),
					session.getLastAccessedTime().atZone(this.zone), session.getAttribute(CLIENT_ADDRESS),
					session.getAttribute(USER_AGENT), session.getId().equals(currentId)))
			.sorted(Comparator.comparing(SessionView::lastUsed).reversed())
			.toList();
	}

	/** Ends one of the user's sessions; an id that is not theirs changes nothing. */
	boolean end(String username, String sessionId) {
		if (!this.sessions.findByPrincipalName(username).containsKey(sessionId)) {
			return false;
		}
		this.sessions.deleteById(sessionId);
		return true;
	}

	void endAll(String username) {
		endOthers(username, null);
	}

	void endOthers(String username, String keepId) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(username);
		found.keySet().stream().filter((id) -> !id.equals(keepId)).forEach(this.sessions::deleteById);
	}

}
