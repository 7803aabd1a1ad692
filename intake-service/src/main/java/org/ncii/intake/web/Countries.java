package org.ncii.intake.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The countries a victim can choose from: every ISO 3166 code the API accepts, by English name. */
final class Countries {
    /** One option of the country list. */
    record Country(String code, String name) {
    }

    static final List<Country> ALL = Stream.of(Locale.getISOCountries())
            .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name))
            .toList();

    private Countries() {
    }
}
