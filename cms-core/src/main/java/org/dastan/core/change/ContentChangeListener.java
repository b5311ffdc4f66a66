package org.dastan.core.change;

import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Bumps the content version once in each transaction that inserts, updates or deletes a
 * content entity, just before it commits, so the new number and the change become visible
 * together. Staff accounts, revision records, Envers' audit rows and autosaves are not
 * content: a failed login must not clear every cache.
 */
class ContentChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	static final String BUMP = "update content_version set version = version + 1 where id = 1";

	// Static because Hibernate, not Spring, creates the listener. Each context
	// registers a hook for its own session factory, removed when it closes:
	// with several contexts in one JVM (the tests'), a commit in one must not
	// announce a change in the others.
	private static final Map<Runnable, SessionFactory> afterCommit = new ConcurrentHashMap<>();

	private final Set<SharedSessionContractImplementor> bumping = ConcurrentHashMap.newKeySet();

	static void addAfterCommitHook(SessionFactory sessionFactory, Runnable hook) {
		afterCommit.put(hook, sessionFactory);
	}

	static void removeAfterCommitHook(Runnable hook) {
		afterCommit.remove(hook);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		changed(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		changed(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		changed(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	static boolean isContent(Object entity) {
		if (entity == null) {
			return false;
		}
		// Staff accounts, the audit trail, revisions, the import log and editors'
		// autosaves appear on no public page: a login, an import that changed no rate or
		// an editor's typing must not empty every node's cache.
		String type = entity.getClass().getName();
		return type.startsWith("org.dastan.core.") && !type.startsWith("org.dastan.core.user.")
				&& !type.startsWith("org.dastan.core.audit.") && !type.endsWith(".ArticleRevision")
				&& !type.endsWith(".RateImport") && !type.endsWith(".ArticleAutosave");
	}

	private void changed(AbstractCollectionEvent event) {
		changed(event.getSession(), event.getAffectedOwnerOrNull());
	}

	private void changed(SharedSessionContractImplementor session, Object entity) {
		if (!isContent(entity) || !this.bumping.add(session)) {
			return;
		}
		TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
		callbacks.registerCallback((BeforeCompletionCallback) this::bump);
		callbacks.registerCallback((AfterCompletionCallback) (success, completed) -> {
			this.bumping.remove(completed);
			if (success) {
				afterCommit.forEach((hook, sessionFactory) -> {
					if (sessionFactory == completed.getFactory()) {
						hook.run();
					}
				});
			}
		});
	}

	private void bump(SharedSessionContractImplementor session) {
		this.bumping.remove(session);
		session.doWork((connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(BUMP)) {
				statement.executeUpdate();
			}
		});
	}

}
