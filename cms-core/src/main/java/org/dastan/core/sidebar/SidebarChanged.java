package org.dastan.core.sidebar;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A widget was added, configured, switched on or off, moved or deleted: what the public
 * sidebar shows changed.
 *
 * @param widgetId the widget changed; {@code null} when the whole order was set at once
 */
@DomainEvent
public record SidebarChanged(Long widgetId) {

}
