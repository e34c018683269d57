-- The ledger's own database, created on start. Column names follow the old system's romanised style.

CREATE TABLE IF NOT EXISTS JIDOU_TEATE (           -- 児童手当 受給者台帳
  DAICHO_NO          VARCHAR(16)  PRIMARY KEY,     -- 台帳番号 JT-2026-000123
  UKETSUKE_NO        VARCHAR(20)  NOT NULL,        -- 受付番号 (external key)
  SHIMEI             VARCHAR(30)  NOT NULL,        -- 請求者氏名
  SHIMEI_KANA        VARCHAR(60)  NOT NULL,        -- 氏名フリガナ (full-width katakana)
  SEINENGAPPI        DATE         NOT NULL,        -- 生年月日
  KOJIN_BANGO        CHAR(12)     NOT NULL,        -- 個人番号
  JUSHO              VARCHAR(100) NOT NULL,        -- 住所
  KINYU_KIKAN_CD     CHAR(4)      NOT NULL,        -- 金融機関コード
  SHITEN_CD          CHAR(3)      NOT NULL,        -- 支店コード
  YOKIN_SHUMOKU      CHAR(1)      NOT NULL,        -- 預金種目 1 普通 / 2 当座
  KOZA_BANGO         CHAR(7)      NOT NULL,        -- 口座番号
  KOZA_MEIGI_KANA    VARCHAR(60)  NOT NULL,        -- 口座名義カナ
  JIDO_SU            INTEGER      NOT NULL,        -- 児童数 1..3
  JIDO1_SHIMEI       VARCHAR(30),
  JIDO1_SEINENGAPPI  DATE,
  JIDO2_SHIMEI       VARCHAR(30),
  JIDO2_SEINENGAPPI  DATE,
  JIDO3_SHIMEI       VARCHAR(30),
  JIDO3_SEINENGAPPI  DATE,
  TOROKU_USER        VARCHAR(20)  NOT NULL,        -- 登録者 (login id)
  TOROKU_NICHIJI     TIMESTAMP    NOT NULL,        -- 登録日時 (JST)
  CONSTRAINT JIDOU_TEATE_UKETSUKE_UK UNIQUE (UKETSUKE_NO)
);
CREATE SEQUENCE IF NOT EXISTS JIDOU_TEATE_SEQ;

CREATE TABLE IF NOT EXISTS JUMIN_IDOU (            -- 住民異動 受付台帳
  DAICHO_NO          VARCHAR(16)  PRIMARY KEY,     -- 台帳番号 JI-2026-000045
  UKETSUKE_NO        VARCHAR(20)  NOT NULL,        -- 受付番号 (external key)
  IDO_SHUBETSU       CHAR(1)      NOT NULL,        -- 異動種別 1 転入 / 2 転居 / 3 転出
  IDOBI              DATE         NOT NULL,        -- 異動日
  TODOKEDEBI         DATE         NOT NULL,        -- 届出日
  SHIMEI             VARCHAR(30)  NOT NULL,        -- 氏名
  SHIMEI_KANA        VARCHAR(60)  NOT NULL,        -- フリガナ
  SEINENGAPPI        DATE         NOT NULL,        -- 生年月日
  SEIBETSU           CHAR(1)      NOT NULL,        -- 性別 1 男 / 2 女
  SHIN_JUSHO         VARCHAR(100) NOT NULL,        -- 新住所
  KYU_JUSHO          VARCHAR(100) NOT NULL,        -- 旧住所
  SETAINUSHI         VARCHAR(30)  NOT NULL,        -- 世帯主
  ZOKUGARA           VARCHAR(10)  NOT NULL,        -- 続柄
  DENWA_BANGO        VARCHAR(13),                  -- 電話番号
  TOROKU_USER        VARCHAR(20)  NOT NULL,
  TOROKU_NICHIJI     TIMESTAMP    NOT NULL,
  CONSTRAINT JUMIN_IDOU_UKETSUKE_UK UNIQUE (UKETSUKE_NO)
);
CREATE SEQUENCE IF NOT EXISTS JUMIN_IDOU_SEQ;
