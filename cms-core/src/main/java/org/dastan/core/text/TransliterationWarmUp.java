package org.dastan.core.text;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads ICU's transliteration rules in the background once the context is up. They take
 * about half a second to load, which the first article indexed would otherwise wait for:
 * on a first start, that is the demo newsroom, before the site is ready.
 */
@Component
class TransliterationWarmUp {

	@EventListener(ContextRefreshedEvent.class)
	void loadInBackground() {
		Thread loader = new Thread(() -> Latin.of("Алматы"), "transliteration-rules");
		loader.setDaemon(true);
		loader.start();
	}

}
