## Record store (kakehashi-store). Japanese is the source locale.

store-error-wrong-passphrase = 密碼片語錯誤。資料沒有被變更。
store-error-wrong-recovery-key = 無法用這個復原金鑰開啟這些資料。
store-error-recovery-key-malformed = 復原金鑰的格式不正確（{ $reason ->
    [typo] 有輸入錯誤，請再確認一次
    [wrong-length] 字數不對
   *[other] 含有無法使用的字元
}）。
store-error-invalid-input =
    「{ $field }」的值無法使用（{ $reason ->
        [empty] 值是空的
        [zero] 不能指定為 0
        [out-of-range] 超出範圍
        [not-a-record-id] 不是紀錄 ID 的格式
       *[other] { $reason }
    }）。
store-error-in-use = 資料（{ $dir }）已在另一個視窗或程式中開啟。請先關閉後再試一次。
store-error-no-store = { $dir } 中沒有資料。
store-error-already-exists = { $dir } 中已經有檔案。不會在現有資料上建立新資料。
store-error-corrupt = 資料（{ $dir }）已損毀，無法開啟。已嘗試的處理：{ $tried }
store-error-corrupt-with-backup = 資料（{ $dir }）已損毀，無法開啟。已嘗試的處理：{ $tried }。可以從最新的備份 { $backup } 還原。
store-error-locked = 已鎖定。請輸入密碼片語。
store-error-not-found = 找不到紀錄 { $id }。
store-error-tampered = 儲存的資料（{ $tree } / { $key }）已遭竄改或移動。
# REVIEW: the source itself asks for the wording of the audit-log fault kinds to be confirmed with operations staff.
store-error-audit-broken = 稽核紀錄第 { $seq } 筆發現不一致（{ $fault ->
    [edited] 內容遭到變更
    [missing] 紀錄遭到刪除
    [reordered] 順序遭到調換
    [truncated] 最後的紀錄遭到刪除
   *[other] 無法讀取
}）。
store-error-backup-invalid =
    備份 { $path } 無法使用（{ $reason ->
        [checksum] 檔案已損毀（檢查碼不符）
        [not-a-backup] 不是備份檔案
        [truncated] 檔案在中途被截斷
       *[other] 無法確認內容：{ $reason }
    }）。
store-error-schema-too-new = 儲存資料的格式（{ $found }）比本程式（{ $supported }）更新，無法讀取。請更新應用程式。
store-error-migration = 從格式 { $from } 轉換資料失敗：{ $reason }
store-error-encoding = { $what } 轉換失敗：{ $detail }
store-error-io = 檔案操作（{ $op }）失敗：{ $path }：{ $detail }
store-error-engine = 儲存引擎錯誤（{ $op }）：{ $detail }

store-event-recovered = 開啟資料時已將空的快照檔案移到別處（並未刪除）：{ $file }
store-recovery-key-shown-once = 這是復原金鑰，只會在現在顯示一次。請抄寫在紙上，並保管在安全的地方。忘記密碼片語時，這是開啟資料的唯一方法。
store-plain-export-warning = 將以未加密的方式把病人資料寫入檔案。任何人都能讀取這個檔案。這次匯出會以「提供給第三方」記錄在稽核紀錄中。要繼續嗎？
store-saved = 已儲存。
