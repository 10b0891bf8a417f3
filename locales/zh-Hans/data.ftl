## Data & backups screen (staff locale). Japanese is the source locale.

data-open = 数据与备份
data-back = 返回患者列表
data-heading = 数据与备份
data-intro = 患者信息只保存在这台电脑上加密的存储库中。备份同样加密，没有密码短语或恢复密钥无法打开。
data-dismiss = 关闭

## Automatic backups

data-auto-heading = 自动备份
data-auto-on = 自动备份已开启。保存位置：{ $dir }
data-auto-off = 自动备份已关闭。请手动创建备份。
data-auto-last = 上次备份：{ $when }
data-auto-none-yet = 本次启动后尚未进行备份。
data-auto-pending = 上次备份后有更改（将在锁定或退出时备份）。
data-auto-failed = 自动备份失败：{ $detail } 更改已保存在存储库中，但尚未包含在任何备份中。
data-setting-auto = 自动备份（锁定和退出时，以及工作期间定时）
data-setting-keep = 保留的自动备份数量
data-setting-every = 工作期间的备份间隔（分钟）
data-setting-dir = 备份文件夹
data-setting-dir-hint = 留空则使用数据文件夹中的“backups”。放在外接磁盘等其他位置，可以防备这台电脑发生故障。
data-setting-save = 保存设置
data-setting-saved = 设置已保存。

## Back up now

data-now-heading = 立即备份
data-backup-now = 备份到备份文件夹
data-backup-save-as = 选择位置保存备份…
data-backing-up = 正在创建备份…
data-backup-done = 备份已创建：{ $path }（患者 { $patients } 名，{ $size }，校验和 { $sha }…）

## The backups folder

data-list-heading = 备份文件夹
data-list-empty = 还没有备份。
data-col-date = 创建时间
data-col-size = 大小
data-col-patients = 患者数
data-col-patients-unverified = 未验证
data-col-file = 文件（选择后可验证或恢复）

## Verify and restore

data-verify-heading = 验证与恢复
data-selected-file = 已选择的备份
data-no-file = 尚未选择备份。请从列表中选择，或选择一个文件。
data-choose-file = 选择文件…
data-key-passphrase = 创建备份时的密码短语
data-key-recovery = 恢复密钥
data-key-use-recovery = 使用恢复密钥
data-key-use-passphrase = 使用密码短语
data-verify = 验证
data-verifying = 正在验证…
data-verify-ok = 验证成功：患者 { $patients } 名，记录 { $records } 条，用户术语 { $terms } 条，审计记录 { $audit } 条。校验和正确（{ $sha }…）。
data-restore-heading = 恢复到新文件夹
data-restore-intro = 恢复总是在一个新的空文件夹中进行，当前使用的数据不会被更改。
data-restore-target = 恢复到（新的空文件夹）
data-choose-folder = 选择文件夹…
data-restore = 恢复
data-restoring = 正在恢复…
data-restore-done = 已恢复到 { $path }（患者 { $patients } 名）。
data-restore-how-to-open = 要使用恢复的数据，请用下面的按钮重新启动 Kakehashi，或以“kakehashi --data-dir { $path }”启动。
data-restore-open = 使用恢复的数据重新启动

## The store would not open

data-open-failed-heading = 无法打开数据
data-open-failed-untouched = 损坏的数据保持原样，不会被覆盖，也不会新建存储库。
data-open-failed-offer = 可以将最新的备份 { $path } 恢复到新文件夹。请先进行验证。
data-open-failed-no-backup = 备份文件夹（{ $dir }）中没有可用的备份。请选择其他位置的备份。

## Plaintext export

data-export-heading = 不加密导出
data-export-ack = 我已理解上面的警告：将创建一个未加密的文件。
data-export-run = 导出全部患者…
data-exporting = 正在导出…
data-export-done = 已将 { $patients } 名患者导出到 { $path }（已记入审计日志）。

## Errors

data-error-backup-dir-absolute = 请用绝对路径指定备份文件夹（“{ $path }”）。
data-error-key-required = 请输入密码短语。
data-error-restore-target-not-empty = “{ $path }”不是空的。备份只能恢复到新的空文件夹中。
data-error-restore-target-absolute = 请用绝对路径指定恢复位置（“{ $path }”）。
