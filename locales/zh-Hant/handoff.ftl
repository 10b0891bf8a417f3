# The physician's handoff sheet (kakehashi-handoff). The printed sheet is Japanese; these strings serve
# Chinese-speaking staff (Taiwan usage), the CLI, and the patient-language subtitle.

## Errors

handoff-error-unrenderable = 項目「{ $field }」中的字元「{ $character }」（{ $codepoint }）無法以內建字型列印。請檢查該字元或修正該項目。
handoff-error-font-missing = 在 { $dir } 中找不到字型檔 { $file }。
handoff-error-font-invalid = 無法讀取字型檔 { $file }。
handoff-error-invalid-record = 無法讀取紀錄檔（項目 { $field }，第 { $line } 行第 { $column } 個字元）。
handoff-error-invalid-timestamp = { $field } 的日期時間「{ $value }」不是 RFC 3339 格式。
handoff-error-pdf-write = 無法寫出 PDF。

## Title, header, footer

handoff-title = 再生醫學 看診前交接單
# REVIEW: subtitle shown in the patient's language; the source asks for a translator's check of every language version.
handoff-title-patient = 再生醫學 看診前交接單
handoff-pdf-title = 再生醫學 看診前交接單 — 紀錄 { $id }
handoff-pdf-subject = 外國病人看診前資訊（醫師用）
handoff-header-record = {"  "}紀錄 { $id } 版本 { $version }
handoff-header-name-see-page-1 = 姓名請見第 1 頁的病人資料
handoff-footer-page = 第 { $page } / { $pages } 頁
# REVIEW: 需特別注意之個人資料 (要配慮個人情報) is marked needs-review in the glossary.
handoff-confidential = 機密：含有需特別注意之個人資料。禁止用於診療以外的目的、複製或提供給第三方。
handoff-content-hash = 紀錄內容雜湊值（SHA-256）：{ $hash }
handoff-sample = ※這是虛構的範例紀錄，並非真實病人。

handoff-clinic = 醫療機構
handoff-generated-at = 製作時間
handoff-staff = 負責人員
# REVIEW: 醫療協調員 (medical coordinator) is marked needs-review in the glossary.
handoff-staff-coordinator = 協調員：
handoff-staff-interpreter = {"　"}口譯員：
handoff-staff-physician = {"　"}醫師：
handoff-record = 紀錄 ID
handoff-record-version = {"　"}版本：

## Shared states

handoff-not-asked = 未詢問（尚未確認） NOT ASKED
handoff-confirmed-none = 無（已確認）
handoff-confirmed-by = {"　"}確認者：
handoff-confirmed-at = {"　"}確認時間：
handoff-unknown = 不明（已詢問但不清楚）
handoff-empty-list = 清單是空的（並未確認為「無」）
handoff-blank = （未填寫）
handoff-not-recorded = 無紀錄
handoff-untranslated = {"　"}［未翻譯］
handoff-translated-by = {"　"}（翻譯：{ $translator }・{ $method }）
handoff-note = 備註
handoff-date = 日期
handoff-when = {"　"}時間：
handoff-reaction = {"　"}反應：

## Alert box

handoff-alert-title = 注意事項
handoff-allergies = 過敏
handoff-checklist = 停止與注意項目
handoff-checklist-not-supplied = 未附上檢查清單的結果
handoff-checklist-clear = 檢查清單中未發現需要停止或注意的項目
handoff-severity-stop = 停止
handoff-severity-attention = 注意
handoff-severity-info = 資訊
handoff-anticoagulants = 抗凝血劑與抗血小板藥物
handoff-anticoagulant = 抗凝血劑
handoff-antiplatelet = 抗血小板藥物
handoff-anticoagulants-none-listed = 用藥清單中沒有相關藥物
handoff-anticoagulants-unassessed = 尚未評估抗凝血或抗血小板作用的藥物：{ $count } 種

## Patient

handoff-section-patient = 病人資料
handoff-name = 姓名
handoff-dob-sex = 出生日期／性別
handoff-nationality = 國籍
handoff-languages = 語言
handoff-japanese-ability = {"　"}日語：
handoff-interpreter = 口譯
handoff-interpreter-not-needed = 不需要
handoff-interpreter-not-assigned = 未安排
handoff-qualification = {"　"}資格：
handoff-qualification-none = 無
handoff-referral = 轉介來源
handoff-referral-name = {"　"}名稱：
handoff-referral-contact = {"　"}聯絡方式：
handoff-contact = 聯絡方式
handoff-phone = 電話：
handoff-email = 電子郵件：
handoff-messaging = 通訊軟體：
handoff-address = 地址：
handoff-emergency-contact = 緊急聯絡人：
handoff-emergency-phone = 緊急聯絡電話：
handoff-emergency-relation = 關係：
handoff-pregnancy = 懷孕
handoff-breastfeeding = 哺乳：

## Medications

handoff-section-medications = 用藥
handoff-med-name = 藥名（依病人自述）
handoff-med-generic = 學名
handoff-med-dose = 劑量、頻率、途徑
handoff-med-since = 開始時間
handoff-med-reason = 原因
handoff-med-flags = 抗凝血／抗血小板

## History

handoff-section-conditions = 過去病史、現病史
handoff-section-surgeries = 手術史
handoff-section-family = 家族病史
handoff-condition = 疾病
handoff-onset = 發病
handoff-status = 狀態
handoff-procedure = 手術、處置
handoff-relation = 關係
handoff-kind = 分類
handoff-age-at-onset = 發病年齡

## Results

handoff-section-screening = 檢查結果（感染篩檢、腫瘤標記、凝血功能、全血球計數）
handoff-section-imaging = 影像檢查
handoff-test = 檢查
handoff-codes = 代碼
handoff-result = 結果
handoff-range = 參考範圍
handoff-flag = 判定
handoff-collected = 採檢日期
handoff-lab = 檢驗機構、備註
handoff-stale = {"　"}［超過 { $days } 天・需重新評估］
handoff-modality = 種類
handoff-region = 部位
handoff-imaging-summary = 所見（原文／譯文）
handoff-facility = 機構

## Planned treatment

handoff-section-treatment = 預定接受的治療
handoff-what = 給予的是什麼
handoff-origin = 來源、採集部位
handoff-harvest = {"　"}採集：
handoff-route = 給藥途徑
handoff-dose = 用量、細胞數、次數
handoff-cell-count = {"　"}細胞數：
handoff-sessions = {"　"}次數：
handoff-handling = 冷凍、解凍
handoff-cryopreserved = 冷凍保存：
handoff-thawed-on-site = {"　"}院內解凍：
handoff-thaw-documented-by = {"　"}作業紀錄者：
# REVIEW: 計畫編號 / 再生醫療等提供計畫 are marked needs-review in the glossary.
handoff-plan-number = 提供計畫編號
handoff-risk-class = 風險分類
# REVIEW: 認定再生醫療等委員會 and 認定編號 are marked needs-review in the glossary.
handoff-committee = 認定委員會（名稱、編號）
handoff-registry = 資料登錄
handoff-emergency-care = 緊急後送醫院
handoff-indication = 適應症（目標症狀）
handoff-physician-date = 主治醫師、預定日期
handoff-planned-date = {"　"}預定日期：
handoff-section-sites = 細胞製備場所
handoff-site-name = 設施名稱
# REVIEW: 設施編號 is marked needs-review in the glossary.
handoff-facility-number = 設施編號
handoff-site-location = 所在地
handoff-site-role = 角色

## Explanation and consent

# REVIEW: 回授法 (teach-back) is marked needs-review in the glossary.
handoff-section-explanation = 說明與理解確認（回授法）
handoff-topic = 項目
handoff-detail = 說明內容
handoff-explained-by = 說明者、日期、語言、口譯
handoff-teach-back = 理解確認
handoff-section-questions = 病人的提問
handoff-question = 提問（原文／譯文）
handoff-answer = 回答、回答者
# REVIEW: 需特別注意之個人資料 (要配慮個人情報) is marked needs-review in the glossary.
handoff-section-consent = 同意（需特別注意之個人資料）
handoff-consent-acquire = 同意蒐集
# REVIEW: the glossary phrase consent-to-share is marked needs-review.
handoff-consent-share = 同意向第三方提供個人資料
handoff-recorded-by = {"　"}記錄者：

## The patient's statement

handoff-section-statement = 病人的陳述（原文與譯文）
handoff-statement-original = 原文（{ $lang }）
handoff-statement-translation = 譯文（日文） 翻譯者：{ $translator }・{ $method }
handoff-statement-translation-missing = 譯文（日文）
handoff-section-signatures = 簽名
# REVIEW: 醫療協調員 (medical coordinator) is marked needs-review in the glossary.
handoff-sign-coordinator = 協調員 { $name }
handoff-sign-interpreter = 口譯員 { $name }
handoff-sign-physician = 醫師 { $name }
