## Application chrome (staff locale). Japanese is the source locale.

app-title = 架け橋
app-tagline = 外国人患者の再生医療受診を支える通訳・コーディネーター支援

## Language names, each in its own language (the same in every locale file)

locale-autonym = 日本語

## Main screen

ui-staff-locale = 職員の言語
ui-patient-locale = 患者の言語
ui-home-heading = 受付の流れ
ui-home-intro = 各項目は職員の言語と患者の言語で並べて表示されます。
ui-version = バージョン { $version }
ui-data-dir = データフォルダー：{ $path }
ui-loading = 読み込み中…

## Intake sections

section-profile = プロフィール
section-history = 既往歴
section-medications = 服用中の薬
section-allergies = アレルギー
section-screening = 検査結果
section-treatment = 予定している治療
section-consent = 説明と同意

## Errors of the application layer

app-error-data-dir = データフォルダー「{ $path }」を使用できません：{ $detail }
app-error-in-use = データフォルダー「{ $path }」は別の架け橋プロセスが使用中です。そちらのウィンドウを使用してください。
app-error-internal = 予期しないエラーが発生しました（{ $context }）。入力済みの内容は保存されたままです。
app-error-settings-unreadable = 設定ファイル「{ $path }」を読み込めません：{ $detail }
app-error-unknown-locale = 「{ $locale }」は利用できる言語ではありません。
app-error-out-of-range = { $min }～{ $max } の範囲で入力してください。
app-error-invalid-settings = 設定を保存できません。表示された項目を確認してください。
app-error-record-invalid = { $count } 件の項目に問題があるため保存しませんでした。保存済みの内容は変わっていません。
app-error-record-id = 記録IDが正しくありません。
app-error-already-set-up = このデータフォルダーには既に保存庫があります。
app-error-needs-setup = 保存庫がまだ作成されていません。初回設定を行ってください。
app-error-staff-required = 職員名を入力してください（監査記録に残ります）。
app-error-passphrase-short = パスフレーズは { $min } 文字以上にしてください。
app-error-passphrase-mismatch = 確認用のパスフレーズが一致しません。
app-error-passphrase-rejected = パスフレーズを設定できません。表示された項目を確認してください。
app-error-handoff-blocked = 安全チェックリストの項目（{ $rules }）が未解決のため、引き継ぎシートを出力できません。解決するか、理由を確認したうえで明示的に上書きしてください（上書きは監査記録に残ります）。
app-error-write-file = ファイル「{ $path }」に書き込めません：{ $detail }
app-error-read-file = ファイル「{ $path }」を読み込めません：{ $detail }

## User glossary (kept in the encrypted store) and the CLI import
glossary-user-unreadable = ユーザー用語集を開けませんでした（{$detail}）。検索は組み込みの用語だけで行います。
glossary-user-error-invalid = 用語を保存できません。{$count} か所を直してください。
glossary-user-error-id-empty = ID がありません。
glossary-user-error-id-form = ID は改行を含まない {$max} 文字以内にしてください。
glossary-user-error-id-taken = ID {$id} のユーザー用語はすでにあります。編集するか別の ID にしてください。
glossary-user-error-not-found = ユーザー用語 {$id} はありません。
glossary-user-error-no-term = 少なくとも一つの言語で見出し語を入力してください。
glossary-user-error-preferred-missing = 言語 {$locale} に同義語などがありますが、見出し語がありません。
glossary-user-error-term-line = 用語に改行・タブなどの制御文字は使えません。
glossary-user-error-reading-ja-only = 読みは日本語の用語にだけ付けられます。
glossary-user-error-reading-kana = 読み「{$reading}」はかな（ひらがな・カタカナ）で入力してください。
glossary-user-error-text-control = 使用できない制御文字が含まれています。
glossary-user-import-invalid = 項目 {$id} は取り込めません（{$field} が正しくありません）。
glossary-user-import-stale = この取り込みの確認画面は古くなりました。もう一度ファイルを読み込んでください。
glossary-cli-preview-only = データフォルダーが指定されていないため、確認だけを行いました（--data-dir で保存先を指定）。
glossary-cli-preview = 確認: 新規 {$new} 件、ユーザー用語の置き換え {$replaced} 件、組み込み概念への追加 {$extended} 件、変更なし {$unchanged} 件、問題 {$problems} 件。
glossary-cli-nothing-to-import = 取り込む新しい内容はありません。
glossary-cli-confirm = {$count} 件を取り込みますか？ [y/N]
glossary-cli-confirm-partial = 問題が {$problems} 件あります（取り込まれない内容は上記の各問題のとおり）。読み取れた {$count} 件を取り込みますか？ [y/N]
glossary-cli-cancelled = 取り込みを中止しました。何も保存していません。
glossary-cli-imported = {$count} 件を取り込みました（除外 {$left} 件）。
