package org.dastan.admin.home;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.dastan.core.article.desk.DeskLists;
import org.dastan.core.article.desk.Editor;

/**
 * The admin dashboard: my drafts, articles in review, scheduled and recently published.
 */
@Controller
class AdminHomeController {

	private final DeskLists lists;

	AdminHomeController(DeskLists lists) {
		this.lists = lists;
	}

	@GetMapping("/admin")
	String home(Authentication user, Model model) {
		model.addAttribute("dashboard", this.lists.dashboard(new Editor(user.getName(), false)));
		return "admin/home";
	}

}
