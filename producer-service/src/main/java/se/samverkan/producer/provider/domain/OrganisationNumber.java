package se.samverkan.producer.provider.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish organisation number (organisationsnummer): ten digits, written {@code NNNNNN-NNNN},
 * the last being a Luhn check digit over the first nine. Accepted with or without the hyphen
 * and with the century prefix {@code 16}; always kept in the written form.
 *
 * <p>A legal person's number has 2 or more as its third digit (the "month" is at least 20), so it
 * never looks like a personal identity number (personnummer). A sole trader (enskild firma) has
 * no number of its own: its organisation number is the owner's personnummer. Samverkan stores no
 * personnummer, so {@link #parse} refuses a number whose third digit is 0 or 1.
 */
public record OrganisationNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("(?:16)?(\\d{6})-?(\\d{4})");

    public OrganisationNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{6}-\\d{4}") || !luhnValid(value.replace("-", ""))) {
            throw new IllegalArgumentException("not a valid organisation number: " + value);
        }
    }

    public enum Problem { FORMAT, CHECK_DIGIT, PERSONAL_IDENTITY_NUMBER }

    /** The number, or the reason it is not one. */
    public static ParseResult parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return new ParseResult(Optional.empty(), Optional.of(Problem.FORMAT));
        }
        String digits = matcher.group(1) + matcher.group(2);
        if (!luhnValid(digits)) {
            return new ParseResult(Optional.empty(), Optional.of(Problem.CHECK_DIGIT));
        }
        if (digits.charAt(2) < '2') {
            return new ParseResult(Optional.empty(), Optional.of(Problem.PERSONAL_IDENTITY_NUMBER));
        }
        return new ParseResult(Optional.of(new OrganisationNumber(matcher.group(1) + "-" + matcher.group(2))),
                Optional.empty());
    }

    public record ParseResult(Optional<OrganisationNumber> number, Optional<Problem> problem) {
    }

    /** The Luhn (modulus 10) check: double every other digit from the left, starting with the first. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
