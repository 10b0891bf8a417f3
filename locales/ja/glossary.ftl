## Glossary (kakehashi-glossary): errors, import problems and built-in data checks.
## Japanese is the source locale.

glossary-error-io = ファイル {$path} を読み書きできません（{$detail}）。
glossary-error-file-too-large = ファイル {$path} が大きすぎます（上限 {$limit} バイト）。
glossary-error-unknown-format = ファイル {$path} は TBX でも CSV でもありません。
glossary-error-import-has-problems = 取り込みに {$count} 件の問題があります。読み取れた分だけを取り込むには確認が必要です（取り込まれない内容は各問題に記載）。
glossary-error-export = 書き出しに失敗しました（{$detail}）。
glossary-error-invalid-user-concept = ユーザー用語 {$id} の {$field} が正しくありません。

glossary-import-not-utf8 = {$line} 行目: ファイルが UTF-8 ではありません。
glossary-import-xml-malformed = {$line} 行目: XML の形式が正しくありません（{$detail}）。
glossary-import-unknown-entity = {$line} 行目: 未定義の実体参照 &{$entity}; があります。
glossary-import-not-tbx = TBX ファイルではありません（martif または tbx 要素がありません）。
glossary-import-missing-language = {$line} 行目: 言語（xml:lang）が指定されていない言語セットがあります。
glossary-import-unsupported-language = {$line} 行目: 対応していない言語 {$language} の用語は取り込まれません。
# REVIEW: 「見出し語」は preferred term の訳として選んだ。データ側の用語（推奨用語など）と揃えるか要確認。
glossary-import-only-deprecated = {$line} 行目: 言語 {$language} には使用を避ける用語しかありません。最初の用語を見出し語にしました。
glossary-import-entry-without-terms = {$line} 行目: 用語が一つもない項目です。
glossary-import-nested-entry = {$line} 行目: 項目の中に別の項目があります。外側の項目はそこまでの内容で取り込みます。
glossary-import-term-outside-language = {$line} 行目: 用語「{$term}」が言語セットの外にあり、言語が分かりません。
glossary-import-invalid-character = {$line} 行目: 「{$text}」に改行・タブなどの制御文字が含まれているため、取り込めません。
glossary-import-duplicate-id = ID {$id} が重複しています。
glossary-import-empty-file = ファイルが空です。
glossary-import-unknown-domain = {$line} 行目: 分野 {$domain} は不明です。この行は取り込みません。
glossary-import-unknown-review = {$line} 行目: 確認状態 {$review} は不明です（verified または needs-review）。この行は取り込みません。
glossary-import-csv-malformed = {$line} 行目: CSV の形式が正しくありません（{$detail}）。
glossary-import-csv-unknown-column = 列「{$column}」は不明なため、その内容は取り込まれません。
glossary-import-csv-duplicate-column = 列「{$column}」が重複しています。
glossary-import-csv-no-term-columns = 言語の列（ja、en、zh-Hans など）が見出し行にありません。
glossary-import-csv-field-count = {$line} 行目: 列の数が {$found} 個あります（見出し行は {$expected} 個）。
glossary-import-csv-missing-preferred = {$line} 行目: 言語 {$language} に見出し語がありません。

glossary-data-malformed = データの形式が正しくありません（{$detail}）。
glossary-data-unknown-field = 不明な項目 {$field} があります。
glossary-data-no-concepts = 概念（concept）の項目が一つもありません。
glossary-data-bad-id = ID {$id} は小文字・数字・ハイフンの形式ではありません。
glossary-data-duplicate-id = ID {$id} は {$first} でも使われています。
glossary-data-unknown-domain = 分野 {$domain} は不明です。
glossary-data-unknown-review = 確認状態 {$review} は不明です。
glossary-data-empty-source = 出典がありません。
glossary-data-bad-loinc = LOINC コード {$loinc} の形式が正しくありません。
glossary-data-loinc-check-digit = LOINC コード {$loinc} のチェックディジットが合いません（正しくは {$expected}）。
glossary-data-empty-definition = 言語 {$locale} の定義が空です。
glossary-data-missing-definition = 言語 {$locale} の定義がありません。
glossary-data-unknown-locale = 言語 {$locale} は不明です。
glossary-data-empty-term = 言語 {$locale} に空の用語があります。
glossary-data-term-invalid-character = 言語 {$locale} の用語に改行・タブなどの制御文字が含まれています。
glossary-data-text-invalid-character = 定義または出典に使用できない制御文字が含まれています。
glossary-data-missing-reading = 日本語の用語に読み（ひらがな）がありません。
glossary-data-reading-not-hiragana = 読み「{$reading}」がひらがなではありません。
glossary-data-reading-not-japanese = 読みは日本語の用語にだけ付けられます（{$locale}）。
glossary-data-missing-locale = 言語 {$locale} の用語がありません。
glossary-data-unknown-related = 関連 ID {$related} は存在しません。
glossary-import-truncated = {$line} 行目: ファイルが途中で終わっています（閉じられていない要素があります）。
