package org.dastan.admin.revision;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.article.desk.Editor;
import org.dastan.core.article.revision.ArticleRevisions;
import org.dastan.core.article.revision.RestoredRevision;
import org.dastan.core.article.revision.RevisionNotFoundException;
import org.dastan.core.article.revision.RevisionSummary;

/**
 * The history of an article's saves, the comparison of two revisions, and restoring one.
 * Restoring needs an editor: the URL rules enforce it, this only hides the buttons.
 */
@Controller
@RequestMapping("/admin/articles/{id}/revisions")
class RevisionController {

	private static final String HISTORY = "redirect:/admin/articles/{id}/revisions";

	private final ArticleRevisions revisions;

	private final RoleHierarchy roles;

	private final ArticleDesk desk;

	RevisionController(ArticleRevisions revisions, RoleHierarchy roles, ArticleDesk desk) {
		this.revisions = revisions;
		this.roles = roles;
		this.desk = desk;
	}

	@GetMapping
	String history(@PathVariable long id, Authentication user, Model model) {
		checkMayEdit(id, user);
		List<RevisionSummary> history = this.revisions.history(id);
		model.addAttribute("articleId", id);
		model.addAttribute("articleTitle", history.isEmpty() ? "" : history.get(0).title());
		model.addAttribute("revisions", history);
		model.addAttribute("canRestore", isEditor(user));
		return "admin/revisions/history";
	}

	@GetMapping("/compare")
	String compare(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Authentication user, Model model, RedirectAttributes redirect) {
		checkMayEdit(id, user);
		Optional<Integer> older = RevisionNumber.parse(from);
		Optional<Integer> newer = RevisionNumber.parse(to);
		if (older.isEmpty() || newer.isEmpty()) {
			redirect.addFlashAttribute("revisionsNotice", "admin.revisions.choose-two");
			return HISTORY;
		}
		model.addAttribute("diff", this.revisions.compare(id, older.get(), newer.get()));
		return "admin/revisions/compare";
	}

	@PostMapping("/{rev}/restore")
	String restore(@PathVariable long id, @PathVariable int rev, RedirectAttributes redirect) {
		try {
			Optional<RestoredRevision> restored = this.revisions.restore(id, rev);
			redirect.addFlashAttribute("flash",
					restored.isPresent() ? "admin.revisions.restored" : "admin.revisions.unchanged");
			restored.ifPresent((result) -> redirect.addFlashAttribute("keptCurrent", result.keptCurrent()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("revisionsNotice", "admin.revisions.conflict");
		}
		return HISTORY;
	}

	@ExceptionHandler(RevisionNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "admin/revisions/not-found";
	}

	// Authors see the history of the drafts they may edit; editors see everything.
	private void checkMayEdit(long id, Authentication user) {
		if (!isEditor(user)) {
			this.desk.open(id, new Editor(user.getName(), false));
		}
	}

	private boolean isEditor(Authentication user) {
		return this.roles.getReachableGrantedAuthorities(user.getAuthorities())
			.stream()
			.anyMatch((authority) -> "ROLE_EDITOR".equals(authority.getAuthority()));
	}

}
