## Record store (kakehashi-store). Japanese is the source locale.

store-error-wrong-passphrase = パスフレーズが違います。データは変更されていません。
store-error-wrong-recovery-key = この回復キーではこのデータを開けません。
store-error-recovery-key-malformed = 回復キーの形式が正しくありません（{ $reason ->
    [typo] 入力ミスがあります。もう一度確認してください
    [wrong-length] 文字数が違います
   *[other] 使えない文字が含まれています
}）。
store-error-invalid-input = 「{ $field }」の値が使えません（{ $reason ->
    [empty] 空です
    [zero] 0 は指定できません
    [out-of-range] 範囲外です
    [not-a-record-id] 記録IDの形式ではありません
   *[other] { $reason }
}）。
store-error-in-use = データ（{ $dir }）は別のウィンドウまたはプログラムで開かれています。そちらを閉じてからやり直してください。
store-error-no-store = { $dir } にデータがありません。
store-error-already-exists = { $dir } には既にファイルがあります。既存のデータの上に新しいデータは作成しません。
store-error-corrupt = データ（{ $dir }）が破損しているため開けません。試した処置: { $tried }
store-error-corrupt-with-backup = データ（{ $dir }）が破損しているため開けません。試した処置: { $tried }。最新のバックアップ { $backup } から復元できます。
store-error-locked = ロックされています。パスフレーズを入力してください。
store-error-not-found = 記録 { $id } が見つかりません。
store-error-tampered = 保存データ（{ $tree } / { $key }）が改ざんされたか、移動されています。
# REVIEW: 監査ログの不整合の種類の訳語は運用担当と確認すること
store-error-audit-broken = 監査ログの { $seq } 番目の記録で不整合が見つかりました（{ $fault ->
    [edited] 内容が変更されています
    [missing] 記録が削除されています
    [reordered] 順序が入れ替えられています
    [truncated] 末尾の記録が削除されています
   *[other] 読み取れません
}）。
store-error-backup-invalid = バックアップ { $path } は使えません（{ $reason ->
    [checksum] ファイルが壊れています（チェックサム不一致）
    [not-a-backup] バックアップファイルではありません
    [truncated] ファイルが途中で切れています
   *[other] 内容を確認できません: { $reason }
}）。
store-error-schema-too-new = 保存データの形式（{ $found }）がこのプログラム（{ $supported }）より新しいため読めません。アプリを更新してください。
store-error-migration = 形式 { $from } からのデータ変換に失敗しました: { $reason }
store-error-encoding = { $what } の変換に失敗しました: { $detail }
store-error-io = ファイル操作（{ $op }）に失敗しました: { $path }: { $detail }
store-error-engine = 保存エンジンのエラー（{ $op }）: { $detail }

store-event-recovered = データを開く際に空のスナップショットファイルを退避しました（削除はしていません）: { $file }
store-recovery-key-shown-once = 回復キーです。今だけ表示されます。紙に書き写し、安全な場所に保管してください。パスフレーズを忘れたときにデータを開ける唯一の方法です。
store-plain-export-warning = 患者情報を暗号化せずにファイルへ書き出します。このファイルは誰でも読めます。書き出しは監査ログに第三者への提供として記録されます。続けますか？
store-saved = 保存しました。
