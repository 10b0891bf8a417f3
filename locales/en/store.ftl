## Record store (kakehashi-store).

store-error-wrong-passphrase = Wrong passphrase. Nothing was changed.
store-error-wrong-recovery-key = This recovery key does not open this data.
store-error-recovery-key-malformed = The recovery key is not in the right form ({ $reason ->
    [typo] there is a typing mistake, please check it again
    [wrong-length] wrong number of characters
   *[other] it contains characters that cannot be part of a key
}).
store-error-invalid-input = The value of “{ $field }” cannot be used ({ $reason ->
    [empty] it is empty
    [zero] zero is not allowed
    [out-of-range] out of range
    [not-a-record-id] not a record id
   *[other] { $reason }
}).
store-error-in-use = The data ({ $dir }) is open in another window or program. Close it there and try again.
store-error-no-store = There is no data in { $dir }.
store-error-already-exists = { $dir } already holds files. A new store is never created over existing data.
store-error-corrupt = The data ({ $dir }) is damaged and could not be opened. Tried: { $tried }
store-error-corrupt-with-backup = The data ({ $dir }) is damaged and could not be opened. Tried: { $tried }. It can be restored from the newest backup, { $backup }.
store-error-locked = Locked. Please enter the passphrase.
store-error-not-found = Record { $id } was not found.
store-error-tampered = Stored data ({ $tree } / { $key }) was altered or moved.
store-error-audit-broken = The audit trail fails at entry { $seq } ({ $fault ->
    [edited] its content was changed
    [missing] an entry was removed
    [reordered] entries were reordered
    [truncated] the newest entries were removed
   *[other] it cannot be read
}).
store-error-backup-invalid = The backup { $path } cannot be used ({ $reason ->
    [checksum] the file is damaged: checksum mismatch
    [not-a-backup] not a backup file
    [truncated] the file is cut short
   *[other] its content could not be verified: { $reason }
}).
store-error-schema-too-new = The stored data uses format { $found }, newer than this program's { $supported }. Please update the app.
store-error-migration = Converting data from format { $from } failed: { $reason }
store-error-encoding = Could not convert { $what }: { $detail }
store-error-io = File operation ({ $op }) failed on { $path }: { $detail }
store-error-engine = Storage engine error ({ $op }): { $detail }

store-event-recovered = While opening the data, an empty snapshot file was moved aside (not deleted): { $file }
store-recovery-key-shown-once = This is your recovery key. It is shown only now. Write it on paper and keep it somewhere safe: it is the only way to open the data if the passphrase is forgotten.
store-plain-export-warning = Patient data will be written to a file without encryption. Anyone can read that file. The export is recorded in the audit trail as a transfer to a third party. Continue?
store-saved = Saved.
