# 医師への引き継ぎシート（kakehashi-handoff）。医師が手に持って判断する印刷物の文言。

## エラー

handoff-error-unrenderable = 項目「{ $field }」の文字「{ $character }」（{ $codepoint }）は同梱フォントで印刷できません。文字を確認するか、その項目を修正してください。
handoff-error-font-missing = フォントファイル { $file } が { $dir } に見つかりません。
handoff-error-font-invalid = フォントファイル { $file } を読み込めません。
handoff-error-invalid-record = 記録ファイルを読み込めません（項目 { $field }、{ $line } 行 { $column } 文字目）。
handoff-error-invalid-timestamp = { $field } の日時「{ $value }」は RFC 3339 形式ではありません。
handoff-error-pdf-write = PDF を書き出せませんでした。

## 表題・ヘッダー・フッター

handoff-title = 再生医療 診察前 引き継ぎシート
# REVIEW: 患者の言語で表示する副題。各言語版は翻訳者の確認が必要。
handoff-title-patient = 再生医療 診察前 引き継ぎシート
handoff-pdf-title = 再生医療 診察前 引き継ぎシート — 記録 { $id }
handoff-pdf-subject = 外国人患者の診察前情報（医師用）
handoff-header-record = {"  "}記録 { $id } 版 { $version }
handoff-header-name-see-page-1 = 氏名は1ページ目の患者情報を参照
handoff-footer-page = { $page } / { $pages } ページ
handoff-confidential = 機密：要配慮個人情報を含みます。診療目的以外の利用・複写・第三者提供を禁じます。
handoff-content-hash = 記録内容ハッシュ（SHA-256）: { $hash }
handoff-sample = ※架空のサンプル記録です。実在の患者ではありません。

handoff-clinic = 医療機関
handoff-generated-at = 作成日時
handoff-staff = 担当者
handoff-staff-coordinator = コーディネーター：
handoff-staff-interpreter = {"　"}通訳者：
handoff-staff-physician = {"　"}医師：
handoff-record = 記録ID
handoff-record-version = {"　"}版：

## 共通の状態

handoff-not-asked = 未確認（聞いていない） NOT ASKED
handoff-confirmed-none = なし（確認済み）
handoff-confirmed-by = {"　"}確認者：
handoff-confirmed-at = {"　"}確認日時：
handoff-unknown = 不明（確認したが不明）
handoff-empty-list = 一覧が空です（「なし」とは確認されていません）
handoff-blank = （未記入）
handoff-not-recorded = 記録なし
handoff-untranslated = {"　"}［未翻訳］
handoff-translated-by = {"　"}（翻訳：{ $translator }・{ $method }）
handoff-note = 備考
handoff-date = 日付
handoff-when = {"　"}時期：
handoff-reaction = {"　"}反応：

## 警告欄

handoff-alert-title = 要注意事項
handoff-allergies = アレルギー
handoff-checklist = 中止・注意項目
handoff-checklist-not-supplied = チェックリストの結果は添付されていません
handoff-checklist-clear = チェックリストで中止・注意の項目は見つかりませんでした
handoff-severity-stop = 中止
handoff-severity-attention = 注意
handoff-severity-info = 情報
handoff-anticoagulants = 抗凝固薬・抗血小板薬
handoff-anticoagulant = 抗凝固薬
handoff-antiplatelet = 抗血小板薬
handoff-anticoagulants-none-listed = 服薬一覧に該当する薬剤なし
handoff-anticoagulants-unassessed = 抗凝固・抗血小板作用が未評価の薬剤：{ $count } 件

## 患者情報

handoff-section-patient = 患者情報
handoff-name = 氏名
handoff-dob-sex = 生年月日／性別
handoff-nationality = 国籍
handoff-languages = 言語
handoff-japanese-ability = {"　"}日本語：
handoff-interpreter = 通訳
handoff-interpreter-not-needed = 不要
handoff-interpreter-not-assigned = 未手配
handoff-qualification = {"　"}資格：
handoff-qualification-none = なし
handoff-referral = 紹介元
handoff-referral-name = {"　"}名称：
handoff-referral-contact = {"　"}連絡先：
handoff-contact = 連絡先
handoff-phone = 電話：
handoff-email = メール：
handoff-messaging = メッセージ：
handoff-address = 住所：
handoff-emergency-contact = 緊急連絡先：
handoff-emergency-phone = 緊急連絡先電話：
handoff-emergency-relation = 続柄：
handoff-pregnancy = 妊娠
handoff-breastfeeding = 授乳：

## 服薬

handoff-section-medications = 服薬
handoff-med-name = 薬剤名（申告どおり）
handoff-med-generic = 一般名
handoff-med-dose = 用量・頻度・経路
handoff-med-since = 開始
handoff-med-reason = 理由
handoff-med-flags = 抗凝固／抗血小板

## 既往歴

handoff-section-conditions = 既往歴・現病歴
handoff-section-surgeries = 手術歴
handoff-section-family = 家族歴
handoff-condition = 疾患
handoff-onset = 発症
handoff-status = 状態
handoff-procedure = 手術・処置
handoff-relation = 続柄
handoff-kind = 分類
handoff-age-at-onset = 発症年齢

## 検査

handoff-section-screening = 検査結果（感染症・腫瘍マーカー・凝固・血算）
handoff-section-imaging = 画像検査
handoff-test = 検査
handoff-codes = コード
handoff-result = 結果
handoff-range = 基準範囲
handoff-flag = 判定
handoff-collected = 採取日
handoff-lab = 検査機関・備考
handoff-stale = {"　"}［{ $days }日超・要再検討］
handoff-modality = 種類
handoff-region = 部位
handoff-imaging-summary = 所見（原文／翻訳）
handoff-facility = 施設

## 予定治療

handoff-section-treatment = 予定している治療
handoff-what = 投与するもの
handoff-origin = 由来・採取部位
handoff-harvest = {"　"}採取：
handoff-route = 投与経路
handoff-dose = 量・細胞数・回数
handoff-cell-count = {"　"}細胞数：
handoff-sessions = {"　"}回数：
handoff-handling = 凍結・解凍
handoff-cryopreserved = 凍結保存：
handoff-thawed-on-site = {"　"}院内解凍：
handoff-thaw-documented-by = {"　"}手順記録者：
handoff-plan-number = 提供計画番号
handoff-risk-class = リスク分類
handoff-committee = 認定委員会（名称・番号）
handoff-registry = データ登録
handoff-emergency-care = 救急時の搬送先
handoff-indication = 適応（対象症状）
handoff-physician-date = 担当医・予定日
handoff-planned-date = {"　"}予定日：
handoff-section-sites = 細胞培養加工施設
handoff-site-name = 施設名
handoff-facility-number = 施設番号
handoff-site-location = 所在
handoff-site-role = 役割

## 説明と同意

handoff-section-explanation = 説明と理解の確認（ティーチバック）
handoff-topic = 項目
handoff-detail = 説明内容
handoff-explained-by = 説明者・日付・言語・通訳
handoff-teach-back = 理解の確認
handoff-section-questions = 患者からの質問
handoff-question = 質問（原文／翻訳）
handoff-answer = 回答・回答者
handoff-section-consent = 同意（要配慮個人情報）
handoff-consent-acquire = 取得への同意
handoff-consent-share = 第三者提供への同意
handoff-recorded-by = {"　"}記録者：

## 患者の申告

handoff-section-statement = 患者の申告（原文と翻訳）
handoff-statement-original = 原文（{ $lang }）
handoff-statement-translation = 翻訳（日本語）翻訳者：{ $translator }・{ $method }
handoff-statement-translation-missing = 翻訳（日本語）
handoff-section-signatures = 署名
handoff-sign-coordinator = コーディネーター { $name }
handoff-sign-interpreter = 通訳者 { $name }
handoff-sign-physician = 医師 { $name }
