package org.ncii.takedown.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Renders the plain-text notice with Qute: an opening per platform family ({@code notice/family/*}), one
 * section per legal basis ({@code notice/basis/*}) and the common frame ({@code notice/letter}). Templates
 * are text, so nothing is HTML-escaped; data is never parsed as a template, and {@link PlainText} has already
 * removed anything that could change the letter's layout.
 */
@ApplicationScoped
public class LetterRenderer {
    static final String FRAME = "notice/letter";
    static final String DEFAULT_FAMILY = "DEFAULT";

    private final Engine engine;

    public LetterRenderer(Engine engine) {
        this.engine = engine;
        require(FRAME);
        require(familyId(DEFAULT_FAMILY));
        for (LegalBasis basis : LegalBasis.values()) {
            require(basisId(basis));
        }
    }

    public String render(Letter letter, String family, List<LegalBasis> bases) {
        Template opening = Optional.ofNullable(family).map(f -> engine.getTemplate(familyId(f)))
                .orElseGet(() -> engine.getTemplate(familyId(DEFAULT_FAMILY)));
        List<String> sections = new ArrayList<>();
        for (LegalBasis basis : bases) {
            sections.add(engine.getTemplate(basisId(basis)).data("n", letter).render().strip());
        }
        return engine.getTemplate(FRAME)
                .data("n", letter)
                .data("opening", opening.data("n", letter).render().strip())
                .data("sections", sections)
                .render();
    }

    private static String familyId(String family) {
        return "notice/family/" + family;
    }

    private static String basisId(LegalBasis basis) {
        return "notice/basis/" + basis.name();
    }

    private void require(String id) {
        if (engine.getTemplate(id) == null) {
            throw new IllegalStateException("notice template " + id + " is missing");
        }
    }
}
