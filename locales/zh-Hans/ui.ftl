## Intake workflow screens (staff locale; every question is also shown in the patient locale).
## Japanese is the source locale. Medical wording follows crates/kakehashi-glossary/data.

## Setup, unlock, recovery

ui-setup-heading = 初始设置
ui-setup-intro = 将创建一个数据库，用于在这台设备上加密保存患者记录。密码短语请设为 { $min } 个字符以上。
ui-field-staff-name = 工作人员姓名
ui-field-staff-name-hint = 此姓名将记入审计日志。
ui-field-passphrase = 密码短语
ui-field-passphrase-confirm = 密码短语（确认）
ui-setup-submit = 创建数据库
ui-setup-working = 正在创建数据库…
ui-recovery-heading = 恢复密钥
ui-recovery-instruction = 此恢复密钥只在这一次显示。请抄写在纸上，并保存在上锁的地方。忘记密码短语时，没有它就无法打开记录。
ui-recovery-ack = 我已抄下恢复密钥
ui-recovery-continue = 继续
ui-unlock-heading = 解锁
ui-unlock-intro = 开始工作前，请输入工作人员姓名和密码短语。
ui-unlock-submit = 解锁
ui-unlock-working = 正在确认…
ui-unlock-use-recovery = 忘记密码短语（使用恢复密钥）
ui-unlock-use-passphrase = 用密码短语解锁
ui-field-recovery-key = 恢复密钥
ui-field-new-passphrase = 新密码短语
ui-field-new-passphrase-confirm = 新密码短语（确认）
ui-unlock-recovery-submit = 用恢复密钥解锁并更改密码短语
ui-lock = 锁定
ui-signed-in = 操作人员：{ $staff }
ui-locked-idle = 由于一段时间内没有操作，已自动锁定。

## Patient list

ui-patients-heading = 患者列表
ui-patients-search = 搜索患者
ui-patients-search-hint = 可以用汉字、罗马字、片假名或平假名等任何写法的姓名进行搜索。
ui-patients-new = 新患者
ui-patients-samples = 载入示例患者
ui-patients-samples-hint = 这些是虚构的患者（并非真实人物），用于试用操作。
ui-patients-empty = 尚未登记任何患者。
ui-patients-no-match = 没有符合条件的患者。
ui-patients-col-name = 姓名
ui-patients-col-dob = 出生日期
ui-patients-col-updated = 最后更新
ui-patients-unnamed = （未填写姓名）
ui-working = 正在处理…

## Intake frame

ui-back-to-list = 返回患者列表
ui-tab-summary = 汇总
ui-intake-sections = 接诊项目
ui-save = 保存
ui-handoff-open = 交接单
ui-glossary-open = 术语表（Ctrl+K）
ui-next-section = 下一项
ui-save-new = 尚未保存
ui-save-dirty = 有未保存的更改
ui-save-saving = 正在保存…
ui-save-saved = 已保存（{ $time }）
ui-save-rejected = 无法保存。请检查 { $count } 个项目。已保存的内容没有变化。
ui-save-failed = 无法保存。输入的内容仍保留在此画面上。
ui-shortcuts = 键盘：Alt+N 添加一行 ／ Ctrl+S 保存 ／ Alt+→ 下一项 ／ Alt+← 上一项
ui-close-saving = 关闭前正在保存…
ui-sample-badge = 示例（虚构）

## Three states of a section (wording from the glossary: not-asked, confirmed-none)

ui-state-not-asked = 未询问
ui-state-confirmed-none = 无（已确认）
ui-state-entries = { $count } 条
ui-state-unknown = 不明
ui-state-known = 已填写
ui-state-action-not-asked = 改回“未询问”
ui-state-action-confirm-none = 已确认“无”
ui-state-question = 状态
ui-add-row = 添加一行
ui-remove-row = 删除此行
ui-row = 第 { $n } 条
ui-confirmed-by = 确认人：{ $who }

## The patient's own words

ui-pt-original = 患者的原话
ui-pt-original-lang = 原话的语言
ui-pt-translation = 日语译文
ui-pt-translator = 翻译人
ui-pt-method = 翻译方式

## Profile

ui-field-name-native = 姓名（本人的写法）
ui-field-name-native-lang = 写法的语言
ui-field-latin-family = 姓（罗马字，与护照一致）
ui-field-latin-given = 名（罗马字，与护照一致）
ui-field-katakana = 姓名（片假名）
ui-field-dob = 出生日期
ui-field-date-hint = 也可以只填年份或年月（例：1968、1968-04、1968-04-12）
ui-field-full-date-hint = 年-月-日（例：2026-11-21）
ui-field-sex = 性别
ui-field-nationality = 国籍
ui-field-nationality-hint = 国家的两字母代码（例：CN、KR、VN）。有多个时用逗号分隔。
ui-field-preferred-language = 谈论医疗问题时使用的语言
ui-field-japanese-ability = 日语理解程度
ui-field-phone = 电话号码
ui-field-messaging = 即时通讯应用（ID）
ui-field-emergency-name = 紧急联系人（姓名）
ui-field-emergency-phone = 紧急联系人（电话）
ui-field-referral-source = 介绍来源
ui-field-referral-name = 介绍人或机构名称

## History

ui-sub-conditions = 既往史（疾病）
ui-sub-surgeries = 手术史
ui-field-condition = 病名、症状
ui-field-onset = 发病时间
ui-field-condition-status = 目前状态
ui-field-note = 工作人员备注
ui-field-procedure = 手术、处置
ui-field-date = 日期
ui-field-pregnancy = 妊娠
ui-field-breastfeeding = 哺乳

## Medications

ui-field-medication-name = 药名（按患者所说或包装上的写法）
ui-field-generic-name = 通用名
ui-field-dose = 每次用量
ui-field-unit = 单位
ui-field-frequency = 服用方法、次数
ui-field-medication-route = 用药方式
ui-field-since = 开始使用的时间
ui-field-anticoagulant = 抗凝药
ui-field-antiplatelet = 抗血小板药

## Allergies

ui-field-substance = 过敏原因（按患者所说）
ui-field-allergy-category = 类别
ui-field-allergen-groups = 相关类别
ui-field-reaction = 症状
ui-field-allergy-severity = 严重程度
ui-field-allergy-when = 发生时间

## Screening results

ui-field-test = 检查
ui-field-value-kind = 结果类型
ui-value-numeric = 数值
ui-value-qualitative = 阴性／阳性
ui-field-comparator = 比较
ui-field-value = 数值
ui-field-qualitative = 判定
ui-field-qualitative-text = 报告单上的写法
ui-field-range-low = 参考值（下限）
ui-field-range-high = 参考值（上限）
ui-field-range-text = 参考值（报告单上的写法）
ui-field-collected = 采血日期
ui-field-lab = 检查机构
ui-screening-flag = 判定
ui-screening-stale = 结果过旧（早于治疗预定日 { $days } 天以上）
ui-screening-fresh = 在有效期内
ui-screening-no-date = 无日期
ui-stale-window-hint = 从治疗预定日往前推算，早于这个天数的结果视为“结果过旧”。
ui-settings-stale-window = 检查结果有效期（天）
ui-settings-stale-window-out-of-range = 检查结果有效期（天）请输入 { $min }～{ $max } 之间的数值。
ui-loinc = LOINC { $code }
ui-loinc-unverified = 需核实
ui-custom-test = 其他检查（输入名称）
ui-field-custom-test-name = 检查名称

## Planned treatment

ui-field-treatment-category = 给予的是什么
ui-field-product-name = 产品名、治疗名（医疗机构的叫法）
ui-field-origin = 来源
ui-field-tissue-source = 采集的组织
ui-field-harvest = 采集方法
ui-field-administration-route = 给药途径
ui-field-cell-count = 每次的细胞数
ui-field-sessions = 次数
ui-field-planned-date = 治疗预定日
ui-field-physician = 主治医生
ui-field-indication = 适应症（医疗机构的说明）
# REVIEW: 再生医疗等提供计划 and 计划编号 are marked needs-review in the glossary.
ui-field-provision-plan-number = 再生医疗等提供计划的计划编号
ui-field-risk-class = 风险分类
# REVIEW: the source label (届出の種類, "type of notification") does not match the field it labels in the UI (registry status: verification-type / unverification-type care, JSRM YOKOHAMA Declaration 2025); translated by meaning, like handoff-registry. Those two terms are also marked needs-review in the glossary.
ui-field-registry = 数据登记（验证型／无验证）
ui-field-cryopreserved = 冷冻保存
ui-field-thawed-on-site = 在院内解冻

## Explanation and consent

ui-sub-explanation = 说明的内容
ui-field-topic = 说明的项目
ui-field-detail = 说明内容
ui-field-explained-language = 说明时使用的语言
ui-field-interpreter = 口译员
ui-field-explained-by = 说明人
ui-field-explained-on = 说明日期
# REVIEW: 回授法 (teach-back) is marked needs-review in the glossary.
ui-field-teach-back = 患者用自己的话复述（回授法）
ui-field-teach-back-words = 患者复述的原话
# REVIEW: 需特别关注的个人信息 (要配慮個人情報) is marked needs-review in the glossary.
ui-sub-consent = 关于需特别关注的个人信息的同意
ui-field-consent-acquire = 同意获取
# REVIEW: the glossary phrase consent-to-share is marked needs-review.
ui-field-consent-share = 同意向第三方提供个人信息
ui-field-consent-date = 同意日期
ui-field-recorded-by = 记录人

## Summary board

ui-summary-heading = 汇总
ui-summary-completion = 各项目的填写情况
ui-summary-screening = 检查情况
ui-summary-checklist = 安全检查
ui-summary-checklist-empty = 没有需要指出的问题。
ui-grid-done = 已完成
ui-grid-abnormal = 异常
ui-grid-stale = 过旧
ui-grid-missing = 未进行
ui-checklist-in-section = 本项目的安全检查
ui-checklist-jump = 跳转到相关项目
ui-severity-stop = 停止
ui-severity-missing = 未填写
ui-severity-attention = 需注意
ui-severity-note = 参考
ui-progress = 正在处理…

## Added fields

ui-field-patient-statement = 就诊原因（患者的原话）
ui-sub-family-history = 家族史
ui-field-relation = 关系
ui-field-family-kind = 疾病种类
ui-field-age-at-onset = 发病年龄
ui-field-fact-state = 状态
ui-field-screening-window-heading = 检查结果的有效期
ui-summary-sections-done = 已确认 { $done } / { $total } 个项目
ui-save-up-to-date = 已保存

## Interpreter, processing sites, committee, emergency care

ui-field-interpreter-arrangement = 口译安排
ui-interpreter-not-asked = 未询问
ui-interpreter-not-needed = 不需要
ui-interpreter-not-assigned = 需要但尚未安排
ui-interpreter-assigned = 已安排
ui-field-interpreter-name = 口译员姓名
ui-field-interpreter-organization = 所属单位
ui-field-interpreter-languages = 口译语言
ui-field-interpreter-languages-hint = 用逗号分隔语言标签（例：ja, zh-Hans）
ui-field-interpreter-qualification = 医疗口译资格
ui-qualification-not-recorded = 未记录
ui-qualification-none-held = 无资格
ui-qualification-held = 有资格
ui-field-qualification-name = 资格名称
ui-field-qualification-number = 资格编号
ui-sub-processing-sites = 细胞制备中心
ui-field-site-name = 设施名称
# REVIEW: 设施编号 is marked needs-review in the glossary.
ui-field-facility-number = 设施编号
ui-field-site-location = 所在地
ui-field-site-country = 国家（海外时填写两字母代码）
ui-field-site-role = 职责（培养、保存、最终制备等）
# REVIEW: 认定再生医疗等委员会 is marked needs-review in the glossary.
ui-field-committee = 认定再生医疗等委员会
ui-field-committee-name = 委员会名称
# REVIEW: 认定编号 is marked needs-review in the glossary.
ui-field-committee-number = 认定编号
ui-field-emergency-care = 紧急情况下的转送医院
ui-field-emergency-hospital = 转送的医疗机构
ui-field-emergency-contact = 转送医疗机构的联系方式
ui-field-thaw-documented-by = 负责记录解冻和处理过程的人

## Every field of the record editable: profile, screening, imaging, treatment, questions

ui-field-other-names = 其他姓名（婚前姓、英文名、以前报告上的姓名）
ui-field-other-names-hint = 每行填写一个。
ui-field-other-languages = 会说的其他语言
ui-field-other-languages-hint = 用逗号分隔语言标签（例：en, yue）
ui-field-email = 电子邮箱
ui-field-address = 地址（住宿地或家庭住址）
ui-field-emergency-relation = 紧急联系人（关系）
ui-field-referral-contact = 介绍方联系方式
ui-field-referral-note = 关于介绍的备注（如是否有介绍费）
ui-field-medication-reason = 服用原因（患者的原话）
ui-field-test-group = 检查类别
ui-field-loinc = LOINC 代码（如报告上有）
ui-field-loinc-hint = 例：5196-1。不清楚时留空。
ui-field-lab-code = 检验机构的项目代码
ui-field-screening-note = 工作人员备注
ui-field-interpretation = 检验机构的判定（报告上的记载）
ui-interpretation-none = 未记载
ui-stale-window-in-settings = 早于治疗预定日 { $days } 天以上的结果标为“结果过旧”（天数可在页面上方的设置中更改）。
ui-field-modality = 检查种类
ui-field-imaging-date = 检查日期
ui-field-region = 部位
ui-field-imaging-facility = 检查机构
ui-field-imaging-summary = 所见（保持报告原文语言）
ui-field-tissue-source-detail = 采集组织的详情（部位等）
ui-field-route-detail = 给药途径的详情（部位、时间等）
# REVIEW: registry (JSRM) wording not in the glossary
ui-field-registry-name = 登记系统名称
ui-field-thaw-note = 关于解冻和处理的备注
ui-field-emergency-note = 关于转送的备注
ui-field-consent-scope = 同意的范围
ui-field-question = 患者的提问（患者的原话）
ui-field-answer = 回答
ui-field-answered-by = 回答人
ui-pt-translation-lang = 译文的语言
ui-pt-terms = 词汇表中的词：
ui-confirmed-at = （{ $at }）
