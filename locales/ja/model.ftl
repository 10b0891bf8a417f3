## 受付記録(kakehashi-model):選択肢の名称と入力エラー。日本語が原文。

## 入力エラー(フィールド名は画面側で表示する)
model-error-unreadable = 記録を読み込めません(項目「{ $field }」、{ $line } 行 { $column } 列)。
model-error-invalid = 入力に { $count } 件の問題があります。保存されていません。
model-error-unwritable = 記録を書き出せませんでした。
model-error-required = 入力してください。
model-error-date-malformed = 日付の形式が違います:「{ $value }」(YYYY、YYYY-MM、YYYY-MM-DD のいずれかで入力)
model-error-date-impossible = 存在しない日付です:「{ $value }」
model-error-date-not-full = 年月日まで入力してください:「{ $value }」
model-error-date-out-of-range = 年が範囲外です:「{ $value }」({ $min }年~{ $max }年)
model-error-timestamp = 日時の形式が違います:「{ $value }」
model-error-language-missing = 言語を選んでください。
model-error-language-tag = 言語コードが正しくありません:「{ $value }」
model-error-translator-missing = 翻訳者を記録してください。
model-error-number = 数値として読めません:「{ $value }」(半角数字で入力)
model-error-below-min = 値が小さすぎます:「{ $value }」(下限 { $min })
model-error-above-max = 値が大きすぎます:「{ $value }」(上限 { $max })
model-error-unit-missing = 単位がありません:「{ $value }」
# REVIEW: 厚労省の公開データベース上の番号形式は未確認。半角英数字とハイフンのみ許可している。
model-error-register-number = 番号の形式が正しくありません:「{ $value }」(半角英数字とハイフン、20文字以内)
model-error-empty-section = 項目が1件もありません。「なし」と確認した場合は「確認済み:なし」を選んでください。
model-error-consent-date-missing = 同意の日付を入力してください。
model-error-unknown-test = 検査項目が一覧にありません:「{ $value }」
model-error-loinc = LOINCコードが正しくありません:「{ $value }」
model-error-range-inverted = 基準範囲の下限({ $low })が上限({ $high })を超えています。
model-error-schema-version = 記録の形式バージョン { $found } には対応していません(対応:{ $expected })。
model-error-record-id = 記録IDが正しくありません:「{ $value }」
model-error-country-code = 国コードが正しくありません:「{ $value }」(ISO 3166-1 の英字2文字)

## 記録の状態
code-completion-not-asked = 未確認
code-completion-confirmed-none = 確認済み:なし
code-completion-entries = 記入あり

code-section-conditions = 既往歴・現病歴
code-section-surgeries = 手術歴
code-section-family-history = 家族歴
code-section-medications = 服用中の薬
code-section-allergies = アレルギー
code-section-screening = 検査結果
code-section-imaging = 画像検査
code-section-processing-sites = 細胞加工施設
code-section-explanation-items = 説明項目
code-section-patient-questions = 患者からの質問

code-translation-method-human = 人による翻訳
code-translation-method-machine-reviewed = 機械翻訳(人が確認)
code-translation-method-machine = 機械翻訳(未確認)

## 基本情報
code-sex-not-asked = 未確認
code-sex-female = 女性
code-sex-male = 男性
code-sex-other = その他
code-sex-declined-to-answer = 回答なし(本人の希望)

code-japanese-ability-not-asked = 未確認
code-japanese-ability-none = 話せない
code-japanese-ability-basic = 日常の簡単な会話のみ
code-japanese-ability-conversational = 日常会話は可能
code-japanese-ability-medical = 医療の説明も理解できる

code-referral-not-asked = 未確認
code-referral-self = 本人が直接
code-referral-agency = 医療ツーリズム仲介業者
code-referral-individual = 個人の紹介
code-referral-overseas-clinic = 海外の医療機関
code-referral-japanese-clinic = 国内の医療機関
code-referral-other = その他
code-referral-unknown = 不明

## 病歴
code-condition-status-unknown = 不明
code-condition-status-active = 治療中・症状あり
code-condition-status-in-remission = 寛解
code-condition-status-resolved = 治癒

code-family-relation-unknown = 不明
code-family-relation-mother = 母
code-family-relation-father = 父
code-family-relation-sibling = 兄弟姉妹
code-family-relation-child = 子
code-family-relation-grandparent = 祖父母
code-family-relation-other = その他の親族

code-family-condition-other = その他の疾患
code-family-condition-cancer = がん

code-pregnancy-not-asked = 未確認
code-pregnancy-unknown = 不明
code-pregnancy-not-pregnant = 妊娠していない
code-pregnancy-pregnant = 妊娠中
code-pregnancy-possibly-pregnant = 妊娠の可能性あり
code-pregnancy-not-applicable = 該当しない

code-breastfeeding-not-asked = 未確認
code-breastfeeding-unknown = 不明
code-breastfeeding-no = 授乳していない
code-breastfeeding-yes = 授乳中
code-breastfeeding-not-applicable = 該当しない

## 薬
code-yes-no-not-assessed = 未確認
code-yes-no-no = いいえ
code-yes-no-yes = はい

code-medication-route-unknown = 不明
code-medication-route-oral = 内服
code-medication-route-topical = 外用
code-medication-route-subcutaneous = 皮下注射
code-medication-route-intramuscular = 筋肉注射
code-medication-route-intravenous = 静脈内
code-medication-route-inhaled = 吸入
code-medication-route-other = その他

## アレルギー
code-allergy-category-drug = 薬剤
code-allergy-category-food = 食物
code-allergy-category-environmental = 環境(花粉・ダニなど)
code-allergy-category-biological-product = 生物由来製品
code-allergy-category-other = その他

code-allergy-severity-unknown = 不明
code-allergy-severity-mild = 軽度
code-allergy-severity-moderate = 中等度
code-allergy-severity-severe = 重度
code-allergy-severity-anaphylaxis = アナフィラキシー

code-allergen-group-cryoprotectant = 凍結保護剤(DMSOなど)
code-allergen-group-antibiotic = 抗菌薬(細胞培養に使われるものを含む)
code-allergen-group-animal-protein = 動物由来たんぱく(ウシ血清など)
code-allergen-group-local-anaesthetic = 局所麻酔薬
code-allergen-group-contrast-medium = 造影剤
code-allergen-group-latex = ラテックス

## 検査
code-test-group-infection = 感染症検査
code-test-group-tumour-marker = 腫瘍マーカー
code-test-group-coagulation = 凝固検査
code-test-group-cbc = 血算
code-test-group-other = その他

code-infection-hepatitis-b = B型肝炎
code-infection-hepatitis-c = C型肝炎
code-infection-hiv = HIV
code-infection-syphilis = 梅毒
code-infection-htlv-1 = HTLV-1

code-test-hbsag = HBs抗原
code-test-hcv-ab = HCV抗体
code-test-hcv-ab-serum = HCV抗体(血清)
code-test-hiv-ag-ab = HIV抗原・抗体
code-test-tp-ab = TP抗体(梅毒トレポネーマ抗体)
code-test-rpr = RPR
code-test-htlv-ab = HTLV-I/II抗体
code-test-cea = CEA
code-test-afp = AFP
code-test-ca19-9 = CA19-9
code-test-psa = PSA
code-test-ca-125 = CA125
code-test-pt = PT(プロトロンビン時間)
code-test-pt-inr = PT-INR
code-test-aptt = APTT
code-test-d-dimer = Dダイマー
code-test-cbc = 血算(CBC)
code-test-wbc = 白血球数
code-test-rbc = 赤血球数
code-test-hb = ヘモグロビン
code-test-hct = ヘマトクリット
code-test-mcv = MCV
code-test-plt = 血小板数

code-qualitative-negative = 陰性
code-qualitative-positive = 陽性
code-qualitative-indeterminate = 判定保留

code-comparator-eq = =
code-comparator-lt = 未満
code-comparator-le = 以下
code-comparator-gt = 超
code-comparator-ge = 以上

code-abnormality-normal = 基準範囲内
code-abnormality-low = 低値
code-abnormality-high = 高値
code-abnormality-abnormal = 異常(陽性)
code-abnormality-indeterminate = 判定保留
code-abnormality-not-determined = 判定できない

code-imaging-mri = MRI
code-imaging-ct = CT
code-imaging-xray = X線
code-imaging-ultrasound = 超音波
code-imaging-pet = PET
code-imaging-other = その他

## 予定している治療
code-treatment-not-asked = 未確認
code-treatment-stem-cells = 幹細胞
code-treatment-exosomes = エクソソーム
code-treatment-conditioned-medium = 培養上清
code-treatment-immune-cells = 免疫細胞
code-treatment-prp = PRP(多血小板血漿)
code-treatment-other = その他
code-treatment-unknown = 不明

code-origin-not-asked = 未確認
code-origin-unknown = 不明
code-origin-autologous = 自家(本人の細胞)
code-origin-allogeneic = 他家(他人の細胞)
code-origin-non-human = ヒト以外由来

code-tissue-not-asked = 未確認
code-tissue-unknown = 不明
code-tissue-adipose = 脂肪
code-tissue-bone-marrow = 骨髄
code-tissue-umbilical-cord = 臍帯
code-tissue-peripheral-blood = 末梢血
code-tissue-dental-pulp = 歯髄
code-tissue-placenta = 胎盤
code-tissue-skin = 皮膚
code-tissue-other = その他
code-tissue-not-applicable = 該当しない

code-harvest-not-asked = 未確認
code-harvest-none = 採取なし
code-harvest-liposuction = 脂肪吸引
code-harvest-bone-marrow-aspiration = 骨髄穿刺
code-harvest-blood-draw = 採血
code-harvest-skin-biopsy = 皮膚採取
code-harvest-other = その他の採取

code-route-not-asked = 未確認
code-route-iv-drip = 静脈内点滴
code-route-local-injection = 局所注射
code-route-intra-articular = 関節内注射
code-route-intradermal = 皮内注射
code-route-topical = 外用(塗布)
code-route-intrathecal = 髄腔内投与
code-route-other = その他
code-route-unknown = 不明

code-site-unknown = 不明
code-site-domestic = 国内
code-site-overseas = 海外

code-risk-class-not-asked = 未確認
code-risk-class-unknown = 不明
code-risk-class-i = 第一種
code-risk-class-ii = 第二種
code-risk-class-iii = 第三種
code-risk-class-not-applicable = 法の対象外

# 日本再生医療学会「YOKOHAMA宣言2025」(2025年3月19日採択)の用語。
code-registry-not-asked = 未確認
code-registry-unknown = 不明
code-registry-verification-type = 検証型診療(レジストリ登録あり)
code-registry-unverification-type = 無検証診療(レジストリ登録なし)

## 説明と同意
code-topic-what-is-administered = 体内に入れるもの(細胞・エクソソーム・培養上清など)
code-topic-route = 投与方法
code-topic-expected-effect = 期待される効果
code-topic-risks = リスクと副作用
code-topic-alternatives = ほかの治療法
code-topic-processing-facility = 細胞加工施設と品質管理
code-topic-regulatory-status = 法的な位置づけ(提供計画・委員会)
code-topic-costs = 費用
code-topic-may-be-advised-not-to-proceed = 治療を勧めない場合があること
code-topic-right-to-withdraw = いつでも同意を撤回できること
code-topic-emergency-care = 緊急時の対応
code-topic-other = その他

code-teach-back-not-done = 未実施
code-teach-back-confirmed = 患者が自分の言葉で説明できた
code-teach-back-not-understood = 理解が不十分

code-consent-not-asked = 未確認
code-consent-given = 同意あり
code-consent-refused = 同意なし
code-consent-withdrawn = 撤回
