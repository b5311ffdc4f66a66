package org.dastan.admin.edit;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;

/**
 * Shows a rule a service enforced where the form shows its own validation errors: next to
 * the field the rule names, or above the form when it names none; and a save that came
 * after someone else's as a conflict above the form, with everything the editor typed
 * kept.
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

	/**
	 * Runs the save of a versioned form; when a rule refuses it or someone saved first,
	 * says so on the form and gives the form the stored version, so that saving again
	 * overwrites knowingly.
	 * @param save the service call
	 * @param storedVersion reads the stored version when the database, not the service,
	 * noticed the conflict
	 * @param formVersion sets the version the form carries
	 * @return whether the save went through
	 */
	public static boolean saved(BindingResult binding, Runnable save, LongSupplier storedVersion,
			LongConsumer formVersion) {
		try {
			save.run();
			return true;
		}
		catch (RejectedEditException ex) {
			reject(binding, ex);
		}
		catch (StaleEditException ex) {
			binding.reject("admin.form.stale");
			formVersion.accept(ex.currentVersion());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			binding.reject("admin.form.stale");
			formVersion.accept(storedVersion.getAsLong());
		}
		return false;
	}

}
