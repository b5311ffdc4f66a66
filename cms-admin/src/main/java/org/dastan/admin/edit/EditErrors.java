package org.dastan.admin.edit;

import org.springframework.validation.BindingResult;

import org.dastan.core.edit.RejectedEditException;

/**
 * Shows a rule a service enforced where the form shows its own validation errors: next to
 * the field the rule names, or above the form when it names none.
 */
public final class EditErrors {

	private EditErrors() {
	}

	public static void reject(BindingResult binding, RejectedEditException rejected) {
		if (rejected.field() != null && binding.getFieldType(rejected.field()) != null) {
			binding.rejectValue(rejected.field(), rejected.code(), rejected.args(), null);
		}
		else {
			binding.reject(rejected.code(), rejected.args(), null);
		}
	}

}
