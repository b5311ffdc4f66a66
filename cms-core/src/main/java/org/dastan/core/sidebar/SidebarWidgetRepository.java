package org.dastan.core.sidebar;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SidebarWidgetRepository extends JpaRepository<SidebarWidget, Long> {

	List<SidebarWidget> findByEnabledTrueAndPlacementInOrderByPosition(Collection<Placement> placements);

}
