## Record store (kakehashi-store). Japanese is the source locale.

store-error-wrong-passphrase = 密码短语不正确。数据未被更改。
store-error-wrong-recovery-key = 无法用此恢复密钥打开这些数据。
store-error-recovery-key-malformed = 恢复密钥的格式不正确（{ $reason ->
    [typo] 有输入错误，请再检查一遍
    [wrong-length] 字符数不对
   *[other] 含有不能使用的字符
}）。
store-error-invalid-input =
    “{ $field }”的值无法使用（{ $reason ->
        [empty] 值为空
        [zero] 不能指定为 0
        [out-of-range] 超出范围
        [not-a-record-id] 不是记录 ID 的格式
       *[other] { $reason }
    }）。
store-error-in-use = 数据（{ $dir }）已在另一个窗口或程序中打开。请先关闭后再试。
store-error-no-store = { $dir } 中没有数据。
store-error-already-exists = { $dir } 中已经有文件。不会在现有数据之上创建新数据。
store-error-corrupt = 数据（{ $dir }）已损坏，无法打开。已尝试的处理：{ $tried }
store-error-corrupt-with-backup = 数据（{ $dir }）已损坏，无法打开。已尝试的处理：{ $tried }。可以从最新的备份 { $backup } 恢复。
store-error-locked = 已锁定。请输入密码短语。
store-error-not-found = 找不到记录 { $id }。
store-error-tampered = 保存的数据（{ $tree } / { $key }）已被篡改或移动。
# REVIEW: the source itself asks for the wording of the audit-log fault kinds to be confirmed with operations staff.
store-error-audit-broken = 审计日志第 { $seq } 条记录发现不一致（{ $fault ->
    [edited] 内容被更改
    [missing] 记录被删除
    [reordered] 顺序被调换
    [truncated] 末尾的记录被删除
   *[other] 无法读取
}）。
store-error-backup-invalid =
    备份 { $path } 无法使用（{ $reason ->
        [checksum] 文件已损坏（校验和不一致）
        [not-a-backup] 不是备份文件
        [truncated] 文件在中途被截断
       *[other] 无法确认内容：{ $reason }
    }）。
store-error-schema-too-new = 保存数据的格式（{ $found }）比本程序（{ $supported }）更新，无法读取。请更新应用。
store-error-migration = 从格式 { $from } 转换数据失败：{ $reason }
store-error-encoding = { $what } 转换失败：{ $detail }
store-error-io = 文件操作（{ $op }）失败：{ $path }：{ $detail }
store-error-engine = 存储引擎错误（{ $op }）：{ $detail }

store-event-recovered = 打开数据时已将空的快照文件移到别处（并未删除）：{ $file }
store-recovery-key-shown-once = 这是恢复密钥，只在此时显示一次。请抄写在纸上并妥善保管。忘记密码短语时，这是打开数据的唯一方法。
store-plain-export-warning = 将在不加密的情况下把患者信息写入文件。任何人都能读取此文件。此次导出将作为向第三方提供信息记入审计日志。是否继续？
store-saved = 已保存。
