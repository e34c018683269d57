package io.scan2ledger.templates.samples;

import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic household, consistent across every form it fills in: children born after their
 * parent and before the filing date, the move on or before the notification, a real-looking bank
 * account from the reference lists.
 *
 * @param applicant the person filling in the form (the head or the spouse)
 * @param relation  the applicant's relation to the head of household (世帯主, 妻, 夫...)
 * @param filedOn   the date written at the top of the form (届出日, 請求日, 申込日)
 * @param address   where the household lives now, in the ward (the address other forms ask for)
 * @param moveKind  転入, 転居 or 転出, with {@code oldAddress} and {@code newAddress} to match
 */
public record Household(Person head, Person applicant, String relation, List<Person> children, Address address,
                        Address oldAddress, Address newAddress, String phone, BankAccount account, LocalDate filedOn, LocalDate movedOn,
                        String moveKind, List<String> taxes, List<String> workStatus, boolean siblingEnrolled,
                        List<String> nurseries) {

    public Household {
        children = List.copyOf(children);
        taxes = List.copyOf(taxes);
        workStatus = List.copyOf(workStatus);
        nurseries = List.copyOf(nurseries);
    }

    /** An address as written on one line; {@code postalCode} like 179-0011. */
    public record Address(String postalCode, String text) {
    }

    /** @param kind 普通 or 当座; {@code number} may have 6 or 7 digits, as written on the form */
    public record BankAccount(String bankName, String bankCode, String branchName, String branchCode, String kind,
                              String number, String holderKana) {
    }
}
