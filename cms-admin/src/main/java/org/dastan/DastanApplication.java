package org.dastan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import org.dastan.admin.backup.BackupCommand;

/**
 * The whole CMS in one application: the public site (cms-web), the admin (cms-admin) and
 * the domain (cms-core). It lives in the root package so that scanning finds all three
 * modules.
 */
@SpringBootApplication
public class DastanApplication {

	public static void main(String[] args) {
		// A backup or a restore from the command line runs without the site.
		if (BackupCommand.isRequested(args)) {
			System.exit(BackupCommand.run(args));
		}
		SpringApplication.run(DastanApplication.class, args);
	}

}
