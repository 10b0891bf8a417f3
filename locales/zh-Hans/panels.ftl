# Glossary panel and the physician handoff preview (overlays).

panels-close = 关闭 (Esc)
panels-required = 必填
panels-needs-review = 需核实

## Glossary

panels-glossary-title = 术语表
panels-glossary-search-label = 搜索术语
panels-glossary-search-placeholder = 漢字・かな・中文・한국어・tiếng Việt（可不带声调）・English
panels-glossary-hint = 用 ↑↓ 选择，Tab 显示全部 6 种语言／返回，Esc 关闭。
panels-glossary-expand = 显示全部 6 种语言
panels-glossary-collapse = 返回 2 种语言
panels-glossary-count = { $count ->
    [0] 无结果
   *[other] { $count } 条
}
panels-glossary-failed = 搜索失败。请重新输入。
panels-glossary-no-term = （此语言无对应术语）
panels-glossary-avoid = 应避免的说法
panels-glossary-source = 出处
panels-definition-ja = 定义（日语）
panels-definition-en = 定义（英语）
panels-match-exact = 完全匹配
panels-match-prefix = 前缀匹配
panels-match-substring = 部分匹配
panels-match-fuzzy = 模糊匹配
panels-locale-ja = 日语
panels-locale-en = 英语
panels-locale-zh-Hans = 中文（简体）
panels-locale-zh-Hant = 中文（繁体）
panels-locale-ko = 韩语
panels-locale-vi = 越南语
panels-domain-cell-types = 细胞类型
panels-domain-cell-sources = 细胞来源
panels-domain-products = 产品与加工物
panels-domain-procedures = 处置与操作
panels-domain-manufacturing-quality = 生产与质量
panels-domain-regulation = 法规
panels-domain-history-conditions = 既往史与疾病
panels-domain-symptoms = 症状
panels-domain-drug-classes = 药物分类
panels-domain-allergy-reactions = 过敏与反应
panels-domain-screening-tests = 筛查检查
panels-domain-imaging = 影像学检查
panels-domain-consent-phrases = 同意与说明用语
panels-domain-anatomy-routes = 解剖部位与给药途径

## Handoff preview

panels-handoff-title = 医生用交接单（预览）
panels-handoff-people = 交接
panels-handoff-recipient = 接收医生的姓名
panels-handoff-clinic = 医疗机构
panels-handoff-interpreter = 口译员
panels-handoff-blocking-title = 阻止输出的项目（{ $count } 项）
panels-handoff-no-blocking = 没有阻止输出的项目。
panels-handoff-override = 确认理由后，忽略此项目并输出（将记入审计日志）
panels-handoff-not-overridable = 此项目不能忽略。请补充记录。
panels-handoff-save = 保存 PDF…
panels-handoff-open = 在查看器中打开
panels-handoff-need-recipient = 请输入接收医生的姓名。
panels-handoff-need-overrides = 还有 { $count } 个未解决的项目。请解决，或逐项明确选择忽略。
panels-handoff-rendering = 正在生成交接单…
panels-handoff-saving = 正在保存 PDF…
panels-handoff-opening = 正在打开 PDF…
panels-handoff-saved = 已保存：{ $path }
panels-handoff-pages = 交接单页面
panels-handoff-page = 第 { $n } / { $total } 页
panels-handoff-prev = 上一页
panels-handoff-next = 下一页
panels-handoff-zoom-in = 放大
panels-handoff-zoom-out = 缩小
panels-severity-stop = 停止
panels-severity-missing = 未填写
panels-severity-attention = 需注意
panels-severity-note = 参考

## Glossary panel: user terms, import and export
panels-glossary-add = 添加术语
panels-glossary-user-term = 用户术语
panels-glossary-edit = 编辑
panels-glossary-delete = 删除
panels-glossary-delete-confirm = 删除此用户术语吗？
panels-glossary-delete-confirm-added = 删除添加到此概念的术语吗？（内置术语保留。）
panels-glossary-cancel = 取消
panels-glossary-copy = 复制并补充
panels-glossary-form-add-title = 添加用户术语
panels-glossary-form-edit-title = 编辑用户术语
panels-glossary-form-preferred = 首选术语
panels-glossary-form-reading = 读音（假名）
panels-glossary-form-synonyms = 同义词（每行一个）
panels-glossary-form-avoid = 避免使用的说法（每行一个）
panels-glossary-form-definition = 定义
panels-glossary-form-id = ID
panels-glossary-form-id-placeholder = 留空则自动生成
panels-glossary-form-domain = 领域
panels-glossary-form-domain-none = （无）
panels-glossary-form-review = 审核状态
panels-glossary-form-verified = 已核实
panels-glossary-form-save = 保存
panels-glossary-import = 导入（TBX、CSV）…
panels-glossary-export-format = 导出格式
panels-glossary-export = 导出…
panels-glossary-export-done = 已导出到 {$path}。
panels-glossary-import-reading = 正在读取文件…
panels-glossary-import-storing = 正在保存…
panels-glossary-import-review = 导入内容确认
panels-glossary-import-new = 新增：{$count} 条
panels-glossary-import-replaces = 替换用户术语：{$count} 条
panels-glossary-import-extends = 补充内置概念的术语：{$count} 条
panels-glossary-import-unchanged = 无变化（跳过）：{$count} 条
panels-glossary-import-problems = 问题：{$count} 个
panels-glossary-import-at-line = 第 {$line} 行：
panels-glossary-import-at-entry = 第 {$entry} 条：
panels-glossary-import-confirm = 导入 {$count} 条
panels-glossary-import-confirm-partial = 仍导入可读取的 {$count} 条（{$problems} 个问题：未导入的内容见上文）
panels-glossary-import-done = 已导入 {$count} 条（舍弃 {$left} 条）。
