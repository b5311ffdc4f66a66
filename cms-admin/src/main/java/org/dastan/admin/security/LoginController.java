package org.dastan.admin.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the admin login form; Spring Security handles the form's POST.
 */
@Controller
class LoginController {

	@GetMapping("/admin/login")
	String login() {
		return "admin/login";
	}

}
