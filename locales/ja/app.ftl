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
