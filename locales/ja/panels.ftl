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
