package org.dastan.admin.tag;

import jakarta.validation.constraints.NotNull;

/**
 * The tag another one is merged into.
 */
public class MergeForm {

	@NotNull(message = "{admin.tags.merge.choose}")
	private Long target;

	public Long getTarget() {
		return this.target;
	}

	public void setTarget(Long target) {
		this.target = target;
	}

}
