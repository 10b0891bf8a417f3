## Data & backups screen (staff locale). Japanese is the source locale.

data-open = データとバックアップ
data-back = 患者一覧に戻る
data-heading = データとバックアップ
data-intro = 患者情報はこのコンピューターの暗号化された保存庫にだけ保存されます。バックアップも暗号化され、パスフレーズか回復キーがなければ開けません。
data-dismiss = 閉じる

## Automatic backups

data-auto-heading = 自動バックアップ
data-auto-on = 自動バックアップは有効です。保存先：{ $dir }
data-auto-off = 自動バックアップは無効です。バックアップは手動で作成してください。
data-auto-last = 前回のバックアップ：{ $when }
data-auto-none-yet = この起動中にはまだバックアップを作成していません。
data-auto-pending = 前回のバックアップ以降に変更があります（ロック時または終了時にバックアップします）。
data-auto-failed = 自動バックアップに失敗しました：{ $detail } 変更内容は保存庫には保存されていますが、バックアップにはまだ含まれていません。
data-setting-auto = 自動でバックアップする（ロック時・終了時、作業中は一定間隔ごと）
data-setting-keep = 保持する自動バックアップの数
data-setting-every = 作業中のバックアップ間隔（分）
data-setting-dir = バックアップフォルダー
data-setting-dir-hint = 空欄にするとデータフォルダー内の「backups」を使います。外付けディスクなど、このコンピューターとは別の場所に置くと故障に備えられます。
data-setting-save = 設定を保存
data-setting-saved = 設定を保存しました。

## Back up now

data-now-heading = 今すぐバックアップ
data-backup-now = バックアップフォルダーに作成
data-backup-save-as = 保存先を選んで作成…
data-backing-up = バックアップを作成しています…
data-backup-done = バックアップを作成しました：{ $path }（患者 { $patients } 名、{ $size }、チェックサム { $sha }…）

## The backups folder

data-list-heading = バックアップフォルダー
data-list-empty = バックアップはまだありません。
data-col-date = 作成日時
data-col-size = サイズ
data-col-patients = 患者数
data-col-patients-unverified = 未検証
data-col-file = ファイル（選択して検証・復元）

## Verify and restore

data-verify-heading = 検証と復元
data-selected-file = 選択中のバックアップ
data-no-file = バックアップが選択されていません。一覧から選ぶか、ファイルを選んでください。
data-choose-file = ファイルを選ぶ…
data-key-passphrase = バックアップ作成時のパスフレーズ
data-key-recovery = 回復キー
data-key-use-recovery = 回復キーを使う
data-key-use-passphrase = パスフレーズを使う
data-verify = 検証する
data-verifying = 検証しています…
data-verify-ok = 検証に成功しました：患者 { $patients } 名、記録 { $records } 件、ユーザー用語 { $terms } 件、監査記録 { $audit } 件。チェックサム OK（{ $sha }…）。
data-restore-heading = 新しいフォルダーに復元
data-restore-intro = 復元は必ず新しい空のフォルダーに行います。現在のデータは一切変更されません。
data-restore-target = 復元先フォルダー（新しい空のフォルダー）
data-choose-folder = フォルダーを選ぶ…
data-restore = 復元する
data-restoring = 復元しています…
data-restore-done = { $path } に復元しました（患者 { $patients } 名）。
data-restore-how-to-open = 復元したデータを開くには、下のボタンで架け橋を再起動するか、「kakehashi --data-dir { $path }」で起動してください。
data-restore-open = 復元したデータで再起動

## The store would not open

data-open-failed-heading = データを開けませんでした
data-open-failed-untouched = 破損したデータはそのまま残してあり、上書きや新規作成は行いません。
data-open-failed-offer = 最新のバックアップ { $path } を新しいフォルダーに復元できます。先に検証してください。
data-open-failed-no-backup = バックアップフォルダー（{ $dir }）に使えるバックアップがありません。別の場所のバックアップを選んでください。

## Plaintext export

data-export-heading = 暗号化しない書き出し
data-export-ack = 上の警告を理解しました。暗号化されていないファイルを作成します。
data-export-run = 全患者を書き出す…
data-exporting = 書き出しています…
data-export-done = 患者 { $patients } 名を { $path } に書き出しました（監査ログに記録済み）。

## Errors

data-error-backup-dir-absolute = バックアップフォルダーは絶対パスで指定してください（「{ $path }」）。
data-error-key-required = パスフレーズを入力してください。
data-error-restore-target-not-empty = 「{ $path }」は空ではありません。復元は新しい空のフォルダーにだけ行えます。
data-error-restore-target-absolute = 復元先は絶対パスで指定してください（「{ $path }」）。
