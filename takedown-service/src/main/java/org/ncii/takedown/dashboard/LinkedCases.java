package org.ncii.takedown.dashboard;

import java.util.List;

import io.quarkus.qute.TemplateData;
import org.ncii.takedown.hashbank.HashBankStaff;

/**
 * The cases whose content matched this one's by hash, as the case page lists them, and this case's hashes that
 * matched so often they may be a common image rather than the victim's (a candidate for the never-match list).
 */
@TemplateData
public record LinkedCases(List<Link> links, List<CommonHash> commonHashes) {

    @TemplateData
    public record Link(String caseRef, String how, String at) {
    }

    @TemplateData
    public record CommonHash(String algorithm, String value, String variant, int matchCount) {
    }

    static LinkedCases of(HashBankStaff.CaseHashes bank, int commonMatches) {
        List<Link> links = bank.matches().stream()
                .map(l -> new Link(l.caseRef(), l.algorithm() + ("PDQ".equals(l.algorithm())
                        ? ", distance " + l.distance() : ", exact"), Times.at(l.matchedAt())))
                .toList();
        List<CommonHash> common = bank.hashes().stream().filter(h -> h.matchCount() >= commonMatches)
                .map(h -> new CommonHash(h.algorithm(), h.value(), h.variant(), h.matchCount())).toList();
        return new LinkedCases(links, common);
    }

    public boolean any() {
        return !links.isEmpty() || !commonHashes.isEmpty();
    }
}
