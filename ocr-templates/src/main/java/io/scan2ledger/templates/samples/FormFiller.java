package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a form in for a household. Fields are matched to the household by their template name
 * (the vocabulary is listed in the module README: name, kana, birthDate, address, myNumber,
 * bankCode, children[i].name...), so a new form that reuses those names gets consistent values
 * with no Java; any other field gets a plausible value of its type.
 */
final class FormFiller {

    private static final Pattern TABLE_CELL = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private final Household h;
    private final Handwriting hand;
    private final RandomGenerator r;

    FormFiller(Household household, RandomGenerator r) {
        this(household, r, FillStyles.NONE, null);
    }

    /** @param styleRandom where {@code styles} draw from, apart from {@code r} (null for {@link FillStyles#NONE}) */
    FormFiller(Household household, RandomGenerator r, FillStyles styles, RandomGenerator styleRandom) {
        this.h = household;
        this.hand = new Handwriting(r, styles, styleRandom);
        this.r = r;
    }

    /** Every field of the form (table cells expanded) in template order. */
    Map<String, FieldValue> fill(FormTemplate form) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (FieldSpec field : form.allFields()) {
            FieldValue fact = fact(field);
            if (fact == null || !fitsOptions(field, fact.written())) {
                fact = anyValue(field);
            }
            if (field.cells() > 0) {
                fact = oneDigitPerBox(fact);
            }
            values.put(field.name(), complete(field, fact.written(), fact.expected()));
        }
        return values;
    }

    /** The ground truth of a written value: era dates carry theirs, the rest follow {@link Expected}. */
    static FieldValue complete(FieldSpec field, String written, String expected) {
        return new FieldValue(written, expected != null ? expected : Expected.of(field, written));
    }

    private FieldValue fact(FieldSpec field) {
        Matcher cell = TABLE_CELL.matcher(field.name());
        if (cell.matches()) {
            int row = Integer.parseInt(cell.group(2));
            if (!cell.group(1).equals("children")) {
                return null;
            }
            return row < h.children().size() ? child(cell.group(3), h.children().get(row)) : FieldValue.EMPTY;
        }
        Household.BankAccount account = h.account();
        return switch (field.name()) {
            case "filedOn", "claimedOn", "appliedOn" -> hand.date(h.filedOn());
            case "movedOn" -> hand.date(h.movedOn());
            case "moveKind" -> written(h.moveKind());
            case "address" -> written(hand.address(h.address().text()));
            case "postalCode" -> written(hand.postalCode(h.address().postalCode()));
            case "newAddress" -> written(hand.address(h.newAddress().text()));
            case "oldAddress" -> written(hand.address(h.oldAddress().text()));
            case "householdHead" -> hand.name(h.head());
            case "phone" -> written(h.phone());
            case "name" -> hand.name(h.applicant());
            case "kana" -> written(hand.kana(h.applicant()));
            case "birthDate" -> hand.date(h.applicant().birthDate());
            case "sex" -> written(h.applicant().sex());
            case "relation" -> written(h.relation());
            case "myNumber" -> written(h.applicant().myNumber());
            case "bankName" -> written(account.bankName());
            case "bankCode" -> written(account.bankCode());
            case "branchName" -> written(account.branchName());
            case "branchCode" -> written(account.branchCode());
            case "accountType" -> written(account.kind());
            case "accountNumber" -> written(account.number());
            case "accountHolderKana" -> written(account.holderKana());
            case "taxes" -> written(hand.options(h.taxes()));
            case "workStatus" -> written(hand.options(h.workStatus()));
            case "siblingEnrolled" -> written(String.valueOf(h.siblingEnrolled()));
            case "childName" -> child("name", youngestChild());
            case "childKana" -> child("kana", youngestChild());
            case "childBirthDate" -> child("birthDate", youngestChild());
            case "nursery1", "nursery2", "nursery3" -> {
                int choice = field.name().charAt(7) - '1';
                yield choice < h.nurseries().size() ? written(h.nurseries().get(choice)) : FieldValue.EMPTY;
            }
            default -> null;
        };
    }

    /** The child a nursery application is for. */
    private Person youngestChild() {
        return h.children().get(h.children().size() - 1);
    }

    private FieldValue child(String column, Person child) {
        return switch (column) {
            case "name" -> hand.name(child);
            case "kana" -> written(hand.kana(child));
            case "birthDate" -> hand.date(child.birthDate());
            case "relation" -> written("子");
            default -> null;
        };
    }

    /** A value of the field's type for a field the household knows nothing about. */
    private FieldValue anyValue(FieldSpec field) {
        int cells = field.cells();
        return switch (field.type()) {
            case "era-date" -> hand.date(SyntheticResidents.between(r, LocalDate.of(1950, 1, 1), h.filedOn()));
            case "name" -> hand.name(h.head());
            case "kana" -> written(hand.kana(h.head()));
            case "text" -> written(hand.address(h.address().text()));
            case "postal-code" -> written(h.address().postalCode());
            case "phone" -> written(h.phone());
            case "my-number" -> written(SyntheticResidents.myNumber(r));
            case "corporate-number" -> {
                String base = SyntheticResidents.digits(r, 12);
                yield written(CheckDigits.corporateNumber(base) + base);
            }
            case "bank-code" -> written(h.account().bankCode());
            case "branch-code" -> written(h.account().branchCode());
            case "account-number" -> written(h.account().number());
            case "digits" -> written(SyntheticResidents.digits(r, cells > 0 ? cells : 8));
            case "yen" -> written(String.format("%,d円", 1000 * (1 + r.nextInt(300))));
            case "checkbox" -> written(String.valueOf(r.nextBoolean()));
            case "checkbox-group", "choice" -> written(field.options().get(r.nextInt(field.options().size())).value());
            default -> throw new IllegalArgumentException("no synthetic value for type " + field.type());
        };
    }

    /** Boxes take digits only: a boxed postal code is written without its 〒 and dash. */
    private static FieldValue oneDigitPerBox(FieldValue fact) {
        return new FieldValue(fact.written().replaceAll("[^0-9]", ""), fact.expected());
    }

    private static boolean fitsOptions(FieldSpec field, String written) {
        if (written.isEmpty() || field.options().isEmpty()) {
            return true;
        }
        List<String> options = field.optionValues();
        return List.of(written.split(",")).stream().allMatch(options::contains);
    }

    /** A written value whose ground truth {@link #complete} derives by the type's rules. */
    private static FieldValue written(String text) {
        return new FieldValue(text, null);
    }
}
