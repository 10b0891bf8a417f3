## Glossary (kakehashi-glossary): errors, import problems and built-in data checks.
## Japanese is the source locale.

glossary-error-io = 無法讀寫檔案 {$path}（{$detail}）。
glossary-error-file-too-large = 檔案 {$path} 太大（上限 {$limit} 位元組）。
glossary-error-unknown-format = 檔案 {$path} 既不是 TBX 也不是 CSV。
glossary-error-import-has-problems = 匯入時發現 {$count} 個問題。確認後只匯入可讀取的內容（各問題說明了哪些內容不匯入）。
glossary-error-export = 匯出失敗（{$detail}）。
glossary-error-invalid-user-concept = 使用者術語 {$id} 的 {$field} 不正確。

glossary-import-not-utf8 = 第 {$line} 行：檔案不是 UTF-8 編碼。
glossary-import-xml-malformed = 第 {$line} 行：XML 格式不正確（{$detail}）。
glossary-import-unknown-entity = 第 {$line} 行：有未定義的實體參照 &{$entity};。
glossary-import-not-tbx = 不是 TBX 檔案（沒有 martif 或 tbx 元素）。
glossary-import-missing-language = 第 {$line} 行：有未指定語言（xml:lang）的語言組。
glossary-import-unsupported-language = 第 {$line} 行：不支援的語言 {$language} 的術語不會被匯入。
glossary-import-only-deprecated = 第 {$line} 行：語言 {$language} 只有應避免使用的術語。已將第一個術語設為首選術語。
glossary-import-entry-without-terms = 第 {$line} 行：這個項目沒有任何術語。
glossary-import-nested-entry = 第 {$line} 行：項目中含有另一個項目。外層項目將依讀到該處為止的內容匯入。
glossary-import-term-outside-language = 第 {$line} 行：術語「{$term}」位於語言組之外，無法確定其語言。
glossary-import-invalid-character = 第 {$line} 行：「{$text}」含有換行、Tab 等控制字元，無法匯入。
glossary-import-duplicate-id = ID {$id} 重複。
glossary-import-empty-file = 檔案是空的。
glossary-import-unknown-domain = 第 {$line} 行：領域 {$domain} 不明，此行不匯入。
glossary-import-unknown-review = 第 {$line} 行：審核狀態 {$review} 不明（應為 verified 或 needs-review），此行不匯入。
glossary-import-csv-malformed = 第 {$line} 行：CSV 格式不正確（{$detail}）。
glossary-import-csv-unknown-column = 欄位「{$column}」不明，其內容不會被匯入。
glossary-import-csv-duplicate-column = 欄位「{$column}」重複。
glossary-import-csv-no-term-columns = 標題列中沒有語言欄位（ja、en、zh-Hans 等）。
glossary-import-csv-field-count = 第 {$line} 行：有 {$found} 個欄位（標題列為 {$expected} 個）。
glossary-import-csv-missing-preferred = 第 {$line} 行：語言 {$language} 沒有首選術語。

glossary-data-malformed = 資料格式不正確（{$detail}）。
glossary-data-unknown-field = 有不明的欄位 {$field}。
glossary-data-no-concepts = 沒有任何概念（concept）項目。
glossary-data-bad-id = ID {$id} 不符合「小寫字母、數字與連字號」的格式。
glossary-data-duplicate-id = ID {$id} 在 {$first} 中也已使用。
glossary-data-unknown-domain = 領域 {$domain} 不明。
glossary-data-unknown-review = 審核狀態 {$review} 不明。
glossary-data-empty-source = 沒有出處。
glossary-data-bad-loinc = LOINC 碼 {$loinc} 的格式不正確。
glossary-data-loinc-check-digit = LOINC 碼 {$loinc} 的檢查碼不符（正確應為 {$expected}）。
glossary-data-empty-definition = 語言 {$locale} 的定義是空的。
glossary-data-missing-definition = 缺少語言 {$locale} 的定義。
glossary-data-unknown-locale = 語言 {$locale} 不明。
glossary-data-empty-term = 語言 {$locale} 中有空白的術語。
glossary-data-term-invalid-character = 語言 {$locale} 的術語中含有換行、Tab 等控制字元。
glossary-data-text-invalid-character = 定義或出處中含有無法使用的控制字元。
glossary-data-missing-reading = 日文術語缺少讀音（平假名）。
glossary-data-reading-not-hiragana = 讀音「{$reading}」不是平假名。
glossary-data-reading-not-japanese = 只有日文術語才能加上讀音（{$locale}）。
glossary-data-missing-locale = 缺少語言 {$locale} 的術語。
glossary-data-unknown-related = 相關 ID {$related} 不存在。
glossary-import-truncated = 第 {$line} 行：檔案在中途結束（有未關閉的元素）。
