## Glossary (kakehashi-glossary): errors, import problems and built-in data checks.
## Japanese is the source locale.

glossary-error-io = 无法读写文件 {$path}（{$detail}）。
glossary-error-file-too-large = 文件 {$path} 太大（上限 {$limit} 字节）。
glossary-error-unknown-format = 文件 {$path} 既不是 TBX 也不是 CSV。
glossary-error-import-has-problems = 导入时发现 {$count} 个问题。确认后只导入可读取的内容（各问题说明了哪些内容不导入）。
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
glossary-import-unknown-domain = 第 {$line} 行：领域 {$domain} 未知，此行不导入。
glossary-import-unknown-review = 第 {$line} 行：审核状态 {$review} 未知（应为 verified 或 needs-review），此行不导入。
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
