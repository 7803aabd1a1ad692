package org.ncii.takedown.notice;

import java.util.List;

import io.smallrye.mutiny.Uni;
import org.ncii.events.ReportSubmitted;

/**
 * Turns a submitted report into one notice per platform: items grouped by platform (through the registry),
 * unknown hosts routed to their RDAP abuse contact, legal bases chosen from the subject's country and the
 * platform, and the letter rendered. Stateless: the caller persists what it returns.
 */
public interface NoticeComposer {
    Uni<List<ComposedNotice>> compose(ReportSubmitted report);
}
