package org.dastan;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import org.dastan.core.cache.ContentCaches;

/**
 * Starts every test with empty content caches. Tests set their data up through
 * repositories, which publish no event, so nothing tells the caches; without this, a test
 * would be served the pages, ticker and sidebar that an earlier test in the same context
 * left behind. What a test changes itself, through the features, must still be announced.
 */
class EmptyContentCaches implements TestExecutionListener {

	@Override
	public void beforeTestExecution(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext()
				.getBeanProvider(ContentCaches.class)
				.ifAvailable(ContentCaches::clearAll);
		}
	}

}
