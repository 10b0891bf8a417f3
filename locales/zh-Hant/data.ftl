## Data & backups screen (staff locale). Japanese is the source locale.

data-open = 資料與備份
data-back = 返回病人列表
data-heading = 資料與備份
data-intro = 病人資料只保存在這台電腦上加密的儲存庫中。備份同樣加密，沒有密碼片語或復原金鑰無法開啟。
data-dismiss = 關閉

## Automatic backups

data-auto-heading = 自動備份
data-auto-on = 自動備份已開啟。儲存位置：{ $dir }
data-auto-off = 自動備份已關閉。請手動建立備份。
data-auto-last = 上次備份：{ $when }
data-auto-none-yet = 本次啟動後尚未進行備份。
data-auto-pending = 上次備份後有變更（將在鎖定或結束時備份）。
data-auto-failed = 自動備份失敗：{ $detail } 變更已儲存在儲存庫中，但尚未包含在任何備份中。
data-setting-auto = 自動備份（鎖定與結束時，以及工作期間定時）
data-setting-keep = 保留的自動備份數量
data-setting-every = 工作期間的備份間隔（分鐘）
data-setting-dir = 備份資料夾
data-setting-dir-hint = 留空則使用資料資料夾中的「backups」。放在外接磁碟等其他位置，可以防範這台電腦發生故障。
data-setting-save = 儲存設定
data-setting-saved = 設定已儲存。

## Back up now

data-now-heading = 立即備份
data-backup-now = 備份到備份資料夾
data-backup-save-as = 選擇位置儲存備份…
data-backing-up = 正在建立備份…
data-backup-done = 備份已建立：{ $path }（病人 { $patients } 名，{ $size }，檢查碼 { $sha }…）

## The backups folder

data-list-heading = 備份資料夾
data-list-empty = 還沒有備份。
data-col-date = 建立時間
data-col-size = 大小
data-col-patients = 病人數
data-col-patients-unverified = 未驗證
data-col-file = 檔案（選擇後可驗證或還原）

## Verify and restore

data-verify-heading = 驗證與還原
data-selected-file = 已選擇的備份
data-no-file = 尚未選擇備份。請從列表中選擇，或選擇一個檔案。
data-choose-file = 選擇檔案…
data-key-passphrase = 建立備份時的密碼片語
data-key-recovery = 復原金鑰
data-key-use-recovery = 使用復原金鑰
data-key-use-passphrase = 使用密碼片語
data-verify = 驗證
data-verifying = 正在驗證…
data-verify-ok = 驗證成功：病人 { $patients } 名，紀錄 { $records } 筆，使用者術語 { $terms } 條，稽核紀錄 { $audit } 筆。檢查碼正確（{ $sha }…）。
data-restore-heading = 還原到新資料夾
data-restore-intro = 還原一律在新的空資料夾中進行，目前使用的資料不會被變更。
data-restore-target = 還原到（新的空資料夾）
data-choose-folder = 選擇資料夾…
data-restore = 還原
data-restoring = 正在還原…
data-restore-done = 已還原到 { $path }（病人 { $patients } 名）。
data-restore-how-to-open = 若要使用還原的資料，請用下方按鈕重新啟動 Kakehashi，或以「kakehashi --data-dir { $path }」啟動。
data-restore-open = 使用還原的資料重新啟動

## The store would not open

data-open-failed-heading = 無法開啟資料
data-open-failed-untouched = 損毀的資料保持原樣，不會被覆寫，也不會新建儲存庫。
data-open-failed-offer = 可以將最新的備份 { $path } 還原到新資料夾。請先進行驗證。
data-open-failed-no-backup = 備份資料夾（{ $dir }）中沒有可用的備份。請選擇其他位置的備份。

## Plaintext export

data-export-heading = 不加密匯出
data-export-ack = 我已理解上方的警告：將建立一個未加密的檔案。
data-export-run = 匯出全部病人…
data-exporting = 正在匯出…
data-export-done = 已將 { $patients } 名病人匯出到 { $path }（已記錄在稽核紀錄中）。

## Errors

data-error-backup-dir-absolute = 請以絕對路徑指定備份資料夾（「{ $path }」）。
data-error-key-required = 請輸入密碼片語。
data-error-restore-target-not-empty = 「{ $path }」不是空的。備份只能還原到新的空資料夾中。
data-error-restore-target-absolute = 請以絕對路徑指定還原位置（「{ $path }」）。
