package org.ncii.takedown.notice;

import io.quarkus.qute.TemplateData;

/** One content item as the letter prints it; every field already made safe by {@link PlainText}. */
@TemplateData
public record LetterItem(int number, String url, String contentId, String hashes) {
}
