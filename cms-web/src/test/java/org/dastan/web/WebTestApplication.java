package org.dastan.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration web slice tests start from; the deployable application lives in
 * cms-admin.
 */
@SpringBootApplication
public class WebTestApplication {

}
