package org.dastan.admin.journey;

import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the page the browser shows and describes the violations that block
 * readers: those of serious or critical impact.
 */
final class AxeCheck {

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	private AxeCheck() {
	}

	static Results analyze(WebDriver driver) {
		return new AxeBuilder().analyze(driver);
	}

	static List<String> blocking(Results results) {
		return results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING_IMPACTS.contains(rule.getImpact()))
			.map(AxeCheck::describe)
			.toList();
	}

	static List<String> blocking(WebDriver driver) {
		return blocking(analyze(driver));
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes()
					.stream()
					.limit(3)
					.map((node) -> node.getTarget() + " " + node.getFailureSummary())
					.toList();
	}

}
