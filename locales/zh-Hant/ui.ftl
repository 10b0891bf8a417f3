## Intake workflow screens (staff locale; every question is also shown in the patient locale).
## Japanese is the source locale. Medical wording follows crates/kakehashi-glossary/data.

## Setup, unlock, recovery

ui-setup-heading = 初始設定
ui-setup-intro = 將建立一個資料庫，在這台裝置上加密儲存病人紀錄。密碼片語請設定為 { $min } 個字元以上。
ui-field-staff-name = 工作人員姓名
ui-field-staff-name-hint = 這個姓名會留在稽核紀錄中。
ui-field-passphrase = 密碼片語
ui-field-passphrase-confirm = 密碼片語（確認）
ui-setup-submit = 建立資料庫
ui-setup-working = 正在建立資料庫…
ui-recovery-heading = 復原金鑰
ui-recovery-instruction = 這個復原金鑰只會顯示這一次。請抄寫在紙上，並保管在上鎖的地方。忘記密碼片語時，沒有它就無法開啟紀錄。
ui-recovery-ack = 我已抄下復原金鑰
ui-recovery-continue = 繼續
ui-unlock-heading = 解除鎖定
ui-unlock-intro = 開始工作前，請輸入工作人員姓名與密碼片語。
ui-unlock-submit = 解除鎖定
ui-unlock-working = 確認中…
ui-unlock-use-recovery = 忘記密碼片語（使用復原金鑰）
ui-unlock-use-passphrase = 以密碼片語解除鎖定
ui-field-recovery-key = 復原金鑰
ui-field-new-passphrase = 新的密碼片語
ui-field-new-passphrase-confirm = 新的密碼片語（確認）
ui-unlock-recovery-submit = 以復原金鑰解除鎖定並變更密碼片語
ui-lock = 鎖定
ui-signed-in = 操作人員：{ $staff }
ui-locked-idle = 由於一段時間沒有操作，已自動鎖定。

## Patient list

ui-patients-heading = 病人清單
ui-patients-search = 搜尋病人
ui-patients-search-hint = 可以用漢字、羅馬拼音、片假名或平假名等任何寫法的姓名搜尋。
ui-patients-new = 新增病人
ui-patients-samples = 載入範例病人
ui-patients-samples-hint = 這些是虛構的病人（並非真實人物），用來試用操作。
ui-patients-empty = 尚未登錄任何病人。
ui-patients-no-match = 沒有符合的病人。
ui-patients-col-name = 姓名
ui-patients-col-dob = 出生日期
ui-patients-col-updated = 最後更新
ui-patients-unnamed = （未填寫姓名）
ui-working = 處理中…

## Intake frame

ui-back-to-list = 返回病人清單
ui-tab-summary = 摘要
ui-intake-sections = 接案項目
ui-save = 儲存
ui-handoff-open = 交接單
ui-glossary-open = 術語表（Ctrl+K）
ui-next-section = 下一個項目
ui-save-new = 尚未儲存
ui-save-dirty = 有未儲存的變更
ui-save-saving = 儲存中…
ui-save-saved = 已儲存（{ $time }）
ui-save-rejected = 無法儲存。請檢查 { $count } 個項目。已儲存的內容沒有變更。
ui-save-failed = 無法儲存。輸入的內容仍保留在這個畫面上。
ui-shortcuts = 鍵盤：Alt+N 新增一列 ／ Ctrl+S 儲存 ／ Alt+→ 下一個項目 ／ Alt+← 上一個項目
ui-close-saving = 關閉前正在儲存…
ui-sample-badge = 範例（虛構）

## Three states of a section (wording from the glossary: not-asked, confirmed-none)

ui-state-not-asked = 未詢問
ui-state-confirmed-none = 無（已確認）
ui-state-entries = { $count } 筆
ui-state-unknown = 不明
ui-state-known = 已填寫
ui-state-action-not-asked = 改回「未詢問」
ui-state-action-confirm-none = 已確認「無」
ui-state-question = 狀態
ui-add-row = 新增一列
ui-remove-row = 刪除這一列
ui-row = 第 { $n } 筆
ui-confirmed-by = 確認者：{ $who }

## The patient's own words

ui-pt-original = 病人的原話
ui-pt-original-lang = 原話的語言
ui-pt-translation = 日文譯文
ui-pt-translator = 翻譯者
ui-pt-method = 翻譯方式

## Profile

ui-field-name-native = 姓名（本人的寫法）
ui-field-name-native-lang = 寫法的語言
ui-field-latin-family = 姓（羅馬拼音，與護照相同）
ui-field-latin-given = 名（羅馬拼音，與護照相同）
ui-field-katakana = 姓名（片假名）
ui-field-dob = 出生日期
ui-field-date-hint = 也可以只填年份或年月（例：1968、1968-04、1968-04-12）
ui-field-full-date-hint = 年-月-日（例：2026-11-21）
ui-field-sex = 性別
ui-field-nationality = 國籍
ui-field-nationality-hint = 國家的兩字母代碼（例：CN、KR、VN）。有多個時請以逗號分隔。
ui-field-preferred-language = 談論醫療問題時使用的語言
ui-field-japanese-ability = 日語理解程度
ui-field-phone = 電話號碼
ui-field-messaging = 通訊軟體（ID）
ui-field-emergency-name = 緊急聯絡人（姓名）
ui-field-emergency-phone = 緊急聯絡人（電話）
ui-field-referral-source = 轉介來源
ui-field-referral-name = 轉介人或機構名稱

## History

ui-sub-conditions = 過去病史（疾病）
ui-sub-surgeries = 手術史
ui-field-condition = 病名、症狀
ui-field-onset = 發病時間
ui-field-condition-status = 目前狀態
ui-field-note = 工作人員備註
ui-field-procedure = 手術、處置
ui-field-date = 日期
ui-field-pregnancy = 懷孕
ui-field-breastfeeding = 哺乳

## Medications

ui-field-medication-name = 藥名（依病人所說或包裝上的寫法）
ui-field-generic-name = 學名
ui-field-dose = 每次劑量
ui-field-unit = 單位
ui-field-frequency = 使用方法、次數
ui-field-medication-route = 用藥方式
ui-field-since = 開始使用的時間
ui-field-anticoagulant = 抗凝血劑
ui-field-antiplatelet = 抗血小板藥物

## Allergies

ui-field-substance = 過敏原因（依病人所說）
ui-field-allergy-category = 類別
ui-field-allergen-groups = 相關類別
ui-field-reaction = 症狀
ui-field-allergy-severity = 嚴重程度
ui-field-allergy-when = 發生時間

## Screening results

ui-field-test = 檢查
ui-field-value-kind = 結果類型
ui-value-numeric = 數值
ui-value-qualitative = 陰性／陽性
ui-field-comparator = 比較
ui-field-value = 數值
ui-field-qualitative = 判定
ui-field-qualitative-text = 報告上的寫法
ui-field-range-low = 參考值（下限）
ui-field-range-high = 參考值（上限）
ui-field-range-text = 參考值（報告上的寫法）
ui-field-collected = 抽血日期
ui-field-lab = 檢驗機構
ui-screening-flag = 判定
ui-screening-stale = 結果過舊（早於治療預定日 { $days } 天以上）
ui-screening-fresh = 在有效期間內
ui-screening-no-date = 無日期
ui-stale-window-hint = 從治療預定日往前推算，早於這個天數的結果視為「結果過舊」。
ui-settings-stale-window = 檢查結果有效期間（天）
ui-settings-stale-window-out-of-range = 檢查結果有效期間（天）請輸入 { $min }～{ $max } 之間的數值。
ui-loinc = LOINC { $code }
ui-loinc-unverified = 需確認
ui-custom-test = 其他檢查（輸入名稱）
ui-field-custom-test-name = 檢查名稱

## Planned treatment

ui-field-treatment-category = 給予的是什麼
ui-field-product-name = 產品名稱、治療名稱（醫療機構的稱呼）
ui-field-origin = 來源
ui-field-tissue-source = 採集的組織
ui-field-harvest = 採集方式
ui-field-administration-route = 給藥途徑
ui-field-cell-count = 每次的細胞數
ui-field-sessions = 次數
ui-field-planned-date = 治療預定日
ui-field-physician = 主治醫師
ui-field-indication = 適應症（醫療機構的說明）
# REVIEW: 再生醫療等提供計畫 and 計畫編號 are marked needs-review in the glossary.
ui-field-provision-plan-number = 再生醫療等提供計畫的計畫編號
ui-field-risk-class = 風險分類
# REVIEW: the source label (届出の種類, "type of notification") does not match the field it labels in the UI (registry status: verification-type / unverification-type care, JSRM YOKOHAMA Declaration 2025); translated by meaning, like handoff-registry. Those two terms are also marked needs-review in the glossary.
ui-field-registry = 資料登錄（驗證型／無驗證）
ui-field-cryopreserved = 冷凍保存
ui-field-thawed-on-site = 在院內解凍

## Explanation and consent

ui-sub-explanation = 說明的內容
ui-field-topic = 說明的項目
ui-field-detail = 說明內容
ui-field-explained-language = 說明時使用的語言
ui-field-interpreter = 口譯員
ui-field-explained-by = 說明者
ui-field-explained-on = 說明日期
# REVIEW: 回授法 (teach-back) is marked needs-review in the glossary.
ui-field-teach-back = 病人用自己的話重述（回授法）
ui-field-teach-back-words = 病人重述的原話
# REVIEW: 需特別注意之個人資料 (要配慮個人情報) is marked needs-review in the glossary.
ui-sub-consent = 關於需特別注意之個人資料的同意
ui-field-consent-acquire = 同意蒐集
# REVIEW: the glossary phrase consent-to-share is marked needs-review.
ui-field-consent-share = 同意向第三方提供個人資料
ui-field-consent-date = 同意日期
ui-field-recorded-by = 記錄者

## Summary board

ui-summary-heading = 摘要
ui-summary-completion = 各項目的填寫狀況
ui-summary-screening = 檢查狀況
ui-summary-checklist = 安全檢查
ui-summary-checklist-empty = 沒有需要指出的問題。
ui-grid-done = 已完成
ui-grid-abnormal = 異常
ui-grid-stale = 過舊
ui-grid-missing = 未進行
ui-checklist-in-section = 本項目的安全檢查
ui-checklist-jump = 跳到相關項目
ui-severity-stop = 停止
ui-severity-missing = 未填寫
ui-severity-attention = 需注意
ui-severity-note = 參考
ui-progress = 處理中…

## Added fields

ui-field-patient-statement = 就診原因（病人的原話）
ui-sub-family-history = 家族病史
ui-field-relation = 關係
ui-field-family-kind = 疾病種類
ui-field-age-at-onset = 發病年齡
ui-field-fact-state = 狀態
ui-field-screening-window-heading = 檢查結果的有效期間
ui-summary-sections-done = 已確認 { $done } / { $total } 個項目
ui-save-up-to-date = 已儲存

## Interpreter, processing sites, committee, emergency care

ui-field-interpreter-arrangement = 口譯安排
ui-interpreter-not-asked = 未詢問
ui-interpreter-not-needed = 不需要
ui-interpreter-not-assigned = 需要但尚未安排
ui-interpreter-assigned = 已安排
ui-field-interpreter-name = 口譯員姓名
ui-field-interpreter-organization = 所屬單位
ui-field-interpreter-languages = 口譯語言
ui-field-interpreter-languages-hint = 以逗號分隔語言標籤（例：ja, zh-Hans）
ui-field-interpreter-qualification = 醫療口譯資格
ui-qualification-not-recorded = 未記錄
ui-qualification-none-held = 無資格
ui-qualification-held = 有資格
ui-field-qualification-name = 資格名稱
ui-field-qualification-number = 資格編號
ui-sub-processing-sites = 細胞製備場所
ui-field-site-name = 設施名稱
# REVIEW: 設施編號 is marked needs-review in the glossary.
ui-field-facility-number = 設施編號
ui-field-site-location = 所在地
ui-field-site-country = 國家（海外時填寫兩字母代碼）
ui-field-site-role = 角色（培養、保存、最終調製等）
# REVIEW: 認定再生醫療等委員會 is marked needs-review in the glossary.
ui-field-committee = 認定再生醫療等委員會
ui-field-committee-name = 委員會名稱
# REVIEW: 認定編號 is marked needs-review in the glossary.
ui-field-committee-number = 認定編號
ui-field-emergency-care = 緊急時的後送醫院
ui-field-emergency-hospital = 後送的醫療機構
ui-field-emergency-contact = 後送醫療機構的聯絡方式
ui-field-thaw-documented-by = 負責記錄解凍與處理過程的人

## Every field of the record editable: profile, screening, imaging, treatment, questions

ui-field-other-names = 其他姓名（婚前姓、英文名、以前報告上的姓名）
ui-field-other-names-hint = 每行填寫一個。
ui-field-other-languages = 會說的其他語言
ui-field-other-languages-hint = 用逗號分隔語言標籤（例：en, yue）
ui-field-email = 電子郵件
ui-field-address = 地址（住宿地或住家地址）
ui-field-emergency-relation = 緊急聯絡人（關係）
ui-field-referral-contact = 介紹方聯絡方式
ui-field-referral-note = 關於介紹的備註（如是否有介紹費）
ui-field-medication-reason = 服用原因（患者的原話）
ui-field-test-group = 檢查類別
ui-field-loinc = LOINC 代碼（如報告上有）
ui-field-loinc-hint = 例：5196-1。不清楚時留空。
ui-field-lab-code = 檢驗機構的項目代碼
ui-field-screening-note = 工作人員備註
ui-field-interpretation = 檢驗機構的判定（報告上的記載）
ui-interpretation-none = 未記載
ui-stale-window-in-settings = 早於治療預定日 { $days } 天以上的結果標為「結果過舊」（天數可在畫面上方的設定中變更）。
ui-field-modality = 檢查種類
ui-field-imaging-date = 檢查日期
ui-field-region = 部位
ui-field-imaging-facility = 檢查機構
ui-field-imaging-summary = 所見（保持報告原文語言）
ui-field-tissue-source-detail = 採集組織的詳情（部位等）
ui-field-route-detail = 給藥途徑的詳情（部位、時間等）
# REVIEW: registry (JSRM) wording not in the glossary
ui-field-registry-name = 登錄系統名稱
ui-field-thaw-note = 關於解凍和處理的備註
ui-field-emergency-note = 關於轉送的備註
ui-field-consent-scope = 同意的範圍
ui-field-question = 患者的提問（患者的原話）
ui-field-answer = 回答
ui-field-answered-by = 回答人
ui-pt-translation-lang = 譯文的語言
ui-pt-terms = 詞彙表中的詞：
ui-confirmed-at = （{ $at }）
