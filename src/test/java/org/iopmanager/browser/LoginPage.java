package org.iopmanager.browser;

/** The sign-in page and the signed-in layout around every page. */
public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public LoginPage open() {
        browser.go("login.xhtml");
        return this;
    }

    public void signIn(String username, String password) {
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.click("login:submit");
    }

    public void signInAndWait(String username, String password) {
        signIn(username, password);
        browser.find("nav:menu");
    }

    public void signOut() {
        browser.click("account:logout");
        browser.find("login:username");
    }
}
