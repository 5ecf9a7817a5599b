package org.budgetlens.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The report's page templates ({@code report/templates/NAME.html}, Thymeleaf): every text they insert with
 * {@code th:text} is escaped; the only unescaped insert is the style sheet, which the report writes itself.
 */
final class Templates {

    private static final TemplateEngine ENGINE = engine();
    private static final String STYLE = resource("report/templates/report.css");

    private Templates() {
    }

    /** The page {@code name} with the variables (records; templates call their accessors). */
    static String render(String name, Map<String, Object> variables) {
        return ENGINE.process(name, new Context(Locale.SIMPLIFIED_CHINESE, variables));
    }

    /** The style sheet shared by every page and the printed report, with the font rule in front (null: none). */
    static String style(String fontUrl) {
        return (fontUrl == null ? "" : "@font-face{font-family:'Report Sans';src:url(" + fontUrl
                + ") format('truetype')}\n") + STYLE;
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("report/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static String resource(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
