## Safety checklist (kakehashi-checklist). Japanese is the source locale.
## Each item: title (-title), why it matters (-rationale), what resolves it (-resolves).

checklist-error-reference-date = 判定基準日不是有效的日期：「{ $value }」
checklist-error-unwritable = 無法寫出檢查結果。

## R01 Living cells given intravenously
checklist-r01-iv-living-cells-title = 預定以靜脈滴注將活細胞注入靜脈
checklist-r01-iv-living-cells-rationale = 在 2025 年 8 月的死亡案例中，有人指出受損或死亡的細胞可能凝聚成團，堵塞了肺部的細小血管。進入靜脈的細胞會先通過肺部。
checklist-r01-iv-living-cells-resolves = 請讓醫師確認凝血功能檢查（D-二聚體、PT-INR、APTT）的結果，以及院內解凍與處理的紀錄。
checklist-r01-coagulation-tests-missing-title = 凝血功能檢查缺少或過舊：{ $test ->
    [d-dimer] D-二聚體
    [pt-inr] PT-INR
   *[aptt] APTT
}
# REVIEW: asking for clotting tests is inferred from the review points of the death (cell clumping, blocked lung vessels); confirm against a society guideline.
checklist-r01-coagulation-tests-missing-rationale = 將細胞注入靜脈之前，需要先了解血液凝固的情況。
checklist-r01-coagulation-tests-missing-resolves = 請記錄最近的{ $test ->
    [d-dimer] D-二聚體
    [pt-inr] PT-INR
   *[aptt] APTT
}檢查結果。

## R02 Freezing and thawing
checklist-r02-thaw-not-documented-title = 冷凍保存的細胞將在院內解凍，但沒有負責記錄處理過程的人
checklist-r02-thaw-not-documented-rationale = 在 2025 年 8 月的死亡案例中，冷凍與解凍的步驟以及冷凍保護劑的處理都是檢討的重點。
checklist-r02-thaw-not-documented-resolves = 請記錄由誰負責記錄解凍及給藥前的處理，並一併記錄作業程序。
checklist-r02-cryopreservation-not-asked-title = 尚未確認是否冷凍保存及在哪裡解凍
checklist-r02-cryopreservation-not-asked-rationale = 冷凍與解凍會大幅影響細胞的狀態，也是死亡案例的檢討重點。
checklist-r02-cryopreservation-not-asked-resolves = 請向診所確認細胞是否經過冷凍保存，以及會在哪裡解凍。

## R03 Origin
checklist-r03-origin-unknown-or-non-human-title = 製劑來源不明，或並非人類來源
checklist-r03-origin-unknown-or-non-human-rationale = 有報告指出，有些產品不知道是用誰的（或什麼的）細胞製成，有些並非人類來源，也有些並不含標示的成分。
checklist-r03-origin-unknown-or-non-human-resolves = 在能以書面確認來源（自體或同種異體）與原料之前，請不要繼續進行。
checklist-r03-origin-not-asked-title = 尚未確認製劑來源（自體、同種異體等）
checklist-r03-origin-not-asked-rationale = 來源不同，風險與法律上的處理方式也不同。據報告，清楚說明來源的診所很少。
checklist-r03-origin-not-asked-resolves = 請確認是本人的細胞、他人的細胞，還是非人類來源。

## R04 Provision plan
# REVIEW: 再生醫療等提供計畫 is marked needs-review in the glossary.
checklist-r04-no-provision-plan-title = 沒有再生醫療等提供計畫的編號
# REVIEW: 再生醫療等提供計畫, 認定再生醫療等委員會 and 改善命令 are marked needs-review in the glossary.
checklist-r04-no-provision-plan-rationale = 使用細胞的治療，必須先經認定委員會審查，並向厚生勞動省提出提供計畫後才能進行。曾有診所未提出計畫就進行治療，而被下達改善命令。
# REVIEW: 計畫編號 is marked needs-review in the glossary.
checklist-r04-no-provision-plan-resolves = 請確認提供計畫編號，並與厚生勞動省的公開資訊核對。
# REVIEW: the zh-Hant names of the risk classes are marked needs-review in the glossary.
checklist-r04-risk-class-missing-title = 尚未確認風險分類（第一種至第三種）
checklist-r04-risk-class-missing-rationale = 風險分類不同，負責審查的委員會也不同，醫師需要注意的事項也會改變。
# REVIEW: 再生醫療等提供計畫 (provision plan) is marked needs-review in the glossary.
checklist-r04-risk-class-missing-resolves = 請記錄提供計畫中所載的風險分類。
# REVIEW: 認定再生醫療等委員會 is marked needs-review in the glossary.
checklist-r04-committee-missing-title = 尚未確認進行審查的認定再生醫療等委員會
# REVIEW: 再生醫療等提供計畫 and 認定再生醫療等委員會 are marked needs-review in the glossary.
checklist-r04-committee-missing-rationale = 提供計畫必須經過認定委員會的審查。
# REVIEW: 認定編號 is marked needs-review in the glossary.
checklist-r04-committee-missing-resolves = 請記錄委員會的名稱與認定編號。

## R05 Exosomes and conditioned medium
checklist-r05-cell-free-product-iv-title = 預定以靜脈滴注將外泌體或幹細胞培養上清液注入靜脈
checklist-r05-cell-free-product-iv-rationale = 專家指出，將可能含有雜質的這類產品注入靜脈是危及生命的危險行為。也有報告指出，有人在給藥後立即意識下降而被緊急送醫。
checklist-r05-cell-free-product-iv-resolves = 在醫師停止或變更靜脈給藥之前，請不要繼續進行。
# REVIEW: 再生醫療等安全性確保法 is marked needs-review in the glossary.
checklist-r05-outside-asrm-title = 這項產品不在再生醫療等安全性確保法的規範範圍內
# REVIEW: 再生醫療等提供計畫 (provision plan) is marked needs-review in the glossary.
checklist-r05-outside-asrm-rationale = 外泌體和幹細胞培養上清液不含細胞，因此法律上既不需要提出提供計畫，也沒有委員會審查（厚生勞動省 2024 年 7 月 31 日的提醒通知）。其品質與來源都未經官方確認。
checklist-r05-outside-asrm-resolves = 請向診所確認來源、製造商與成分，並向病人說明這一點。

## R06 Processing facilities
checklist-r06-processing-not-asked-title = 尚未確認細胞製備場所
checklist-r06-processing-not-asked-rationale = 2025 年死亡案例所涉及的細胞製備場所，微生物數一再超標卻未採取任何處理。細胞在哪裡製造直接關係到安全。
checklist-r06-processing-not-asked-resolves = 請記錄參與加工、保存與運送的所有設施。
# REVIEW: 設施編號 is marked needs-review in the glossary.
checklist-r06-facility-unidentified-title = 設施編號或所在地（日本國內或海外）不明：{ $site }
# REVIEW: 設施編號 is marked needs-review in the glossary.
checklist-r06-facility-unidentified-rationale = 細胞製備場所須取得許可或辦理申報，在厚生勞動省有設施編號。不知道編號就無法確認設施。
# REVIEW: 設施編號 is marked needs-review in the glossary.
checklist-r06-facility-unidentified-resolves = 請確認設施編號，以及是日本國內還是海外的設施。
checklist-r06-overseas-or-several-sites-title = 製造涉及海外設施或多個設施（{ $count } 處）
checklist-r06-overseas-or-several-sites-rationale = 在 2026 年 3 月的死亡案例中，製造分散在日本國內外多個據點。據點越多，責任與品質確認由誰負責就越難看清楚。
checklist-r06-overseas-or-several-sites-resolves = 請確認各設施的角色，以及給藥前由誰進行品質確認。

## R07 Allergies
checklist-r07-allergies-not-asked-title = 尚未詢問過敏
checklist-r07-allergies-not-asked-rationale = 過敏資訊是否正確傳達給醫師，是死亡案例所提出的問題之一。「沒有問」不等於「沒有」。
checklist-r07-allergies-not-asked-resolves = 請確認有無過敏並記錄。確認之前無法製作交接單（若強制放行，會留下紀錄）。
checklist-r07-allergen-of-concern-title = 可能與治療有關的過敏：{ $substance }（{ $group ->
    [cryoprotectant] 冷凍保護劑
    [antibiotic] 抗生素
    [animal-protein] 動物來源蛋白質
    [local-anaesthetic] 局部麻醉劑
   *[contrast-medium] 顯影劑
}）
# REVIEW: the links between antibiotics, animal proteins, local anaesthetics, contrast media and the treatment are general knowledge; confirm with a source.
checklist-r07-allergen-of-concern-rationale = { $group ->
    [cryoprotectant] 冷凍過的細胞中可能殘留 DMSO 等冷凍保護劑，死亡案例中其處理方式也是檢討重點。
    [antibiotic] 細胞培養時有時會使用抗生素，可能殘留在製劑中。
    [animal-protein] 細胞的培養與加工有時會使用牛血清等動物來源的成分。
    [local-anaesthetic] 採集脂肪或骨髓以及注射時，常會使用局部麻醉劑。
   *[contrast-medium] 影像檢查或影像導引下注射時，可能會使用顯影劑。
}
checklist-r07-allergen-of-concern-resolves = 請向醫師和診所確認製劑與處置中是否會用到這種成分。
checklist-r07-anaphylaxis-history-title = 曾發生全身性過敏反應：{ $substance }
checklist-r07-anaphylaxis-history-rationale = 過去曾發生嚴重過敏反應的人，在治療中也可能再次發生。需要有能立即應變的機制。
checklist-r07-anaphylaxis-history-resolves = 請告知醫師，並確認已記錄緊急時的後送醫院。

## R08 Infection screening
checklist-r08-infection-screening-missing-title = 沒有感染篩檢結果：{ $target ->
    [hepatitis-b] B型肝炎（B型肝炎表面抗原）
    [hepatitis-c] C型肝炎（C型肝炎抗體）
    [hiv] HIV
    [syphilis] 梅毒
   *[htlv-1] HTLV-1
}
checklist-r08-infection-screening-missing-rationale = 治療前的感染篩檢如何處理，是死亡案例所提出的問題之一。也曾有因細胞汙染而造成嚴重感染的案例。
checklist-r08-infection-screening-missing-resolves = 請將檢查結果對應到清單中的檢查項目並記錄。
checklist-r08-infection-screening-stale-title = 感染篩檢結果過舊：{ $target ->
    [hepatitis-b] B型肝炎（B型肝炎表面抗原）
    [hepatitis-c] C型肝炎（C型肝炎抗體）
    [hiv] HIV
    [syphilis] 梅毒
   *[htlv-1] HTLV-1
}（採檢日期 { $date }）
checklist-r08-infection-screening-stale-rationale = 超過 { $days } 天的結果，或不知道採檢日期的結果，不能代表目前的狀態。
checklist-r08-infection-screening-stale-resolves = 請記錄最近的檢查結果，或申請重新檢查。
checklist-r08-infection-positive-title = 感染篩檢結果為{ $result ->
    [positive] 陽性
   *[indeterminate] 不確定
}：{ $target ->
    [hepatitis-b] B型肝炎（B型肝炎表面抗原）
    [hepatitis-c] C型肝炎（C型肝炎抗體）
    [hiv] HIV
    [syphilis] 梅毒
   *[htlv-1] HTLV-1
}
checklist-r08-infection-positive-rationale = 如果有感染，需要由醫師判斷可否治療以及如何進行感染管制。
checklist-r08-infection-positive-resolves = 請將結果告知醫師，並記錄確認檢查與治療經過。

## R09 Tumour markers
checklist-r09-tumour-markers-missing-title = 沒有腫瘤標記結果
checklist-r09-tumour-markers-missing-rationale = 細胞治療前如何確認腫瘤標記，是死亡案例所提出的問題之一（需要 { $days } 天以內的結果）。
checklist-r09-tumour-markers-missing-resolves = 請記錄最近的腫瘤標記結果。
checklist-r09-tumour-marker-abnormal-title = 腫瘤標記超出參考範圍：{ $test ->
    [cea] 癌胚抗原（CEA）
    [afp] 甲型胎兒蛋白（AFP）
    [ca19-9] 醣類抗原19-9（CA19-9）
    [psa] 攝護腺特異抗原（PSA）
    [ca-125] 癌抗原125（CA125）
   *[other] { $test }
}
# REVIEW: the link between a raised tumour marker and cell therapy is general knowledge; confirm with a source.
checklist-r09-tumour-marker-abnormal-rationale = 需要先由醫師判斷是否可能有潛藏的癌症，再考慮細胞治療。
checklist-r09-tumour-marker-abnormal-resolves = 請將結果告知醫師，由醫師判斷是否需要進一步檢查。

## R10 Anticoagulants and antiplatelets
checklist-r10-antithrombotic-with-procedure-title = 正在服用讓血液不易凝固的藥物：{ $medication }
# REVIEW: bleeding risk of antithrombotics at harvest and injection is general knowledge; confirm against a perioperative guideline.
checklist-r10-antithrombotic-with-procedure-rationale = 抽脂、骨髓採集與注射時容易出血。但若自行停藥，又有形成血栓的危險。
checklist-r10-antithrombotic-with-procedure-resolves = 請告知醫師；是否停藥，應由醫師與開立處方的醫師討論後決定。
checklist-r10-antithrombotic-not-assessed-title = 有尚未確認是否會讓血液不易凝固的藥物：{ $medication }
# REVIEW: as above.
checklist-r10-antithrombotic-not-assessed-rationale = 中藥和保健食品中也有會讓人容易出血的。不知道不等於「沒有」。
checklist-r10-antithrombotic-not-assessed-resolves = 請確認藥名與成分，並記錄是否屬於抗凝血劑或抗血小板藥物。

## R11 Medications
checklist-r11-medications-not-asked-title = 尚未詢問目前使用的藥物
checklist-r11-medications-not-asked-rationale = 用藥資訊是否正確傳達給醫師，是死亡案例所提出的問題之一。
checklist-r11-medications-not-asked-resolves = 請確認目前使用的藥物（包括保健食品與中藥），如果沒有，請記錄「無（已確認）」。

## R12 Interpreting
checklist-r12-language-not-asked-title = 尚未確認病人的語言與日語能力
checklist-r12-language-not-asked-rationale = 不知道是否需要口譯，就無法確認說明是否有傳達到。
checklist-r12-language-not-asked-resolves = 請記錄病人希望使用的語言，以及能否以日語理解醫療說明。
checklist-r12-no-interpreter-title = 病人難以用日語理解醫療說明，卻沒有口譯員
checklist-r12-no-interpreter-rationale = 口譯員能否正確說明幹細胞治療，是死亡案例所提出的問題之一。
checklist-r12-no-interpreter-resolves = 請安排醫療口譯員並記錄。
checklist-r12-interpreter-qualification-title = 未記錄口譯員的醫療口譯資格：{ $name }
checklist-r12-interpreter-qualification-rationale = 口譯員能否正確傳達醫療內容，直接關係到安全。有時仲介業者的員工也會兼任口譯。
checklist-r12-interpreter-qualification-resolves = 請確認並記錄口譯員的醫療口譯資格（名稱、編號）。
checklist-r12-interpreter-language-mismatch-title = 口譯員的語言與病人的語言不符：{ $name }（病人的語言 { $language }）
checklist-r12-interpreter-language-mismatch-rationale = 如果無法以病人所說的語言進行口譯，病史和說明都無法正確傳達。
checklist-r12-interpreter-language-mismatch-resolves = 請安排能以病人語言進行醫療口譯的口譯員，或更正紀錄。

## R13 Explanation and consent
checklist-r13-explanation-not-recorded-title = 沒有說明紀錄
checklist-r13-explanation-not-recorded-rationale = 病人是否充分理解治療說明，是死亡案例所提出的問題之一。
checklist-r13-explanation-not-recorded-resolves = 請記錄說明過的項目，以及病人能否用自己的話重述。
# REVIEW: 回授法 (teach-back) is marked needs-review in the glossary.
checklist-r13-teach-back-missing-title = 說明項目 { $number }：{ $state ->
    [not-understood] 理解不足
   *[not-done] 尚未請病人用自己的話重述（回授法）
}
checklist-r13-teach-back-missing-rationale = 只憑一句「我懂了」無法確認是否理解。病人能用自己的話說出來，才算真正傳達到。
checklist-r13-teach-back-missing-resolves = 請再說明一次，並記錄病人的原話。
# REVIEW: glossary phrase "may-be-advised-not-to-proceed" is marked needs-review.
checklist-r13-topic-not-explained-title = 缺少必要的說明項目：{ $topic ->
    [what-is-administered] 注入體內的是什麼
    [risks] 風險與副作用
   *[may-be-advised-not-to-proceed] 可能會建議不要接受治療
}
checklist-r13-topic-not-explained-rationale = 注入體內的是什麼（細胞、外泌體還是幹細胞培養上清液）、有哪些風險，以及可能會建議不要接受治療，這些都是病人做判斷的基礎。
# REVIEW: 回授法 (teach-back) is marked needs-review in the glossary.
checklist-r13-topic-not-explained-resolves = 請說明這個項目，並與回授法的結果一起記錄。
# REVIEW: 需特別注意之個人資料 (要配慮個人情報) and the consent-to-share phrase are marked needs-review in the glossary.
checklist-r13-no-consent-to-share-title = 沒有將需特別注意之個人資料提供給第三方的同意
# REVIEW: 需特別注意之個人資料 (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-share-rationale = 病史等需特別注意之個人資料，沒有本人同意就不能提供給第三方（不適用「選擇退出」方式）。
checklist-r13-no-consent-to-share-resolves = 請先說明提供對象，取得同意後連同日期一起記錄。在此之前無法列印或匯出。
# REVIEW: 需特別注意之個人資料 (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-acquire-title = 沒有蒐集需特別注意之個人資料的同意
# REVIEW: 需特別注意之個人資料 (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-acquire-rationale = 蒐集病史等需特別注意之個人資料，必須事先取得本人同意。
checklist-r13-no-consent-to-acquire-resolves = 請取得同意後連同日期一起記錄。在此之前無法列印或匯出。

## R14 Emergency care
checklist-r14-emergency-care-missing-title = 未記錄緊急時的後送醫院
# REVIEW: 改善命令 is marked needs-review in the glossary.
checklist-r14-emergency-care-missing-rationale = 治療中病情突然惡化時，如果沒有事先決定送往哪裡，應變就會延誤。曾有缺乏緊急應變機制的診所被下達改善命令。
checklist-r14-emergency-care-missing-resolves = 請確認並記錄後送醫院及其聯絡方式。
checklist-r14-no-emergency-arrangement-title = 沒有緊急時的後送醫院
# REVIEW: 改善命令 is marked needs-review in the glossary.
checklist-r14-no-emergency-arrangement-rationale = 曾有診所在沒有緊急應變機制的情況下進行治療，而被下達改善命令。病情突然變化時將無法保護病人。
checklist-r14-no-emergency-arrangement-resolves = 在決定後送醫院之前，請不要繼續進行。

## R15 Pregnancy
checklist-r15-pregnancy-unknown-title = 尚未確認是否可能懷孕
# REVIEW: no source yet on the safety of these treatments in pregnancy; the age range (10–55) is a convention.
checklist-r15-pregnancy-unknown-rationale = 懷孕期間接受這些治療的安全性尚未確立。不知道不等於「未懷孕」。
checklist-r15-pregnancy-unknown-resolves = 請確認是否可能懷孕；如果不適用，也請記錄。
checklist-r15-pregnant-or-possibly-title = 懷孕中或可能懷孕
# REVIEW: as above.
checklist-r15-pregnant-or-possibly-rationale = 懷孕期間接受這些治療的安全性尚未確立。
checklist-r15-pregnant-or-possibly-resolves = 請告知醫師，由醫師判斷可否進行治療。

## R16 Verification-type care
# REVIEW: the glossary marks 無驗證診療 needs-review for zh-Hant.
checklist-r16-unverification-type-title = 屬於無驗證診療（未在登錄系統中收集資料）
# REVIEW: the glossary marks 驗證型診療 and 無驗證診療 needs-review for zh-Hant.
checklist-r16-unverification-type-rationale = 日本再生醫療學會在「橫濱宣言2025」中，將在獨立登錄系統中收集資料、驗證安全性與有效性的「驗證型診療」，與其他的「無驗證診療」加以區分，並提出抑制後者的方針。
checklist-r16-unverification-type-resolves = 這是供醫師參考的資訊。也請向病人說明。

## R17 What goes in, and how
checklist-r17-product-not-asked-title = 尚未確認注入體內的是什麼（治療種類）
checklist-r17-product-not-asked-rationale = 是細胞本身、外泌體，還是幹細胞培養上清液？注入體內的東西不同，風險與需要確認的事項也不同。
checklist-r17-product-not-asked-resolves = 請向診所確認治療種類並記錄。
checklist-r17-product-unknown-title = 不知道注入體內的是什麼
checklist-r17-product-unknown-rationale = 不知道要注入什麼的治療，無法評估風險。
checklist-r17-product-unknown-resolves = 在能以書面確認製劑內容之前，請不要繼續進行。
checklist-r17-route-not-stated-title = 尚未確認給藥途徑
checklist-r17-route-not-stated-rationale = 死亡案例都是以靜脈滴注進行的靜脈給藥。給藥途徑不同，需要注意的事項也大不相同。
checklist-r17-route-not-stated-resolves = 請確認給藥途徑（靜脈滴注、局部注射、關節內等）並記錄。

## R18 Referral
checklist-r18-referral-not-asked-title = 尚未確認轉介來源（經由誰介紹而來）
checklist-r18-referral-not-asked-rationale = 是什麼樣的組織將外國病人介紹到診所，是死亡案例所提出的問題之一。
checklist-r18-referral-not-asked-resolves = 請記錄進行介紹的仲介業者、醫療機構或個人。

## Plain-text report (CLI)
checklist-report-heading = 安全檢查：紀錄 { $record }（基準日 { $date }）— 停止 { $stop }，未填寫 { $missing }，需注意 { $attention }，參考 { $note }
# REVIEW: 需特別注意之個人資料 (要配慮個人情報) is marked needs-review in the glossary.
checklist-report-blocks-print = 沒有需特別注意之個人資料的同意，因此無法列印或匯出。
checklist-report-blocks-handoff = 在問題解決或進行會留下紀錄的強制放行之前，無法製作交接單。
checklist-report-resolves = 解決方法：{ $text }
checklist-report-fields = 相關項目：{ $fields }
checklist-report-source = 出處：{ $source }
checklist-severity-stop = 停止
checklist-severity-missing = 未填寫
checklist-severity-attention = 需注意
checklist-severity-note = 參考
