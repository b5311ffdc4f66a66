package org.dastan.core.sidebar.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.dastan.core.sidebar.Placement;

public interface SidebarWidgetRepository extends JpaRepository<SidebarWidget, Long> {

	List<SidebarWidget> findByEnabledTrueAndPlacementInOrderByPosition(Collection<Placement> placements);

	List<SidebarWidget> findAllByOrderByPositionAscIdAsc();

	@Query("select coalesce(max(w.position), -1) from SidebarWidget w")
	int findLastPosition();

}
