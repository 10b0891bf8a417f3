## Intake record (kakehashi-model): names of choices and input errors. Japanese is the source.

## Input errors (the screen shows the field name)
model-error-unreadable = 无法读取记录（项目“{ $field }”，第 { $line } 行第 { $column } 列）。
model-error-invalid = 输入中有 { $count } 个问题。尚未保存。
model-error-unwritable = 无法写出记录。
model-error-required = 请填写此项。
model-error-date-malformed = 日期格式不正确：“{ $value }”（请按 YYYY、YYYY-MM 或 YYYY-MM-DD 之一输入）
model-error-date-impossible = 这个日期不存在：“{ $value }”
model-error-date-not-full = 请输入完整的年月日：“{ $value }”
model-error-date-out-of-range = 年份超出范围：“{ $value }”（{ $min }年～{ $max }年）
model-error-timestamp = 日期时间格式不正确：“{ $value }”
model-error-language-missing = 请选择语言。
model-error-language-tag = 语言代码不正确：“{ $value }”
model-error-translator-missing = 请记录翻译人。
model-error-number = 无法识别为数字：“{ $value }”（请用半角数字输入）
model-error-below-min = 数值过小：“{ $value }”（下限 { $min }）
model-error-above-max = 数值过大：“{ $value }”（上限 { $max }）
model-error-unit-missing = 缺少单位：“{ $value }”
# REVIEW: the number format of the MHLW public register is not confirmed; only half-width letters, digits and hyphens are allowed.
model-error-register-number = 编号格式不正确：“{ $value }”（半角字母、数字和连字符，不超过 20 个字符）
model-error-empty-section = 没有任何条目。如果已确认“没有”，请选择“无（已确认）”。
model-error-consent-date-missing = 请输入同意的日期。
model-error-unknown-test = 检查项目不在列表中：“{ $value }”
model-error-loinc = LOINC 代码不正确：“{ $value }”
model-error-range-inverted = 参考范围的下限（{ $low }）高于上限（{ $high }）。
model-error-schema-version = 不支持记录格式版本 { $found }（支持：{ $expected }）。
model-error-record-id = 记录 ID 不正确：“{ $value }”
model-error-country-code = 国家代码不正确：“{ $value }”（ISO 3166-1 的两个英文字母）

## Record state
code-completion-not-asked = 未询问
code-completion-confirmed-none = 无（已确认）
code-completion-entries = 已填写

code-section-conditions = 既往史、现病史
code-section-surgeries = 手术史
code-section-family-history = 家族史
code-section-medications = 正在服用的药物
code-section-allergies = 过敏
code-section-screening = 检查结果
code-section-imaging = 影像学检查
code-section-processing-sites = 细胞制备中心
code-section-explanation-items = 说明事项
code-section-patient-questions = 患者的提问

code-translation-method-human = 人工翻译
code-translation-method-machine-reviewed = 机器翻译（经人工核对）
code-translation-method-machine = 机器翻译（未核对）

## Profile
code-sex-not-asked = 未询问
code-sex-female = 女
code-sex-male = 男
code-sex-other = 其他
code-sex-declined-to-answer = 不愿回答（本人意愿）

code-japanese-ability-not-asked = 未询问
code-japanese-ability-none = 不会说日语
code-japanese-ability-basic = 只会简单的日常用语
code-japanese-ability-conversational = 能进行日常会话
code-japanese-ability-medical = 能听懂医疗方面的说明

code-referral-not-asked = 未询问
code-referral-self = 本人直接联系
code-referral-agency = 医疗旅游中介机构
code-referral-individual = 个人介绍
code-referral-overseas-clinic = 海外医疗机构
code-referral-japanese-clinic = 日本国内医疗机构
code-referral-other = 其他
code-referral-unknown = 不明

## History
code-condition-status-unknown = 不明
code-condition-status-active = 治疗中或有症状
code-condition-status-in-remission = 缓解
code-condition-status-resolved = 治愈

code-family-relation-unknown = 不明
code-family-relation-mother = 母亲
code-family-relation-father = 父亲
code-family-relation-sibling = 兄弟姐妹
code-family-relation-child = 子女
code-family-relation-grandparent = 祖父母或外祖父母
code-family-relation-other = 其他亲属

code-family-condition-other = 其他疾病
code-family-condition-cancer = 癌症

code-pregnancy-not-asked = 未询问
code-pregnancy-unknown = 不明
code-pregnancy-not-pregnant = 未妊娠
code-pregnancy-pregnant = 妊娠中
code-pregnancy-possibly-pregnant = 有妊娠的可能
code-pregnancy-not-applicable = 不适用

code-breastfeeding-not-asked = 未询问
code-breastfeeding-unknown = 不明
code-breastfeeding-no = 未哺乳
code-breastfeeding-yes = 哺乳期
code-breastfeeding-not-applicable = 不适用

## Medications
code-yes-no-not-assessed = 未确认
code-yes-no-no = 否
code-yes-no-yes = 是

code-medication-route-unknown = 不明
code-medication-route-oral = 口服
code-medication-route-topical = 外用
code-medication-route-subcutaneous = 皮下注射
code-medication-route-intramuscular = 肌肉注射
code-medication-route-intravenous = 静脉给药
code-medication-route-inhaled = 吸入
code-medication-route-other = 其他

## Allergies
code-allergy-category-drug = 药物
code-allergy-category-food = 食物
code-allergy-category-environmental = 环境（花粉、尘螨等）
code-allergy-category-biological-product = 生物来源制品
code-allergy-category-other = 其他

code-allergy-severity-unknown = 不明
code-allergy-severity-mild = 轻度
code-allergy-severity-moderate = 中度
code-allergy-severity-severe = 重度
code-allergy-severity-anaphylaxis = 严重过敏反应

code-allergen-group-cryoprotectant = 冷冻保护剂（如 DMSO）
code-allergen-group-antibiotic = 抗生素（包括细胞培养中使用的抗生素）
code-allergen-group-animal-protein = 动物源性蛋白（如牛血清）
code-allergen-group-local-anaesthetic = 局部麻醉药
code-allergen-group-contrast-medium = 造影剂
code-allergen-group-latex = 乳胶

## Tests
code-test-group-infection = 感染筛查
code-test-group-tumour-marker = 肿瘤标志物
code-test-group-coagulation = 凝血功能检查
code-test-group-cbc = 血常规
code-test-group-other = 其他

code-infection-hepatitis-b = 乙型肝炎
code-infection-hepatitis-c = 丙型肝炎
code-infection-hiv = HIV
code-infection-syphilis = 梅毒
code-infection-htlv-1 = HTLV-1

code-test-hbsag = 乙型肝炎表面抗原（HBsAg）
code-test-hcv-ab = 丙型肝炎抗体（HCV 抗体）
code-test-hcv-ab-serum = 丙型肝炎抗体（HCV 抗体，血清）
code-test-hiv-ag-ab = HIV抗原抗体
code-test-tp-ab = 梅毒螺旋体抗体（TP 抗体）
code-test-rpr = 快速血浆反应素试验（RPR）
code-test-htlv-ab = HTLV-I/II 抗体
code-test-cea = 癌胚抗原（CEA）
code-test-afp = 甲胎蛋白（AFP）
code-test-ca19-9 = 糖类抗原19-9（CA19-9）
code-test-psa = 前列腺特异性抗原（PSA）
code-test-ca-125 = 糖类抗原125（CA125）
code-test-pt = 凝血酶原时间（PT）
code-test-pt-inr = PT-INR（国际标准化比值）
code-test-aptt = 活化部分凝血活酶时间（APTT）
code-test-d-dimer = D-二聚体
code-test-cbc = 血常规（CBC）
code-test-wbc = 白细胞计数
code-test-rbc = 红细胞计数
code-test-hb = 血红蛋白
code-test-hct = 红细胞压积
code-test-mcv = 平均红细胞体积（MCV）
code-test-plt = 血小板计数

code-qualitative-negative = 阴性
code-qualitative-positive = 阳性
# REVIEW: 判定保留 (equivocal / result withheld) has no glossary entry; 结果不确定 chosen, labs may say 可疑 or 灰区.
code-qualitative-indeterminate = 结果不确定

code-comparator-eq = =
code-comparator-lt = 低于
code-comparator-le = 不高于
code-comparator-gt = 高于
code-comparator-ge = 不低于

code-abnormality-normal = 在参考范围内
code-abnormality-low = 偏低
code-abnormality-high = 偏高
code-abnormality-abnormal = 异常（阳性）
# REVIEW: see code-qualitative-indeterminate.
code-abnormality-indeterminate = 结果不确定
code-abnormality-not-determined = 无法判定

code-imaging-mri = 磁共振成像（MRI）
code-imaging-ct = 计算机断层扫描（CT）
code-imaging-xray = X线
code-imaging-ultrasound = 超声检查
code-imaging-pet = 正电子发射断层扫描（PET）
code-imaging-other = 其他

## Planned treatment
code-treatment-not-asked = 未询问
code-treatment-stem-cells = 干细胞
code-treatment-exosomes = 外泌体
code-treatment-conditioned-medium = 干细胞培养上清液
code-treatment-immune-cells = 免疫细胞
code-treatment-prp = 富血小板血浆（PRP）
code-treatment-other = 其他
code-treatment-unknown = 不明

code-origin-not-asked = 未询问
code-origin-unknown = 不明
code-origin-autologous = 自体（本人的细胞）
code-origin-allogeneic = 同种异体（他人的细胞）
# REVIEW: no glossary term for "non-human" as such; the glossary's "xenogeneic" (异种) is marked needs-review.
code-origin-non-human = 非人源

code-tissue-not-asked = 未询问
code-tissue-unknown = 不明
code-tissue-adipose = 脂肪组织
code-tissue-bone-marrow = 骨髓
code-tissue-umbilical-cord = 脐带
code-tissue-peripheral-blood = 外周血
code-tissue-dental-pulp = 牙髓
code-tissue-placenta = 胎盘
code-tissue-skin = 皮肤组织
code-tissue-other = 其他
code-tissue-not-applicable = 不适用

code-harvest-not-asked = 未询问
code-harvest-none = 无需采集
code-harvest-liposuction = 吸脂
code-harvest-bone-marrow-aspiration = 骨髓穿刺
code-harvest-blood-draw = 采血
code-harvest-skin-biopsy = 皮肤取材
code-harvest-other = 其他采集方式

code-route-not-asked = 未询问
code-route-iv-drip = 静脉滴注
code-route-local-injection = 局部注射
code-route-intra-articular = 关节腔内注射
code-route-intradermal = 皮内注射
code-route-topical = 外用（涂抹）
code-route-intrathecal = 鞘内注射
code-route-other = 其他
code-route-unknown = 不明

code-site-unknown = 不明
code-site-domestic = 日本国内
code-site-overseas = 海外

code-risk-class-not-asked = 未询问
code-risk-class-unknown = 不明
# REVIEW: the glossary marks the zh-Hans names of the ASRM risk classes (第一种再生医疗等 …) needs-review.
code-risk-class-i = 第一种
# REVIEW: as above.
code-risk-class-ii = 第二种
# REVIEW: as above.
code-risk-class-iii = 第三种
# REVIEW: the Act is 再生医疗等安全性确保法 in the glossary (needs-review).
code-risk-class-not-applicable = 不属于该法管辖范围

# Terms of the JSRM YOKOHAMA Declaration 2025 (adopted 19 Mar 2025).
code-registry-not-asked = 未询问
code-registry-unknown = 不明
# REVIEW: the glossary marks 验证型诊疗 needs-review for zh-Hans.
code-registry-verification-type = 验证型诊疗（已在登记系统登记）
# REVIEW: the glossary marks 无验证诊疗 needs-review for zh-Hans.
code-registry-unverification-type = 无验证诊疗（未在登记系统登记）

## Explanation and consent
code-topic-what-is-administered = 注入体内的是什么（细胞、外泌体、干细胞培养上清液等）
code-topic-route = 给药途径
# REVIEW: the glossary concept expected-benefits (预期效果) is marked needs-review.
code-topic-expected-effect = 预期效果
code-topic-risks = 风险与副作用
# REVIEW: the glossary concept alternative-treatments (其他治疗方法) is marked needs-review.
code-topic-alternatives = 其他治疗方法
code-topic-processing-facility = 细胞制备中心与质量控制
# REVIEW: 再生医疗等提供计划 and 认定再生医疗等委员会 are marked needs-review in the glossary.
code-topic-regulatory-status = 法律定位（提供计划、委员会）
# REVIEW: the glossary concept costs (费用) is marked needs-review.
code-topic-costs = 费用
# REVIEW: glossary phrase "may-be-advised-not-to-proceed" is marked needs-review.
code-topic-may-be-advised-not-to-proceed = 可能会建议不接受治疗
code-topic-right-to-withdraw = 可以随时撤回同意
code-topic-emergency-care = 紧急情况的应对
code-topic-other = 其他

# REVIEW: the glossary term for teach-back (回授法) is marked needs-review.
code-teach-back-not-done = 未进行
code-teach-back-confirmed = 患者能用自己的话复述
code-teach-back-not-understood = 理解不充分

code-consent-not-asked = 未询问
code-consent-given = 已同意
code-consent-refused = 不同意
code-consent-withdrawn = 已撤回
