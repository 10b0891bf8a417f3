## Intake workflow screens (staff locale; every question is also shown in the patient locale).
## Japanese is the source locale. Medical wording follows crates/kakehashi-glossary/data.

## Setup, unlock, recovery

ui-setup-heading = 初回設定
ui-setup-intro = この端末の患者記録を暗号化して保存する保存庫を作成します。パスフレーズは { $min } 文字以上にしてください。
ui-field-staff-name = 職員名
ui-field-staff-name-hint = 監査記録に残る名前です。
ui-field-passphrase = パスフレーズ
ui-field-passphrase-confirm = パスフレーズ（確認）
ui-setup-submit = 保存庫を作成
ui-setup-working = 保存庫を作成しています…
ui-recovery-heading = 回復キー
ui-recovery-instruction = この回復キーは今回だけ表示されます。紙に書き写し、鍵のかかる場所に保管してください。パスフレーズを忘れたときに、これがないと記録を開けません。
ui-recovery-ack = 回復キーを書き写しました
ui-recovery-continue = 続ける
ui-unlock-heading = ロック解除
ui-unlock-intro = 作業を始めるには、職員名とパスフレーズを入力してください。
ui-unlock-submit = ロック解除
ui-unlock-working = 確認しています…
ui-unlock-use-recovery = パスフレーズを忘れた場合（回復キーを使う）
ui-unlock-use-passphrase = パスフレーズで解除する
ui-field-recovery-key = 回復キー
ui-field-new-passphrase = 新しいパスフレーズ
ui-field-new-passphrase-confirm = 新しいパスフレーズ（確認）
ui-unlock-recovery-submit = 回復キーで解除してパスフレーズを変更
ui-lock = ロック
ui-signed-in = 作業者：{ $staff }
ui-locked-idle = 一定時間操作がなかったため、ロックしました。

## Patient list

ui-patients-heading = 患者一覧
ui-patients-search = 患者を検索
ui-patients-search-hint = 漢字・ローマ字・カタカナ・ひらがな、どの書き方の名前でも検索できます。
ui-patients-new = 新しい患者
ui-patients-samples = サンプル患者を読み込む
ui-patients-samples-hint = 架空の患者です（実在の人物ではありません）。操作を試すために使います。
ui-patients-empty = まだ患者が登録されていません。
ui-patients-no-match = 一致する患者はいません。
ui-patients-col-name = 氏名
ui-patients-col-dob = 生年月日
ui-patients-col-updated = 最終更新
ui-patients-unnamed = （氏名未入力）
ui-working = 処理しています…

## Intake frame

ui-back-to-list = 患者一覧へ戻る
ui-tab-summary = まとめ
ui-intake-sections = 受付の項目
ui-save = 保存
ui-handoff-open = 引き継ぎシート
ui-glossary-open = 用語集（Ctrl+K）
ui-next-section = 次の項目へ
ui-save-new = まだ保存されていません
ui-save-dirty = 未保存の変更があります
ui-save-saving = 保存しています…
ui-save-saved = 保存しました（{ $time }）
ui-save-rejected = 保存できませんでした。{ $count } 件の項目を確認してください。保存済みの内容は変わっていません。
ui-save-failed = 保存できませんでした。入力内容はこの画面に残っています。
ui-shortcuts = キーボード：Alt+N 行を追加 ／ Ctrl+S 保存 ／ Alt+→ 次の項目 ／ Alt+← 前の項目
ui-close-saving = 閉じる前に保存しています…
ui-sample-badge = サンプル（架空）

## Three states of a section (wording from the glossary: not-asked, confirmed-none)

ui-state-not-asked = 未確認（聞いていない）
ui-state-confirmed-none = なし（確認済み）
ui-state-entries = { $count } 件
ui-state-unknown = 不明
ui-state-known = 記入済み
ui-state-action-not-asked = 未確認に戻す
ui-state-action-confirm-none = 「なし」と確認した
ui-state-question = 状態
ui-add-row = 行を追加
ui-remove-row = この行を削除
ui-row = { $n } 件目
ui-confirmed-by = 確認：{ $who }

## The patient's own words

ui-pt-original = 患者の言葉
ui-pt-original-lang = 言葉の言語
ui-pt-translation = 日本語訳
ui-pt-translator = 訳した人
ui-pt-method = 訳し方

## Profile

ui-field-name-native = 氏名（本人の表記）
ui-field-name-native-lang = 表記の言語
ui-field-latin-family = 姓（ローマ字・旅券の表記）
ui-field-latin-given = 名（ローマ字・旅券の表記）
ui-field-katakana = 氏名（カタカナ）
ui-field-dob = 生年月日
ui-field-date-hint = 年のみ・年月のみも可（例：1968、1968-04、1968-04-12）
ui-field-full-date-hint = 年-月-日（例：2026-11-21）
ui-field-sex = 性別
ui-field-nationality = 国籍
ui-field-nationality-hint = 国の 2 文字コード（例：CN、KR、VN）。複数の場合はカンマで区切ります。
ui-field-preferred-language = 医療の話をするときの言語
ui-field-japanese-ability = 日本語の理解
ui-field-phone = 電話番号
ui-field-messaging = メッセージアプリ（ID）
ui-field-emergency-name = 緊急連絡先（氏名）
ui-field-emergency-phone = 緊急連絡先（電話）
ui-field-referral-source = 紹介元
ui-field-referral-name = 紹介元の名前

## History

ui-sub-conditions = 既往歴（病気）
ui-sub-surgeries = 手術歴
ui-field-condition = 病名・症状
ui-field-onset = 発症時期
ui-field-condition-status = 現在の状態
ui-field-note = 職員のメモ
ui-field-procedure = 手術・処置
ui-field-date = 日付
ui-field-pregnancy = 妊娠
ui-field-breastfeeding = 授乳

## Medications

ui-field-medication-name = 薬の名前（患者の言ったとおり・包装の表記）
ui-field-generic-name = 一般名
ui-field-dose = 1 回量
ui-field-unit = 単位
ui-field-frequency = 飲み方・回数
ui-field-medication-route = 使い方
ui-field-since = 使い始めた時期
ui-field-anticoagulant = 抗凝固薬
ui-field-antiplatelet = 抗血小板薬

## Allergies

ui-field-substance = 原因（患者の言ったとおり）
ui-field-allergy-category = 種類
ui-field-allergen-groups = 該当するグループ
ui-field-reaction = 症状
ui-field-allergy-severity = 重さ
ui-field-allergy-when = 起きた時期

## Screening results

ui-field-test = 検査
ui-field-value-kind = 結果の種類
ui-value-numeric = 数値
ui-value-qualitative = 陰性・陽性
ui-field-comparator = 比較
ui-field-value = 値
ui-field-qualitative = 判定
ui-field-qualitative-text = 報告書の表記
ui-field-range-low = 基準値（下限）
ui-field-range-high = 基準値（上限）
ui-field-range-text = 基準値（報告書の表記）
ui-field-collected = 採取日
ui-field-lab = 検査機関
ui-screening-flag = 判定
ui-screening-stale = 古い結果（治療予定日の { $days } 日より前）
ui-screening-fresh = 期間内
ui-screening-no-date = 日付なし
ui-stale-window-hint = 治療予定日からさかのぼってこの日数より前の結果を「古い結果」とします。
ui-settings-stale-window = 検査結果の有効期間（日）
ui-settings-stale-window-out-of-range = 検査結果の有効期間（日）は { $min }～{ $max } の範囲で入力してください。
ui-loinc = LOINC { $code }
ui-loinc-unverified = 要確認
ui-custom-test = その他の検査（名称を入力）
ui-field-custom-test-name = 検査名

## Planned treatment

ui-field-treatment-category = 投与するもの
ui-field-product-name = 製品名・治療名（医療機関の呼び方）
ui-field-origin = 由来
ui-field-tissue-source = 採取する組織
ui-field-harvest = 採取方法
ui-field-administration-route = 投与経路
ui-field-cell-count = 1 回の細胞数
ui-field-sessions = 回数
ui-field-planned-date = 治療予定日
ui-field-physician = 担当医
ui-field-indication = 対象となる病気（医療機関の説明）
ui-field-provision-plan-number = 再生医療等提供計画の計画番号
ui-field-risk-class = リスク区分
ui-field-registry = 届出の種類
ui-field-cryopreserved = 凍結保存
ui-field-thawed-on-site = 院内で解凍

## Explanation and consent

ui-sub-explanation = 説明した内容
ui-field-topic = 説明した項目
ui-field-detail = 説明の内容
ui-field-explained-language = 説明した言語
ui-field-interpreter = 通訳者
ui-field-explained-by = 説明した人
ui-field-explained-on = 説明した日
ui-field-teach-back = 患者による言い直し（ティーチバック）
ui-field-teach-back-words = 患者が言い直した言葉
ui-sub-consent = 要配慮個人情報の同意
ui-field-consent-acquire = 取得の同意
ui-field-consent-share = 第三者提供の同意
ui-field-consent-date = 同意した日
ui-field-recorded-by = 記録した人

## Summary board

ui-summary-heading = まとめ
ui-summary-completion = 項目ごとの状況
ui-summary-screening = 検査の状況
ui-summary-checklist = 安全チェック
ui-summary-checklist-empty = 指摘事項はありません。
ui-grid-done = 実施済み
ui-grid-abnormal = 異常
ui-grid-stale = 古い
ui-grid-missing = 未実施
ui-checklist-in-section = この項目の安全チェック
ui-checklist-jump = 該当する項目へ移動
ui-severity-stop = 中止
ui-severity-missing = 未記入
ui-severity-attention = 要注意
ui-severity-note = 参考
ui-progress = 処理しています…

## Added fields

ui-field-patient-statement = 受診の理由（患者の言葉）
ui-sub-family-history = 家族歴
ui-field-relation = 続柄
ui-field-family-kind = 病気の種類
ui-field-age-at-onset = 発症した年齢
ui-field-fact-state = 状態
ui-field-screening-window-heading = 検査結果の有効期間
ui-summary-sections-done = { $done } / { $total } 項目を確認済み
ui-save-up-to-date = 保存済み

## Interpreter, processing sites, committee, emergency care

ui-field-interpreter-arrangement = 通訳の手配
ui-interpreter-not-asked = 未確認（聞いていない）
ui-interpreter-not-needed = 不要
ui-interpreter-not-assigned = 必要だが未手配
ui-interpreter-assigned = 手配済み
ui-field-interpreter-name = 通訳者の氏名
ui-field-interpreter-organization = 所属
ui-field-interpreter-languages = 通訳する言語
ui-field-interpreter-languages-hint = 言語タグをカンマで区切ります（例：ja, zh-Hans）
ui-field-interpreter-qualification = 医療通訳の資格
ui-qualification-not-recorded = 未記録
ui-qualification-none-held = 資格なし
ui-qualification-held = 資格あり
ui-field-qualification-name = 資格の名称
ui-field-qualification-number = 資格の番号
ui-sub-processing-sites = 細胞培養加工施設
ui-field-site-name = 施設名
ui-field-facility-number = 施設番号
ui-field-site-location = 所在地
ui-field-site-country = 国（海外の場合、2 文字コード）
ui-field-site-role = 役割（培養・保管・最終調製など）
ui-field-committee = 認定再生医療等委員会
ui-field-committee-name = 委員会の名称
ui-field-committee-number = 認定番号
ui-field-emergency-care = 緊急時の搬送先
ui-field-emergency-hospital = 搬送先の医療機関
ui-field-emergency-contact = 搬送先の連絡先
ui-field-thaw-documented-by = 解凍・取り扱いを記録する人

## Every field of the record editable: profile, screening, imaging, treatment, questions

ui-field-other-names = その他の名前（旧姓・英語名・以前の検査結果の名前）
ui-field-other-names-hint = 1 行に 1 つずつ入力します。
ui-field-other-languages = その他に話せる言語
ui-field-other-languages-hint = 言語タグをカンマで区切ります（例：en, yue）
ui-field-email = メールアドレス
ui-field-address = 住所（滞在先または自宅）
ui-field-emergency-relation = 緊急連絡先（続柄）
ui-field-referral-contact = 紹介元の連絡先
ui-field-referral-note = 紹介についてのメモ（紹介料の有無など）
ui-field-medication-reason = 飲んでいる理由（患者の言葉）
ui-field-test-group = 検査の分類
ui-field-loinc = LOINC コード（報告書にあれば）
ui-field-loinc-hint = 例：5196-1。わからなければ空欄のままにします。
ui-field-lab-code = 検査機関の項目コード
ui-field-screening-note = 職員のメモ
ui-field-interpretation = 検査機関の判定（報告書の記載）
ui-interpretation-none = 記載なし
ui-stale-window-in-settings = 治療予定日の { $days } 日より前の結果を「古い結果」と表示します（日数は画面上部の設定で変更できます）。
ui-field-modality = 検査の種類
ui-field-imaging-date = 撮影日
ui-field-region = 部位
ui-field-imaging-facility = 撮影した医療機関
ui-field-imaging-summary = 所見（報告書の言語のまま）
ui-field-tissue-source-detail = 採取する組織の詳細（部位など）
ui-field-route-detail = 投与経路の詳細（部位・時間など）
ui-field-registry-name = レジストリの名称
ui-field-thaw-note = 解凍・取り扱いについてのメモ
ui-field-emergency-note = 搬送についてのメモ
ui-field-consent-scope = 同意の範囲
ui-field-question = 患者からの質問（患者の言葉）
ui-field-answer = 回答
ui-field-answered-by = 回答した人
ui-pt-translation-lang = 訳の言語
ui-pt-terms = 用語集にある語：
ui-confirmed-at = （{ $at }）
