package org.iopmanager.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every Arquillian test uses: the WAR the build made (so Flyway, the real configuration
 * and every page are under test) plus the test-support package.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive app() {
        File war = new File(System.getProperty("iop.war", "target/iop-manager.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(Deployments.class.getPackage())
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        return openArquillianRunner(archive);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every URL needs a signed-in user; Arquillian's own runner servlet must stay reachable in tests. */
    private static WebArchive openArquillianRunner(WebArchive archive) {
        String webXml;
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String open = "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern><url-pattern>/ArquillianServletRunner</url-pattern>"
                + "</web-resource-collection></security-constraint></web-app>";
        archive.delete("WEB-INF/web.xml");
        return archive.add(new StringAsset(webXml.replace("</web-app>", open)), "WEB-INF/web.xml");
    }
}
