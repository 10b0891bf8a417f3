# Glossary panel and the physician handoff preview (overlays).

panels-close = 關閉 (Esc)
panels-required = 必填
panels-needs-review = 需確認

## Glossary

panels-glossary-title = 術語表
panels-glossary-search-label = 搜尋術語
panels-glossary-search-placeholder = 漢字・かな・中文・한국어・tiếng Việt（可不加聲調）・English
panels-glossary-hint = 用 ↑↓ 選擇，Tab 顯示全部 6 種語言／返回，Esc 關閉。
panels-glossary-expand = 顯示全部 6 種語言
panels-glossary-collapse = 返回 2 種語言
panels-glossary-count = { $count ->
    [0] 沒有結果
   *[other] { $count } 筆
}
panels-glossary-failed = 搜尋失敗。請重新輸入。
panels-glossary-no-term = （此語言沒有對應術語）
panels-glossary-avoid = 應避免的說法
panels-glossary-source = 出處
panels-definition-ja = 定義（日文）
panels-definition-en = 定義（英文）
panels-match-exact = 完全相符
panels-match-prefix = 開頭相符
panels-match-substring = 部分相符
panels-match-fuzzy = 模糊相符
panels-locale-ja = 日文
panels-locale-en = 英文
panels-locale-zh-Hans = 中文（簡體）
panels-locale-zh-Hant = 中文（繁體）
panels-locale-ko = 韓文
panels-locale-vi = 越南文
panels-domain-cell-types = 細胞種類
panels-domain-cell-sources = 細胞來源
panels-domain-products = 產品與加工物
panels-domain-procedures = 處置與操作
panels-domain-manufacturing-quality = 製造與品質
panels-domain-regulation = 法規
panels-domain-history-conditions = 過去病史與疾病
panels-domain-symptoms = 症狀
panels-domain-drug-classes = 藥物分類
panels-domain-allergy-reactions = 過敏與反應
panels-domain-screening-tests = 篩檢
panels-domain-imaging = 影像檢查
panels-domain-consent-phrases = 同意與說明用語
panels-domain-anatomy-routes = 解剖部位與給藥途徑

## Handoff preview

panels-handoff-title = 醫師用交接單（預覽）
panels-handoff-people = 交接
panels-handoff-recipient = 接收醫師的姓名
panels-handoff-clinic = 醫療機構
panels-handoff-interpreter = 口譯員
panels-handoff-blocking-title = 阻止輸出的項目（{ $count } 項）
panels-handoff-no-blocking = 沒有阻止輸出的項目。
panels-handoff-override = 確認理由後，略過此項目並輸出（會記錄在稽核紀錄中）
panels-handoff-not-overridable = 此項目無法略過。請補充紀錄。
panels-handoff-save = 儲存 PDF…
panels-handoff-open = 在檢視器中開啟
panels-handoff-need-recipient = 請輸入接收醫師的姓名。
panels-handoff-need-overrides = 還有 { $count } 個未解決的項目。請解決，或逐項明確選擇略過。
panels-handoff-rendering = 正在製作交接單…
panels-handoff-saving = 正在儲存 PDF…
panels-handoff-opening = 正在開啟 PDF…
panels-handoff-saved = 已儲存：{ $path }
panels-handoff-pages = 交接單頁面
panels-handoff-page = 第 { $n } / { $total } 頁
panels-handoff-prev = 上一頁
panels-handoff-next = 下一頁
panels-handoff-zoom-in = 放大
panels-handoff-zoom-out = 縮小
panels-severity-stop = 停止
panels-severity-missing = 未填寫
panels-severity-attention = 需注意
panels-severity-note = 參考

## Glossary panel: user terms, import and export
panels-glossary-add = 新增術語
panels-glossary-user-term = 使用者術語
panels-glossary-edit = 編輯
panels-glossary-delete = 刪除
panels-glossary-delete-confirm = 刪除此使用者術語嗎？
panels-glossary-delete-confirm-added = 刪除新增到此概念的術語嗎？（內建術語保留。）
panels-glossary-cancel = 取消
panels-glossary-copy = 複製並補充
panels-glossary-form-add-title = 新增使用者術語
panels-glossary-form-edit-title = 編輯使用者術語
panels-glossary-form-preferred = 首選術語
panels-glossary-form-reading = 讀音（假名）
panels-glossary-form-synonyms = 同義詞（每行一個）
panels-glossary-form-avoid = 避免使用的說法（每行一個）
panels-glossary-form-definition = 定義
panels-glossary-form-id = ID
panels-glossary-form-id-placeholder = 留空則自動產生
panels-glossary-form-domain = 領域
panels-glossary-form-domain-none = （無）
panels-glossary-form-review = 審核狀態
panels-glossary-form-verified = 已核實
panels-glossary-form-save = 儲存
panels-glossary-import = 匯入（TBX、CSV）…
panels-glossary-export-format = 匯出格式
panels-glossary-export = 匯出…
panels-glossary-export-done = 已匯出到 {$path}。
panels-glossary-import-reading = 正在讀取檔案…
panels-glossary-import-storing = 正在儲存…
panels-glossary-import-review = 匯入內容確認
panels-glossary-import-new = 新增：{$count} 條
panels-glossary-import-replaces = 取代使用者術語：{$count} 條
panels-glossary-import-extends = 補充內建概念的術語：{$count} 條
panels-glossary-import-unchanged = 無變化（略過）：{$count} 條
panels-glossary-import-problems = 問題：{$count} 個
panels-glossary-import-at-line = 第 {$line} 行：
panels-glossary-import-at-entry = 第 {$entry} 條：
panels-glossary-import-confirm = 匯入 {$count} 條
panels-glossary-import-confirm-partial = 仍匯入可讀取的 {$count} 條（{$problems} 個問題：未匯入的內容見上文）
panels-glossary-import-done = 已匯入 {$count} 條（捨棄 {$left} 條）。
