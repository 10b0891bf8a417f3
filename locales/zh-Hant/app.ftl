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

## User glossary (kept in the encrypted store) and the CLI import
glossary-user-unreadable = 無法開啟使用者術語表（{$detail}）。搜尋僅使用內建術語。
glossary-user-error-invalid = 無法儲存該術語。請修改 {$count} 處。
glossary-user-error-id-empty = 缺少 ID。
glossary-user-error-id-form = ID 必須為一行，且不超過 {$max} 個字元。
glossary-user-error-id-taken = ID 為 {$id} 的使用者術語已存在。請編輯它或使用其他 ID。
glossary-user-error-not-found = 沒有使用者術語 {$id}。
glossary-user-error-no-term = 請至少用一種語言輸入首選術語。
glossary-user-error-preferred-missing = {$locale} 的術語缺少首選術語。
glossary-user-error-term-line = 術語中不能包含換行、定位字元等控制字元。
glossary-user-error-reading-ja-only = 只有日語術語可以附帶讀音。
glossary-user-error-reading-kana = 讀音「{$reading}」必須用假名（平假名或片假名）書寫。
glossary-user-error-text-control = 文字中含有無法儲存的控制字元。
glossary-user-import-invalid = 條目 {$id} 無法匯入（{$field} 不正確）。
glossary-user-import-stale = 此匯入預覽已失效。請重新讀取檔案。
glossary-cli-preview-only = 未指定資料夾，因此僅做了預覽（用 --data-dir 指定儲存位置）。
glossary-cli-preview = 預覽：新增 {$new} 條，取代使用者術語 {$replaced} 條，補充內建概念 {$extended} 條，無變化 {$unchanged} 條，問題 {$problems} 個。
glossary-cli-nothing-to-import = 沒有需要匯入的新內容。
glossary-cli-confirm = 匯入 {$count} 個概念？[y/N]
glossary-cli-confirm-partial = 有 {$problems} 個問題（上文各問題說明了哪些內容不匯入）。仍匯入可讀取的 {$count} 個概念嗎？[y/N]
glossary-cli-cancelled = 已取消匯入。未儲存任何內容。
glossary-cli-imported = 已匯入 {$count} 個概念（捨棄 {$left} 條）。
