## Application chrome (staff locale). Japanese is the source locale.

app-title = Kakehashi（架け橋）
# REVIEW: the glossary marks the coordinator term (medical-coordinator) needs-review.
app-tagline = 支持外国患者在日本接受再生医学治疗的口译员与协调员工作助手

## Language names, each in its own language (the same in every locale file)

locale-autonym = 简体中文

## Main screen

ui-staff-locale = 工作人员语言
ui-patient-locale = 患者语言
ui-home-heading = 接诊流程
ui-home-intro = 每一项内容都会以工作人员语言和患者语言并排显示。
ui-version = 版本 { $version }
ui-data-dir = 数据文件夹：{ $path }
ui-loading = 正在加载…

## Intake sections

section-profile = 基本信息
section-history = 既往史
section-medications = 正在服用的药物
# REVIEW: glossary "allergy" gives 过敏 as the preferred zh-Hans term; as a section heading 过敏史 may read more naturally.
section-allergies = 过敏
section-screening = 检查结果
section-treatment = 计划接受的治疗
section-consent = 说明与同意

## Errors of the application layer

app-error-data-dir = 无法使用数据文件夹“{ $path }”：{ $detail }
app-error-in-use = 数据文件夹“{ $path }”正被另一个 Kakehashi 进程使用。请使用那个窗口。
app-error-internal = 发生了意外错误（{ $context }）。已输入的内容仍然保存着。
app-error-settings-unreadable = 无法读取设置文件“{ $path }”：{ $detail }
app-error-unknown-locale = “{ $locale }”不是可用的语言。
app-error-out-of-range = 请输入 { $min }～{ $max } 范围内的值。
app-error-invalid-settings = 无法保存设置。请检查标出的项目。
app-error-record-invalid = 有 { $count } 个项目存在问题，因此未保存。已保存的内容没有变化。
app-error-record-id = 记录 ID 不正确。
app-error-already-set-up = 此数据文件夹中已经有数据库。
app-error-needs-setup = 尚未创建数据库。请先完成初始设置。
app-error-staff-required = 请输入工作人员姓名（将记入审计日志）。
app-error-passphrase-short = 密码短语至少需要 { $min } 个字符。
app-error-passphrase-mismatch = 两次输入的密码短语不一致。
app-error-passphrase-rejected = 无法设置密码短语。请检查标出的项目。
app-error-handoff-blocked = 安全检查清单中的项目（{ $rules }）尚未解决，因此无法输出交接单。请解决这些问题，或在确认理由后明确选择强制放行（强制放行会记入审计日志）。
app-error-write-file = 无法写入文件“{ $path }”：{ $detail }
app-error-read-file = 无法读取文件“{ $path }”：{ $detail }

## User glossary (kept in the encrypted store) and the CLI import
glossary-user-unreadable = 无法打开用户术语表（{$detail}）。搜索仅使用内置术语。
glossary-user-error-invalid = 无法保存该术语。请修改 {$count} 处。
glossary-user-error-id-empty = 缺少 ID。
glossary-user-error-id-form = ID 必须为一行，且不超过 {$max} 个字符。
glossary-user-error-id-taken = ID 为 {$id} 的用户术语已存在。请编辑它或使用其他 ID。
glossary-user-error-not-found = 没有用户术语 {$id}。
glossary-user-error-no-term = 请至少用一种语言输入首选术语。
glossary-user-error-preferred-missing = {$locale} 的术语缺少首选术语。
glossary-user-error-term-line = 术语中不能包含换行、制表符等控制字符。
glossary-user-error-reading-ja-only = 只有日语术语可以附带读音。
glossary-user-error-reading-kana = 读音“{$reading}”必须用假名（平假名或片假名）书写。
glossary-user-error-text-control = 文本中含有无法保存的控制字符。
glossary-user-import-invalid = 条目 {$id} 无法导入（{$field} 不正确）。
glossary-user-import-stale = 此导入预览已失效。请重新读取文件。
glossary-cli-preview-only = 未指定数据文件夹，因此仅做了预览（用 --data-dir 指定保存位置）。
glossary-cli-preview = 预览：新增 {$new} 条，替换用户术语 {$replaced} 条，补充内置概念 {$extended} 条，无变化 {$unchanged} 条，问题 {$problems} 个。
glossary-cli-nothing-to-import = 没有需要导入的新内容。
glossary-cli-confirm = 导入 {$count} 个概念？[y/N]
glossary-cli-confirm-partial = 有 {$problems} 个问题（上文各问题说明了哪些内容不导入）。仍导入可读取的 {$count} 个概念吗？[y/N]
glossary-cli-cancelled = 已取消导入。未保存任何内容。
glossary-cli-imported = 已导入 {$count} 个概念（舍弃 {$left} 条）。
