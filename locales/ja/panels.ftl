# 用語集パネルと医師向け引き継ぎプレビュー(オーバーレイ)。

panels-close = 閉じる (Esc)
panels-required = 必須
panels-needs-review = 要確認

## 用語集

panels-glossary-title = 用語集
panels-glossary-search-label = 用語を検索
panels-glossary-search-placeholder = 漢字・かな・中文・한국어・tiếng Việt(声調なし可)・English
panels-glossary-hint = ↑↓ で選択、Tab で全6言語を表示/戻す、Esc で閉じる。
panels-glossary-expand = 全6言語を表示
panels-glossary-collapse = 2言語に戻す
panels-glossary-count = { $count ->
    [0] 該当なし
   *[other] { $count } 件
}
panels-glossary-failed = 検索できませんでした。もう一度入力してください。
panels-glossary-no-term = (この言語の用語なし)
panels-glossary-avoid = 使わない表現
panels-glossary-source = 出典
panels-definition-ja = 定義(日本語)
panels-definition-en = 定義(英語)

panels-match-exact = 完全一致
panels-match-prefix = 前方一致
panels-match-substring = 部分一致
panels-match-fuzzy = あいまい一致

panels-locale-ja = 日本語
panels-locale-en = 英語
panels-locale-zh-Hans = 中国語(簡体字)
panels-locale-zh-Hant = 中国語(繁体字)
panels-locale-ko = 韓国語
panels-locale-vi = ベトナム語

panels-domain-cell-types = 細胞の種類
panels-domain-cell-sources = 細胞の採取源
panels-domain-products = 製品・加工物
panels-domain-procedures = 処置・手技
panels-domain-manufacturing-quality = 製造・品質
panels-domain-regulation = 法規制
panels-domain-history-conditions = 既往歴・疾患
panels-domain-symptoms = 症状
panels-domain-drug-classes = 薬剤分類
panels-domain-allergy-reactions = アレルギー・反応
panels-domain-screening-tests = スクリーニング検査
panels-domain-imaging = 画像検査
panels-domain-consent-phrases = 同意・説明の表現
panels-domain-anatomy-routes = 解剖・投与経路

## 引き継ぎプレビュー

panels-handoff-title = 医師向け引き継ぎシート(プレビュー)
panels-handoff-people = 受け渡し
panels-handoff-recipient = 受け取る医師の氏名
panels-handoff-clinic = 医療機関
panels-handoff-interpreter = 通訳者
panels-handoff-blocking-title = 出力を止めている項目({ $count } 件)
panels-handoff-no-blocking = 出力を止めている項目はありません。
panels-handoff-override = 理由を確認したうえで、この項目を無視して出力する(監査記録に残ります)
panels-handoff-not-overridable = この項目は無視できません。記録を補ってください。
panels-handoff-save = PDFを保存…
panels-handoff-open = ビューアで開く
panels-handoff-need-recipient = 受け取る医師の氏名を入力してください。
panels-handoff-need-overrides = 未解決の項目が { $count } 件あります。解決するか、各項目を明示的に無視してください。
panels-handoff-rendering = シートを作成中…
panels-handoff-saving = PDFを保存中…
panels-handoff-opening = PDFを開いています…
panels-handoff-saved = 保存しました: { $path }
panels-handoff-pages = シートのページ
panels-handoff-page = { $n } / { $total } ページ
panels-handoff-prev = 前のページ
panels-handoff-next = 次のページ
panels-handoff-zoom-in = 拡大
panels-handoff-zoom-out = 縮小

panels-severity-stop = 中止
panels-severity-missing = 未記入
panels-severity-attention = 要注意
panels-severity-note = 参考

## Glossary panel: user terms, import and export
panels-glossary-add = 用語を追加
panels-glossary-user-term = ユーザー用語
panels-glossary-edit = 編集
panels-glossary-delete = 削除
panels-glossary-delete-confirm = このユーザー用語を削除しますか？
panels-glossary-delete-confirm-added = この概念に追加した用語を削除しますか？（組み込みの用語は残ります）
panels-glossary-cancel = キャンセル
panels-glossary-copy = コピーして用語を追加
panels-glossary-form-add-title = ユーザー用語を追加
panels-glossary-form-edit-title = ユーザー用語を編集
panels-glossary-form-preferred = 見出し語
panels-glossary-form-reading = 読み（かな）
panels-glossary-form-synonyms = 同義語（1行に1つ）
panels-glossary-form-avoid = 使わない表現（1行に1つ）
panels-glossary-form-definition = 定義
panels-glossary-form-id = ID
panels-glossary-form-id-placeholder = 空欄なら自動で付けます
panels-glossary-form-domain = 分野
panels-glossary-form-domain-none = （なし）
panels-glossary-form-review = 確認状態
panels-glossary-form-verified = 確認済み
panels-glossary-form-save = 保存
panels-glossary-import = 取り込み（TBX・CSV）…
panels-glossary-export-format = 書き出し形式
panels-glossary-export = 書き出し…
panels-glossary-export-done = {$path} に書き出しました。
panels-glossary-import-reading = ファイルを読み込んでいます…
panels-glossary-import-storing = 保存しています…
panels-glossary-import-review = 取り込む内容の確認
panels-glossary-import-new = 新規: {$count} 件
panels-glossary-import-replaces = ユーザー用語の置き換え: {$count} 件
panels-glossary-import-extends = 組み込み概念への用語追加: {$count} 件
panels-glossary-import-unchanged = 変更なし（取り込まない）: {$count} 件
panels-glossary-import-problems = 問題: {$count} 件
panels-glossary-import-at-line = {$line} 行目:
panels-glossary-import-at-entry = 項目 {$entry}:
panels-glossary-import-confirm = {$count} 件を取り込む
panels-glossary-import-confirm-partial = 読み取れた {$count} 件を取り込む（問題 {$problems} 件：取り込まれない内容は上記のとおり）
panels-glossary-import-done = {$count} 件を取り込みました（除外 {$left} 件）。
