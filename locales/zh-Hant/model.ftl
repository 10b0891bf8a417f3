## Intake record (kakehashi-model): names of choices and input errors. Japanese is the source.

## Input errors (the screen shows the field name)
model-error-unreadable = 無法讀取紀錄（項目「{ $field }」，第 { $line } 行第 { $column } 欄）。
model-error-invalid = 輸入內容有 { $count } 個問題。尚未儲存。
model-error-unwritable = 無法寫出紀錄。
model-error-required = 請填寫此項。
model-error-date-malformed = 日期格式不正確：「{ $value }」（請以 YYYY、YYYY-MM 或 YYYY-MM-DD 其中一種輸入）
model-error-date-impossible = 這個日期不存在：「{ $value }」
model-error-date-not-full = 請輸入完整的年月日：「{ $value }」
model-error-date-out-of-range = 年份超出範圍：「{ $value }」（{ $min }年～{ $max }年）
model-error-timestamp = 日期時間格式不正確：「{ $value }」
model-error-language-missing = 請選擇語言。
model-error-language-tag = 語言代碼不正確：「{ $value }」
model-error-translator-missing = 請記錄翻譯者。
model-error-number = 無法辨識為數字：「{ $value }」（請以半形數字輸入）
model-error-below-min = 數值太小：「{ $value }」（下限 { $min }）
model-error-above-max = 數值太大：「{ $value }」（上限 { $max }）
model-error-unit-missing = 缺少單位：「{ $value }」
# REVIEW: the number format of the MHLW public register is not confirmed; only half-width letters, digits and hyphens are allowed.
model-error-register-number = 編號格式不正確：「{ $value }」（半形英文字母、數字與連字號，20 個字元以內）
model-error-empty-section = 沒有任何項目。如果已確認「沒有」，請選擇「無（已確認）」。
model-error-consent-date-missing = 請輸入同意的日期。
model-error-unknown-test = 檢查項目不在清單中：「{ $value }」
model-error-loinc = LOINC 碼不正確：「{ $value }」
model-error-range-inverted = 參考範圍的下限（{ $low }）高於上限（{ $high }）。
model-error-schema-version = 不支援紀錄格式版本 { $found }（支援：{ $expected }）。
model-error-record-id = 紀錄 ID 不正確：「{ $value }」
model-error-country-code = 國家代碼不正確：「{ $value }」（ISO 3166-1 的兩個英文字母）

## Record state
code-completion-not-asked = 未詢問
code-completion-confirmed-none = 無（已確認）
code-completion-entries = 已填寫

code-section-conditions = 過去病史、現病史
code-section-surgeries = 手術史
code-section-family-history = 家族病史
code-section-medications = 目前使用的藥物
code-section-allergies = 過敏
code-section-screening = 檢查結果
code-section-imaging = 影像檢查
code-section-processing-sites = 細胞製備場所
code-section-explanation-items = 說明事項
code-section-patient-questions = 病人的提問

code-translation-method-human = 人工翻譯
code-translation-method-machine-reviewed = 機器翻譯（經人工確認）
code-translation-method-machine = 機器翻譯（未確認）

## Profile
code-sex-not-asked = 未詢問
code-sex-female = 女
code-sex-male = 男
code-sex-other = 其他
code-sex-declined-to-answer = 不願回答（本人意願）

code-japanese-ability-not-asked = 未詢問
code-japanese-ability-none = 不會說日語
code-japanese-ability-basic = 只會簡單的日常用語
code-japanese-ability-conversational = 能進行日常會話
code-japanese-ability-medical = 能聽懂醫療相關說明

code-referral-not-asked = 未詢問
code-referral-self = 本人直接聯繫
code-referral-agency = 醫療觀光仲介業者
code-referral-individual = 個人介紹
code-referral-overseas-clinic = 海外醫療機構
code-referral-japanese-clinic = 日本國內醫療機構
code-referral-other = 其他
code-referral-unknown = 不明

## History
code-condition-status-unknown = 不明
code-condition-status-active = 治療中或有症狀
code-condition-status-in-remission = 緩解
code-condition-status-resolved = 痊癒

code-family-relation-unknown = 不明
code-family-relation-mother = 母親
code-family-relation-father = 父親
code-family-relation-sibling = 兄弟姊妹
code-family-relation-child = 子女
code-family-relation-grandparent = 祖父母或外祖父母
code-family-relation-other = 其他親屬

code-family-condition-other = 其他疾病
code-family-condition-cancer = 癌症

code-pregnancy-not-asked = 未詢問
code-pregnancy-unknown = 不明
code-pregnancy-not-pregnant = 未懷孕
code-pregnancy-pregnant = 懷孕中
code-pregnancy-possibly-pregnant = 可能懷孕
code-pregnancy-not-applicable = 不適用

code-breastfeeding-not-asked = 未詢問
code-breastfeeding-unknown = 不明
code-breastfeeding-no = 未哺乳
code-breastfeeding-yes = 哺乳期
code-breastfeeding-not-applicable = 不適用

## Medications
code-yes-no-not-assessed = 未確認
code-yes-no-no = 否
code-yes-no-yes = 是

code-medication-route-unknown = 不明
code-medication-route-oral = 口服
code-medication-route-topical = 外用
code-medication-route-subcutaneous = 皮下注射
code-medication-route-intramuscular = 肌肉注射
code-medication-route-intravenous = 靜脈給藥
code-medication-route-inhaled = 吸入
code-medication-route-other = 其他

## Allergies
code-allergy-category-drug = 藥物
code-allergy-category-food = 食物
code-allergy-category-environmental = 環境（花粉、塵蟎等）
code-allergy-category-biological-product = 生物來源製品
code-allergy-category-other = 其他

code-allergy-severity-unknown = 不明
code-allergy-severity-mild = 輕度
code-allergy-severity-moderate = 中度
code-allergy-severity-severe = 重度
code-allergy-severity-anaphylaxis = 全身性過敏反應

code-allergen-group-cryoprotectant = 冷凍保護劑（如 DMSO）
code-allergen-group-antibiotic = 抗生素（包括細胞培養中使用的抗生素）
code-allergen-group-animal-protein = 動物來源蛋白質（如牛血清）
code-allergen-group-local-anaesthetic = 局部麻醉劑
code-allergen-group-contrast-medium = 顯影劑
code-allergen-group-latex = 乳膠

## Tests
code-test-group-infection = 感染篩檢
code-test-group-tumour-marker = 腫瘤標記
code-test-group-coagulation = 凝血功能檢查
code-test-group-cbc = 全血球計數
code-test-group-other = 其他

code-infection-hepatitis-b = B型肝炎
code-infection-hepatitis-c = C型肝炎
code-infection-hiv = HIV
code-infection-syphilis = 梅毒
code-infection-htlv-1 = HTLV-1

code-test-hbsag = B型肝炎表面抗原（HBsAg）
code-test-hcv-ab = C型肝炎抗體（HCV 抗體）
code-test-hcv-ab-serum = C型肝炎抗體（HCV 抗體，血清）
code-test-hiv-ag-ab = HIV抗原抗體
code-test-tp-ab = 梅毒螺旋體抗體（TP 抗體）
code-test-rpr = 快速血漿反應素試驗（RPR）
# REVIEW: the glossary marks the zh-Hant HTLV antibody term (HTLV-1抗體) needs-review.
code-test-htlv-ab = HTLV-I/II 抗體
code-test-cea = 癌胚抗原（CEA）
code-test-afp = 甲型胎兒蛋白（AFP）
code-test-ca19-9 = 醣類抗原19-9（CA19-9）
code-test-psa = 攝護腺特異抗原（PSA）
code-test-ca-125 = 癌抗原125（CA125）
code-test-pt = 凝血酶原時間（PT）
code-test-pt-inr = PT-INR（國際標準化比值）
code-test-aptt = 活化部分凝血活酶時間（APTT）
code-test-d-dimer = D-二聚體
code-test-cbc = 全血球計數（CBC）
code-test-wbc = 白血球計數
code-test-rbc = 紅血球計數
code-test-hb = 血紅素
code-test-hct = 血球容積比
code-test-mcv = 平均紅血球容積（MCV）
code-test-plt = 血小板計數

code-qualitative-negative = 陰性
code-qualitative-positive = 陽性
# REVIEW: 判定保留 (equivocal / result withheld) has no glossary entry; 結果不確定 chosen, labs may say 可疑 or 灰區.
code-qualitative-indeterminate = 結果不確定

code-comparator-eq = =
code-comparator-lt = 低於
code-comparator-le = 不高於
code-comparator-gt = 高於
code-comparator-ge = 不低於

code-abnormality-normal = 在參考範圍內
code-abnormality-low = 偏低
code-abnormality-high = 偏高
code-abnormality-abnormal = 異常（陽性）
# REVIEW: see code-qualitative-indeterminate.
code-abnormality-indeterminate = 結果不確定
code-abnormality-not-determined = 無法判定

code-imaging-mri = 磁振造影（MRI）
code-imaging-ct = 電腦斷層掃描（CT）
code-imaging-xray = X光
code-imaging-ultrasound = 超音波檢查
code-imaging-pet = 正子斷層造影（PET）
code-imaging-other = 其他

## Planned treatment
code-treatment-not-asked = 未詢問
code-treatment-stem-cells = 幹細胞
code-treatment-exosomes = 外泌體
code-treatment-conditioned-medium = 幹細胞培養上清液
code-treatment-immune-cells = 免疫細胞
code-treatment-prp = 高濃度血小板血漿（PRP）
code-treatment-other = 其他
code-treatment-unknown = 不明

code-origin-not-asked = 未詢問
code-origin-unknown = 不明
code-origin-autologous = 自體（本人的細胞）
code-origin-allogeneic = 同種異體（他人的細胞）
# REVIEW: no glossary term for "non-human" as such; the glossary's "xenogeneic" (異種) is marked needs-review.
code-origin-non-human = 非人類來源

code-tissue-not-asked = 未詢問
code-tissue-unknown = 不明
code-tissue-adipose = 脂肪組織
code-tissue-bone-marrow = 骨髓
code-tissue-umbilical-cord = 臍帶
code-tissue-peripheral-blood = 周邊血
code-tissue-dental-pulp = 牙髓
code-tissue-placenta = 胎盤
code-tissue-skin = 皮膚組織
code-tissue-other = 其他
code-tissue-not-applicable = 不適用

code-harvest-not-asked = 未詢問
code-harvest-none = 不需採集
code-harvest-liposuction = 抽脂
code-harvest-bone-marrow-aspiration = 骨髓穿刺
code-harvest-blood-draw = 抽血
code-harvest-skin-biopsy = 皮膚取樣
code-harvest-other = 其他採集方式

code-route-not-asked = 未詢問
code-route-iv-drip = 靜脈滴注
code-route-local-injection = 局部注射
code-route-intra-articular = 關節內注射
code-route-intradermal = 皮內注射
code-route-topical = 外用（塗抹）
code-route-intrathecal = 脊髓腔內注射
code-route-other = 其他
code-route-unknown = 不明

code-site-unknown = 不明
code-site-domestic = 日本國內
code-site-overseas = 海外

code-risk-class-not-asked = 未詢問
code-risk-class-unknown = 不明
# REVIEW: the glossary marks the zh-Hant names of the ASRM risk classes (第一種再生醫療等 …) needs-review.
code-risk-class-i = 第一種
# REVIEW: as above.
code-risk-class-ii = 第二種
# REVIEW: as above.
code-risk-class-iii = 第三種
# REVIEW: the Act is 再生醫療等安全性確保法 in the glossary (needs-review).
code-risk-class-not-applicable = 不屬於該法規範範圍

# Terms of the JSRM YOKOHAMA Declaration 2025 (adopted 19 Mar 2025).
code-registry-not-asked = 未詢問
code-registry-unknown = 不明
# REVIEW: the glossary marks 驗證型診療 needs-review for zh-Hant.
code-registry-verification-type = 驗證型診療（已在登錄系統登錄）
# REVIEW: the glossary marks 無驗證診療 needs-review for zh-Hant.
code-registry-unverification-type = 無驗證診療（未在登錄系統登錄）

## Explanation and consent
code-topic-what-is-administered = 注入體內的是什麼（細胞、外泌體、幹細胞培養上清液等）
code-topic-route = 給藥途徑
# REVIEW: the glossary concept expected-benefits (預期效果) is marked needs-review.
code-topic-expected-effect = 預期效果
code-topic-risks = 風險與副作用
# REVIEW: the glossary concept alternative-treatments (其他治療方式) is marked needs-review.
code-topic-alternatives = 其他治療方式
code-topic-processing-facility = 細胞製備場所與品質管制
# REVIEW: 再生醫療等提供計畫 and 認定再生醫療等委員會 are marked needs-review in the glossary.
code-topic-regulatory-status = 法律定位（提供計畫、委員會）
# REVIEW: the glossary concept costs (費用) is marked needs-review.
code-topic-costs = 費用
# REVIEW: glossary phrase "may-be-advised-not-to-proceed" is marked needs-review.
code-topic-may-be-advised-not-to-proceed = 可能會建議不要接受治療
code-topic-right-to-withdraw = 可以隨時撤回同意
code-topic-emergency-care = 緊急狀況的應變
code-topic-other = 其他

# REVIEW: the glossary term for teach-back (回授法) is marked needs-review.
code-teach-back-not-done = 未進行
code-teach-back-confirmed = 病人能用自己的話說明
code-teach-back-not-understood = 理解不足

code-consent-not-asked = 未詢問
code-consent-given = 已同意
code-consent-refused = 不同意
code-consent-withdrawn = 已撤回
