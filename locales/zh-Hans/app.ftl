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
