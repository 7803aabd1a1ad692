package org.ncii.intake;

import java.util.List;

import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.ReporterRole;

/** A validated report with URLs normalised and duplicates merged, ready to become a case. */
public record NewReport(List<Item> items, ReporterRole role, String name, String email, String phone,
                        String countryOfResidence, boolean minor, Declarations declarations, String signature,
                        boolean shareIdentity, boolean tellFoundAgain) {

    public NewReport {
        items = List.copyOf(items);
    }

    /** One distinct normalised URL with its description and hashes. */
    public record Item(String url, String description, List<ContentHash> hashes) {
        public Item {
            hashes = List.copyOf(hashes);
        }
    }
}
