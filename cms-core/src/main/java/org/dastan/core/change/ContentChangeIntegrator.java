package org.dastan.core.change;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Hooks {@link ContentChangeListener} into every Hibernate session factory, so every path
 * that saves an entity bumps the content version, whichever feature it comes from. Found
 * by Hibernate through {@code META-INF/services}.
 */
public class ContentChangeIntegrator implements Integrator {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		ContentChangeListener listener = new ContentChangeListener();
		EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
	}

}
