package org.dastan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The whole CMS in one application: the public site (cms-web), the admin (cms-admin) and
 * the domain (cms-core). It lives in the root package so that scanning finds all three
 * modules.
 */
@SpringBootApplication
public class DastanApplication {

	public static void main(String[] args) {
		SpringApplication.run(DastanApplication.class, args);
	}

}
