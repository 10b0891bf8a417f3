# The physician's handoff sheet (kakehashi-handoff). The printed sheet is Japanese; these strings serve
# Chinese-speaking staff, the CLI, and the patient-language subtitle.

## Errors

handoff-error-unrenderable = 项目“{ $field }”中的字符“{ $character }”（{ $codepoint }）无法用内置字体打印。请检查该字符或修改该项目。
handoff-error-font-missing = 在 { $dir } 中找不到字体文件 { $file }。
handoff-error-font-invalid = 无法读取字体文件 { $file }。
handoff-error-invalid-record = 无法读取记录文件（项目 { $field }，第 { $line } 行第 { $column } 个字符）。
handoff-error-invalid-timestamp = { $field } 的日期时间“{ $value }”不是 RFC 3339 格式。
handoff-error-pdf-write = 无法写出 PDF。

## Title, header, footer

handoff-title = 再生医学 诊察前交接单
# REVIEW: subtitle shown in the patient's language; the source asks for a translator's check of every language version.
handoff-title-patient = 再生医学 诊察前交接单
handoff-pdf-title = 再生医学 诊察前交接单 — 记录 { $id }
handoff-pdf-subject = 外国患者诊察前信息（供医生使用）
handoff-header-record = {"  "}记录 { $id } 版本 { $version }
handoff-header-name-see-page-1 = 姓名请见第 1 页的患者信息
handoff-footer-page = 第 { $page } / { $pages } 页
# REVIEW: 需特别关注的个人信息 (要配慮個人情報) is marked needs-review in the glossary.
handoff-confidential = 机密：含有需特别关注的个人信息。禁止用于诊疗以外的目的、复制或提供给第三方。
handoff-content-hash = 记录内容哈希值（SHA-256）：{ $hash }
handoff-sample = ※这是虚构的示例记录，并非真实患者。

handoff-clinic = 医疗机构
handoff-generated-at = 生成时间
handoff-staff = 负责人员
# REVIEW: 医疗协调员 (medical coordinator) is marked needs-review in the glossary.
handoff-staff-coordinator = 协调员：
handoff-staff-interpreter = {"　"}口译员：
handoff-staff-physician = {"　"}医生：
handoff-record = 记录 ID
handoff-record-version = {"　"}版本：

## Shared states

handoff-not-asked = 未询问（尚未确认） NOT ASKED
handoff-confirmed-none = 无（已确认）
handoff-confirmed-by = {"　"}确认人：
handoff-confirmed-at = {"　"}确认时间：
handoff-unknown = 不明（已询问但不清楚）
handoff-empty-list = 列表为空（并未确认为“无”）
handoff-blank = （未填写）
handoff-not-recorded = 无记录
handoff-untranslated = {"　"}［未翻译］
handoff-translated-by = {"　"}（翻译：{ $translator }・{ $method }）
handoff-note = 备注
handoff-date = 日期
handoff-when = {"　"}时间：
handoff-reaction = {"　"}反应：

## Alert box

handoff-alert-title = 注意事项
handoff-allergies = 过敏
handoff-checklist = 停止与注意项目
handoff-checklist-not-supplied = 未附上检查清单的结果
handoff-checklist-clear = 检查清单中未发现需要停止或注意的项目
handoff-severity-stop = 停止
handoff-severity-attention = 注意
handoff-severity-info = 信息
handoff-anticoagulants = 抗凝药与抗血小板药
handoff-anticoagulant = 抗凝药
handoff-antiplatelet = 抗血小板药
handoff-anticoagulants-none-listed = 用药清单中没有相关药物
handoff-anticoagulants-unassessed = 尚未评估抗凝或抗血小板作用的药物：{ $count } 种

## Patient

handoff-section-patient = 患者信息
handoff-name = 姓名
handoff-dob-sex = 出生日期／性别
handoff-nationality = 国籍
handoff-languages = 语言
handoff-japanese-ability = {"　"}日语：
handoff-interpreter = 口译
handoff-interpreter-not-needed = 不需要
handoff-interpreter-not-assigned = 未安排
handoff-qualification = {"　"}资格：
handoff-qualification-none = 无
handoff-referral = 介绍来源
handoff-referral-name = {"　"}名称：
handoff-referral-contact = {"　"}联系方式：
handoff-contact = 联系方式
handoff-phone = 电话：
handoff-email = 电子邮件：
handoff-messaging = 即时通讯：
handoff-address = 地址：
handoff-emergency-contact = 紧急联系人：
handoff-emergency-phone = 紧急联系电话：
handoff-emergency-relation = 关系：
handoff-pregnancy = 妊娠
handoff-breastfeeding = 哺乳：

## Medications

handoff-section-medications = 用药
handoff-med-name = 药名（按患者申报）
handoff-med-generic = 通用名
handoff-med-dose = 剂量、频次、途径
handoff-med-since = 开始时间
handoff-med-reason = 原因
handoff-med-flags = 抗凝／抗血小板

## History

handoff-section-conditions = 既往史、现病史
handoff-section-surgeries = 手术史
handoff-section-family = 家族史
handoff-condition = 疾病
handoff-onset = 发病
handoff-status = 状态
handoff-procedure = 手术、处置
handoff-relation = 关系
handoff-kind = 分类
handoff-age-at-onset = 发病年龄

## Results

handoff-section-screening = 检查结果（感染筛查、肿瘤标志物、凝血功能、血常规）
handoff-section-imaging = 影像学检查
handoff-test = 检查
handoff-codes = 代码
handoff-result = 结果
handoff-range = 参考范围
handoff-flag = 判定
handoff-collected = 采样日期
handoff-lab = 检查机构、备注
handoff-stale = {"　"}［超过 { $days } 天・需重新评估］
handoff-modality = 类型
handoff-region = 部位
handoff-imaging-summary = 所见（原文／译文）
handoff-facility = 机构

## Planned treatment

handoff-section-treatment = 计划接受的治疗
handoff-what = 给予的是什么
handoff-origin = 来源、采集部位
handoff-harvest = {"　"}采集：
handoff-route = 给药途径
handoff-dose = 用量、细胞数、次数
handoff-cell-count = {"　"}细胞数：
handoff-sessions = {"　"}次数：
handoff-handling = 冷冻、解冻
handoff-cryopreserved = 冷冻保存：
handoff-thawed-on-site = {"　"}院内解冻：
handoff-thaw-documented-by = {"　"}操作记录人：
# REVIEW: 计划编号 / 再生医疗等提供计划 are marked needs-review in the glossary.
handoff-plan-number = 提供计划编号
handoff-risk-class = 风险分类
# REVIEW: 认定再生医疗等委员会 and 认定编号 are marked needs-review in the glossary.
handoff-committee = 认定委员会（名称、编号）
handoff-registry = 数据登记
handoff-emergency-care = 紧急转送医院
handoff-indication = 适应症（目标症状）
handoff-physician-date = 主治医生、预定日期
handoff-planned-date = {"　"}预定日期：
handoff-section-sites = 细胞制备中心
handoff-site-name = 设施名称
# REVIEW: 设施编号 is marked needs-review in the glossary.
handoff-facility-number = 设施编号
handoff-site-location = 所在地
handoff-site-role = 职责

## Explanation and consent

# REVIEW: 回授法 (teach-back) is marked needs-review in the glossary.
handoff-section-explanation = 说明与理解确认（回授法）
handoff-topic = 项目
handoff-detail = 说明内容
handoff-explained-by = 说明人、日期、语言、口译
handoff-teach-back = 理解确认
handoff-section-questions = 患者的提问
handoff-question = 提问（原文／译文）
handoff-answer = 回答、回答人
# REVIEW: 需特别关注的个人信息 (要配慮個人情報) is marked needs-review in the glossary.
handoff-section-consent = 同意（需特别关注的个人信息）
handoff-consent-acquire = 同意获取
# REVIEW: the glossary phrase consent-to-share is marked needs-review.
handoff-consent-share = 同意向第三方提供个人信息
handoff-recorded-by = {"　"}记录人：

## The patient's statement

handoff-section-statement = 患者的陈述（原文与译文）
handoff-statement-original = 原文（{ $lang }）
handoff-statement-translation = 译文（日语） 翻译人：{ $translator }・{ $method }
handoff-statement-translation-missing = 译文（日语）
handoff-section-signatures = 签名
# REVIEW: 医疗协调员 (medical coordinator) is marked needs-review in the glossary.
handoff-sign-coordinator = 协调员 { $name }
handoff-sign-interpreter = 口译员 { $name }
handoff-sign-physician = 医生 { $name }
