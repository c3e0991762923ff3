package se.samverkan.defaults.testing;

/** Valid, distinct test values. */
public final class TestData {

    private TestData() {
    }

    /** A valid organisation number (Luhn check digit last, group digit 5 as for a company), unique per i. */
    public static String organisationNumber(int i) {
        String nine = String.valueOf(556_000_000 + Math.floorMod(i, 1_000_000));
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            int digit = nine.charAt(k) - '0';
            if (k % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        int check = (10 - sum % 10) % 10;
        return nine.substring(0, 6) + "-" + nine.substring(6) + check;
    }
}
