## Glossary (kakehashi-glossary): errors, import problems and built-in data checks.
## Japanese is the source locale.

glossary-error-io = 无法读写文件 {$path}（{$detail}）。
glossary-error-file-too-large = 文件 {$path} 太大（上限 {$limit} 字节）。
glossary-error-unknown-format = 文件 {$path} 既不是 TBX 也不是 CSV。
glossary-error-import-has-problems = 导入时发现 {$count} 个问题。若要跳过有问题的条目继续导入，需要确认。
glossary-error-export = 导出失败（{$detail}）。
glossary-error-invalid-user-concept = 用户术语 {$id} 的 {$field} 不正确。

glossary-import-not-utf8 = 第 {$line} 行：文件不是 UTF-8 编码。
glossary-import-xml-malformed = 第 {$line} 行：XML 格式不正确（{$detail}）。
glossary-import-unknown-entity = 第 {$line} 行：有未定义的实体引用 &{$entity};。
glossary-import-not-tbx = 不是 TBX 文件（没有 martif 或 tbx 元素）。
glossary-import-missing-language = 第 {$line} 行：有未指定语言（xml:lang）的语言组。
glossary-import-unsupported-language = 第 {$line} 行：不支持的语言 {$language} 的术语不会被导入。
glossary-import-only-deprecated = 第 {$line} 行：语言 {$language} 只有应避免使用的术语。已将第一个术语作为首选术语。
glossary-import-entry-without-terms = 第 {$line} 行：该条目没有任何术语。
glossary-import-nested-entry = 第 {$line} 行：条目中含有另一个条目。外层条目将按读到该处为止的内容导入。
glossary-import-term-outside-language = 第 {$line} 行：术语“{$term}”位于语言组之外，无法确定其语言。
glossary-import-invalid-character = 第 {$line} 行：“{$text}”含有换行、制表符等控制字符，无法导入。
glossary-import-duplicate-id = ID {$id} 重复。
glossary-import-empty-file = 文件是空的。
glossary-import-unknown-domain = 第 {$line} 行：领域 {$domain} 未知。
glossary-import-unknown-review = 第 {$line} 行：审核状态 {$review} 未知（应为 verified 或 needs-review）。
glossary-import-csv-malformed = 第 {$line} 行：CSV 格式不正确（{$detail}）。
glossary-import-csv-unknown-column = 列“{$column}”未知，其内容不会被导入。
glossary-import-csv-duplicate-column = 列“{$column}”重复。
glossary-import-csv-no-term-columns = 标题行中没有语言列（ja、en、zh-Hans 等）。
glossary-import-csv-field-count = 第 {$line} 行：有 {$found} 列（标题行为 {$expected} 列）。
glossary-import-csv-missing-preferred = 第 {$line} 行：语言 {$language} 没有首选术语。

glossary-data-malformed = 数据格式不正确（{$detail}）。
glossary-data-unknown-field = 有未知字段 {$field}。
glossary-data-no-concepts = 没有任何概念（concept）条目。
glossary-data-bad-id = ID {$id} 不符合“小写字母、数字和连字符”的格式。
glossary-data-duplicate-id = ID {$id} 在 {$first} 中也已使用。
glossary-data-unknown-domain = 领域 {$domain} 未知。
glossary-data-unknown-review = 审核状态 {$review} 未知。
glossary-data-empty-source = 没有出处。
glossary-data-bad-loinc = LOINC 代码 {$loinc} 的格式不正确。
glossary-data-loinc-check-digit = LOINC 代码 {$loinc} 的校验位不符（正确应为 {$expected}）。
glossary-data-empty-definition = 语言 {$locale} 的定义为空。
glossary-data-missing-definition = 缺少语言 {$locale} 的定义。
glossary-data-unknown-locale = 语言 {$locale} 未知。
glossary-data-empty-term = 语言 {$locale} 中有空的术语。
glossary-data-term-invalid-character = 语言 {$locale} 的术语中含有换行、制表符等控制字符。
glossary-data-text-invalid-character = 定义或出处中含有不能使用的控制字符。
glossary-data-missing-reading = 日语术语缺少读音（平假名）。
glossary-data-reading-not-hiragana = 读音“{$reading}”不是平假名。
glossary-data-reading-not-japanese = 只有日语术语才能加读音（{$locale}）。
glossary-data-missing-locale = 缺少语言 {$locale} 的术语。
glossary-data-unknown-related = 相关 ID {$related} 不存在。
glossary-import-truncated = 第 {$line} 行：文件在中途结束（有未闭合的元素）。

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
glossary-cli-confirm-partial = 有 {$problems} 个问题。只导入 {$count} 个有效概念、舍弃其余条目吗？[y/N]
glossary-cli-cancelled = 已取消导入。未保存任何内容。
glossary-cli-imported = 已导入 {$count} 个概念（舍弃 {$left} 条）。
