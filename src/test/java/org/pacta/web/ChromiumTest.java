package org.pacta.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pacta.PactaServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What every browser test has: Pacta on a random port, and one headless Chromium for all tests of the class
 * (starting Chromium per test would cost seconds each). Subclasses say what the server archives.
 */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ChromiumTest {

    static ChromeDriver driver;

    @Value("${local.server.port}")
    int port;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** This test's Pacta, through its HTTP API. */
    LocalApi api() {
        return new LocalApi(port);
    }
}
