## Application chrome (staff locale). Japanese is the source locale.

app-title = Kakehashi（架け橋）
# REVIEW: the glossary marks the coordinator term (medical-coordinator) needs-review.
app-tagline = 協助外國病人在日本接受再生醫學治療的口譯員與協調員工作輔助工具

## Language names, each in its own language (the same in every locale file)

locale-autonym = 繁體中文

## Main screen

ui-staff-locale = 工作人員語言
ui-patient-locale = 病人語言
ui-home-heading = 接案流程
ui-home-intro = 每個項目都會以工作人員語言和病人語言並列顯示。
ui-version = 版本 { $version }
ui-data-dir = 資料夾：{ $path }
ui-loading = 載入中…

## Intake sections

section-profile = 基本資料
section-history = 過去病史
section-medications = 目前使用的藥物
# REVIEW: glossary "allergy" gives 過敏 as the preferred zh-Hant term; as a section heading 過敏史 may read more naturally.
section-allergies = 過敏
section-screening = 檢查結果
section-treatment = 預定接受的治療
section-consent = 說明與同意

## Errors of the application layer

app-error-data-dir = 無法使用資料夾「{ $path }」：{ $detail }
app-error-in-use = 資料夾「{ $path }」正由另一個 Kakehashi 程式使用中。請改用那個視窗。
app-error-internal = 發生未預期的錯誤（{ $context }）。已輸入的內容仍保存著。
app-error-settings-unreadable = 無法讀取設定檔「{ $path }」：{ $detail }
app-error-unknown-locale = 「{ $locale }」不是可使用的語言。
app-error-out-of-range = 請輸入 { $min }～{ $max } 範圍內的值。
app-error-invalid-settings = 無法儲存設定。請檢查標示的項目。
app-error-record-invalid = 有 { $count } 個項目有問題，因此沒有儲存。已儲存的內容沒有變更。
app-error-record-id = 紀錄 ID 不正確。
app-error-already-set-up = 這個資料夾已經有資料庫。
app-error-needs-setup = 尚未建立資料庫。請先完成初始設定。
app-error-staff-required = 請輸入工作人員姓名（會留在稽核紀錄中）。
app-error-passphrase-short = 密碼片語至少需要 { $min } 個字元。
app-error-passphrase-mismatch = 確認用的密碼片語不一致。
app-error-passphrase-rejected = 無法設定密碼片語。請檢查標示的項目。
app-error-handoff-blocked = 安全檢查清單中的項目（{ $rules }）尚未解決，因此無法輸出交接單。請解決這些問題，或在確認理由後明確選擇強制放行（強制放行會記錄在稽核紀錄中）。
app-error-write-file = 無法寫入檔案「{ $path }」：{ $detail }
app-error-read-file = 無法讀取檔案「{ $path }」：{ $detail }
