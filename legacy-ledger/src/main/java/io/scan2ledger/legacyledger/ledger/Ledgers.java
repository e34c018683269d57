package io.scan2ledger.legacyledger.ledger;

import static io.scan2ledger.legacyledger.ledger.Field.Kind.COUNT;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.DIGITS;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.ERA_DATE;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.KANA;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.PAST_ERA_DATE;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.PAST_SLASH_DATE;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.PHONE;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.RADIO;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.RECEPTION_NO;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.SELECT;
import static io.scan2ledger.legacyledger.ledger.Field.Kind.TEXT;

import java.util.List;
import java.util.Optional;

/** The two ledgers of the demo ward system. */
public final class Ledgers {

    /** 児童手当 受給者台帳. */
    public static final LedgerForm CHILD_ALLOWANCE = new LedgerForm(
            "jidou-teate", "JT", "児童手当 受給者台帳", "lnkJidouTeate", "JIDOU_TEATE",
            List.of(
                    Field.of(LedgerForm.RECEPTION_NO, "受付番号", "UKETSUKE_NO", RECEPTION_NO, 20),
                    Field.of(LedgerForm.APPLICANT, "請求者氏名", "SHIMEI", TEXT, 30),
                    Field.of("ShimeiKana", "氏名フリガナ", "SHIMEI_KANA", KANA, 60),
                    Field.of("Seinengappi", "生年月日", "SEINENGAPPI", PAST_ERA_DATE, 0),
                    Field.of("KojinBango", "個人番号", "KOJIN_BANGO", DIGITS, 12),
                    Field.of("Jusho", "住所", "JUSHO", TEXT, 100),
                    Field.of("KinyuKikanCd", "金融機関コード", "KINYU_KIKAN_CD", DIGITS, 4),
                    Field.of("ShitenCd", "支店コード", "SHITEN_CD", DIGITS, 3),
                    Field.choice("YokinShumoku", "預金種目", "YOKIN_SHUMOKU", SELECT,
                            List.of(new Choice("1", "普通"), new Choice("2", "当座"))),
                    Field.of("KozaBango", "口座番号", "KOZA_BANGO", DIGITS, 7),
                    Field.of("KozaMeigiKana", "口座名義カナ", "KOZA_MEIGI_KANA", KANA, 60),
                    Field.of("JidoSu", "児童数", "JIDO_SU", COUNT, 3)),
            Optional.of(new Repeat("児童", "JidoSu", 3, List.of(
                    Field.of("JidoShimei", "氏名", "JIDO%d_SHIMEI", TEXT, 30),
                    Field.of("JidoSeinengappi", "生年月日", "JIDO%d_SEINENGAPPI", PAST_SLASH_DATE, 10)))));

    /** 住民異動 受付台帳. */
    public static final LedgerForm RESIDENT_MOVE = new LedgerForm(
            "jumin-idou", "JI", "住民異動 受付台帳", "lnkJuminIdou", "JUMIN_IDOU",
            List.of(
                    Field.of(LedgerForm.RECEPTION_NO, "受付番号", "UKETSUKE_NO", RECEPTION_NO, 20),
                    Field.choice("IdoShubetsu", "異動種別", "IDO_SHUBETSU", RADIO,
                            List.of(new Choice("1", "転入"), new Choice("2", "転居"), new Choice("3", "転出"))),
                    Field.of("Idobi", "異動日", "IDOBI", ERA_DATE, 0),
                    Field.of("Todokedebi", "届出日", "TODOKEDEBI", PAST_ERA_DATE, 0),
                    Field.of(LedgerForm.APPLICANT, "氏名", "SHIMEI", TEXT, 30),
                    Field.of("ShimeiKana", "フリガナ", "SHIMEI_KANA", KANA, 60),
                    Field.of("Seinengappi", "生年月日", "SEINENGAPPI", PAST_ERA_DATE, 0),
                    Field.choice("Seibetsu", "性別", "SEIBETSU", RADIO,
                            List.of(new Choice("1", "男"), new Choice("2", "女"))),
                    Field.of("ShinJusho", "新住所", "SHIN_JUSHO", TEXT, 100),
                    Field.of("KyuJusho", "旧住所", "KYU_JUSHO", TEXT, 100),
                    Field.of("Setainushi", "世帯主", "SETAINUSHI", TEXT, 30),
                    Field.of("Zokugara", "続柄", "ZOKUGARA", TEXT, 10),
                    Field.of("DenwaBango", "電話番号", "DENWA_BANGO", PHONE, 13).optional()),
            Optional.empty());

    private static final List<LedgerForm> ALL = List.of(CHILD_ALLOWANCE, RESIDENT_MOVE);

    private Ledgers() {
    }

    public static List<LedgerForm> all() {
        return ALL;
    }

    public static Optional<LedgerForm> find(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
