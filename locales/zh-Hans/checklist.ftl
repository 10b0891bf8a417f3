## Safety checklist (kakehashi-checklist). Japanese is the source locale.
## Each item: title (-title), why it matters (-rationale), what resolves it (-resolves).

checklist-error-reference-date = 判定基准日不是有效的日期：“{ $value }”
checklist-error-unwritable = 无法写出检查结果。

## R01 Living cells given intravenously
checklist-r01-iv-living-cells-title = 计划通过静脉滴注把活细胞输入静脉
checklist-r01-iv-living-cells-rationale = 在 2025 年 8 月的死亡病例中，有人指出受损或死亡的细胞可能聚集成团，堵塞了肺部的细小血管。进入静脉的细胞会首先经过肺部。
checklist-r01-iv-living-cells-resolves = 请让医生确认凝血功能检查（D-二聚体、PT-INR、APTT）的结果，以及院内解冻和处理的记录。
checklist-r01-coagulation-tests-missing-title = 凝血功能检查缺失或过旧：{ $test ->
    [d-dimer] D-二聚体
    [pt-inr] PT-INR
   *[aptt] APTT
}
# REVIEW: asking for clotting tests is inferred from the review points of the death (cell clumping, blocked lung vessels); confirm against a society guideline.
checklist-r01-coagulation-tests-missing-rationale = 在把细胞输入静脉之前，需要了解患者血液的凝固情况。
checklist-r01-coagulation-tests-missing-resolves = 请记录最近的{ $test ->
    [d-dimer] D-二聚体
    [pt-inr] PT-INR
   *[aptt] APTT
}检查结果。

## R02 Freezing and thawing
checklist-r02-thaw-not-documented-title = 冷冻保存的细胞将在院内解冻，但没有负责记录处理过程的人
checklist-r02-thaw-not-documented-rationale = 在 2025 年 8 月的死亡病例中，冷冻与解冻的工序以及冷冻保护剂的处理都是调查的重点。
checklist-r02-thaw-not-documented-resolves = 请记录由谁负责记录解冻和给药前的处理，并一并记录操作步骤。
checklist-r02-cryopreservation-not-asked-title = 尚未确认是否冷冻保存以及在哪里解冻
checklist-r02-cryopreservation-not-asked-rationale = 冷冻与解冻会大大影响细胞的状态，也是死亡病例的调查重点。
checklist-r02-cryopreservation-not-asked-resolves = 请向诊所确认细胞是否经过冷冻保存，以及将在哪里解冻。

## R03 Origin
checklist-r03-origin-unknown-or-non-human-title = 制剂来源不明，或并非来自人体
checklist-r03-origin-unknown-or-non-human-rationale = 有报告指出，有些产品不知道是用谁的（或什么的）细胞制成的，有些并非人源，还有些并不含标示的成分。
checklist-r03-origin-unknown-or-non-human-resolves = 在能以书面形式确认来源（自体或同种异体）和原料之前，请不要继续。
checklist-r03-origin-not-asked-title = 尚未确认制剂来源（自体、同种异体等）
checklist-r03-origin-not-asked-rationale = 来源不同，风险和法律上的处理也不同。据报告，明确说明来源的诊所很少。
checklist-r03-origin-not-asked-resolves = 请确认是本人的细胞、他人的细胞，还是非人源。

## R04 Provision plan
# REVIEW: 再生医疗等提供计划 is marked needs-review in the glossary.
checklist-r04-no-provision-plan-title = 没有再生医疗等提供计划的编号
# REVIEW: 再生医疗等提供计划, 认定再生医疗等委员会 and 改善命令 are marked needs-review in the glossary.
checklist-r04-no-provision-plan-rationale = 使用细胞的治疗，必须先经认定委员会审查，并向厚生劳动省提交提供计划后才能实施。曾有诊所未提交计划就进行治疗，被下达了改善命令。
# REVIEW: 计划编号 is marked needs-review in the glossary.
checklist-r04-no-provision-plan-resolves = 请确认提供计划编号，并与厚生劳动省的公开信息进行核对。
# REVIEW: the zh-Hans names of the risk classes are marked needs-review in the glossary.
checklist-r04-risk-class-missing-title = 尚未确认风险分类（第一种至第三种）
checklist-r04-risk-class-missing-rationale = 风险分类不同，负责审查的委员会也不同，医生需要注意的事项也会改变。
# REVIEW: 再生医疗等提供计划 (provision plan) is marked needs-review in the glossary.
checklist-r04-risk-class-missing-resolves = 请记录提供计划中写明的风险分类。
# REVIEW: 认定再生医疗等委员会 is marked needs-review in the glossary.
checklist-r04-committee-missing-title = 尚未确认进行审查的认定再生医疗等委员会
# REVIEW: 再生医疗等提供计划 and 认定再生医疗等委员会 are marked needs-review in the glossary.
checklist-r04-committee-missing-rationale = 提供计划必须经过认定委员会的审查。
# REVIEW: 认定编号 is marked needs-review in the glossary.
checklist-r04-committee-missing-resolves = 请记录委员会的名称和认定编号。

## R05 Exosomes and conditioned medium
checklist-r05-cell-free-product-iv-title = 计划通过静脉滴注把外泌体或干细胞培养上清液输入静脉
checklist-r05-cell-free-product-iv-rationale = 专家指出，把可能含有杂质的这类产品输入静脉是危及生命的危险行为。也有报告称，有人在给药后立即出现意识下降并被急救转运。
checklist-r05-cell-free-product-iv-resolves = 在医生停止或改变静脉给药之前，请不要继续。
# REVIEW: 再生医疗等安全性确保法 is marked needs-review in the glossary.
checklist-r05-outside-asrm-title = 本产品不在再生医疗等安全性确保法的管辖范围内
# REVIEW: 再生医疗等提供计划 (provision plan) is marked needs-review in the glossary.
checklist-r05-outside-asrm-rationale = 外泌体和干细胞培养上清液不含细胞，因此法律上既不需要提交提供计划，也没有委员会审查（厚生劳动省 2024 年 7 月 31 日的提醒通知）。其质量和来源未经官方确认。
checklist-r05-outside-asrm-resolves = 请向诊所确认来源、生产商和成分，并向患者说明这一点。

## R06 Processing facilities
checklist-r06-processing-not-asked-title = 尚未确认细胞制备中心
checklist-r06-processing-not-asked-rationale = 2025 年死亡病例涉及的细胞制备中心，微生物数多次超标却未采取任何措施。细胞在哪里制备直接关系到安全。
checklist-r06-processing-not-asked-resolves = 请记录参与加工、保存和运输的所有设施。
# REVIEW: 设施编号 is marked needs-review in the glossary.
checklist-r06-facility-unidentified-title = 设施编号或所在地（日本国内或海外）不明：{ $site }
# REVIEW: 设施编号 is marked needs-review in the glossary.
checklist-r06-facility-unidentified-rationale = 细胞制备中心须取得许可或进行备案，在厚生劳动省有设施编号。不知道编号就无法核实设施。
# REVIEW: 设施编号 is marked needs-review in the glossary.
checklist-r06-facility-unidentified-resolves = 请确认设施编号，以及是日本国内还是海外的设施。
checklist-r06-overseas-or-several-sites-title = 生产涉及海外设施或多个设施（{ $count } 处）
checklist-r06-overseas-or-several-sites-rationale = 在 2026 年 3 月的死亡病例中，生产分散在日本国内外多个地点。地点越多，责任和质量确认由谁负责就越难看清。
checklist-r06-overseas-or-several-sites-resolves = 请确认各设施的职责，以及给药前由谁进行质量确认。

## R07 Allergies
checklist-r07-allergies-not-asked-title = 尚未询问过敏情况
checklist-r07-allergies-not-asked-rationale = 过敏信息是否准确传达给了医生，是死亡病例所提出的问题之一。“没有问过”不等于“没有”。
checklist-r07-allergies-not-asked-resolves = 请确认有无过敏并记录。确认之前无法生成交接单（如强制放行，将留下记录）。
checklist-r07-allergen-of-concern-title = 可能与治疗有关的过敏：{ $substance }（{ $group ->
    [cryoprotectant] 冷冻保护剂
    [antibiotic] 抗生素
    [animal-protein] 动物源性蛋白
    [local-anaesthetic] 局部麻醉药
   *[contrast-medium] 造影剂
}）
# REVIEW: the links between antibiotics, animal proteins, local anaesthetics, contrast media and the treatment are general knowledge; confirm with a source.
checklist-r07-allergen-of-concern-rationale = { $group ->
    [cryoprotectant] 冷冻过的细胞中可能残留 DMSO 等冷冻保护剂，死亡病例中其处理方式也是调查重点。
    [antibiotic] 细胞培养中有时会使用抗生素，可能残留在制剂中。
    [animal-protein] 细胞的培养和加工有时会使用牛血清等动物来源的成分。
    [local-anaesthetic] 采集脂肪或骨髓以及注射时，常会使用局部麻醉药。
   *[contrast-medium] 影像学检查或影像引导下注射时，可能会使用造影剂。
}
checklist-r07-allergen-of-concern-resolves = 请向医生和诊所确认制剂和操作中是否会用到这种成分。
checklist-r07-anaphylaxis-history-title = 曾发生严重过敏反应：{ $substance }
checklist-r07-anaphylaxis-history-rationale = 过去发生过严重过敏反应的人，在治疗中也可能再次发生。需要有能够立即应对的机制。
checklist-r07-anaphylaxis-history-resolves = 请告知医生，并确认已记录紧急情况下的转送医院。

## R08 Infection screening
checklist-r08-infection-screening-missing-title = 没有感染筛查结果：{ $target ->
    [hepatitis-b] 乙型肝炎（乙型肝炎表面抗原）
    [hepatitis-c] 丙型肝炎（丙型肝炎抗体）
    [hiv] HIV
    [syphilis] 梅毒
   *[htlv-1] HTLV-1
}
checklist-r08-infection-screening-missing-rationale = 治疗前的感染筛查是如何处理的，是死亡病例所提出的问题之一。也曾有因细胞污染而导致严重感染的病例。
checklist-r08-infection-screening-missing-resolves = 请将检查结果对应到列表中的检查项目并记录。
checklist-r08-infection-screening-stale-title = 感染筛查结果过旧：{ $target ->
    [hepatitis-b] 乙型肝炎（乙型肝炎表面抗原）
    [hepatitis-c] 丙型肝炎（丙型肝炎抗体）
    [hiv] HIV
    [syphilis] 梅毒
   *[htlv-1] HTLV-1
}（采样日期 { $date }）
checklist-r08-infection-screening-stale-rationale = 超过 { $days } 天的结果，或不知道采样日期的结果，不能代表目前的状态。
checklist-r08-infection-screening-stale-resolves = 请记录最近的检查结果，或申请重新检查。
checklist-r08-infection-positive-title = 感染筛查结果为{ $result ->
    [positive] 阳性
   *[indeterminate] 不确定
}：{ $target ->
    [hepatitis-b] 乙型肝炎（乙型肝炎表面抗原）
    [hepatitis-c] 丙型肝炎（丙型肝炎抗体）
    [hiv] HIV
    [syphilis] 梅毒
   *[htlv-1] HTLV-1
}
checklist-r08-infection-positive-rationale = 如果有感染，需要由医生判断能否治疗以及如何防控感染。
checklist-r08-infection-positive-resolves = 请把结果告知医生，并记录确认检查和治疗经过。

## R09 Tumour markers
checklist-r09-tumour-markers-missing-title = 没有肿瘤标志物结果
checklist-r09-tumour-markers-missing-rationale = 细胞治疗前如何确认肿瘤标志物，是死亡病例所提出的问题之一（需要 { $days } 天以内的结果）。
checklist-r09-tumour-markers-missing-resolves = 请记录最近的肿瘤标志物结果。
checklist-r09-tumour-marker-abnormal-title = 肿瘤标志物超出参考范围：{ $test ->
    [cea] 癌胚抗原（CEA）
    [afp] 甲胎蛋白（AFP）
    [ca19-9] 糖类抗原19-9（CA19-9）
    [psa] 前列腺特异性抗原（PSA）
    [ca-125] 糖类抗原125（CA125）
   *[other] { $test }
}
# REVIEW: the link between a raised tumour marker and cell therapy is general knowledge; confirm with a source.
checklist-r09-tumour-marker-abnormal-rationale = 需要先由医生判断是否可能有潜在的癌症，再考虑细胞治疗。
checklist-r09-tumour-marker-abnormal-resolves = 请把结果告知医生，由医生判断是否需要进一步检查。

## R10 Anticoagulants and antiplatelets
checklist-r10-antithrombotic-with-procedure-title = 正在服用让血液不易凝固的药物：{ $medication }
# REVIEW: bleeding risk of antithrombotics at harvest and injection is general knowledge; confirm against a perioperative guideline.
checklist-r10-antithrombotic-with-procedure-rationale = 吸脂、骨髓采集和注射时容易出血。但如果自行停药，又有形成血栓的危险。
checklist-r10-antithrombotic-with-procedure-resolves = 请告知医生；是否停药，应由医生与开处方的医生商量后决定。
checklist-r10-antithrombotic-not-assessed-title = 有尚未确认是否会让血液不易凝固的药物：{ $medication }
# REVIEW: as above.
checklist-r10-antithrombotic-not-assessed-rationale = 中药和保健品中也有会使人容易出血的。不知道不等于“没有”。
checklist-r10-antithrombotic-not-assessed-resolves = 请确认药名和成分，并记录它是否属于抗凝药或抗血小板药。

## R11 Medications
checklist-r11-medications-not-asked-title = 尚未询问正在服用的药物
checklist-r11-medications-not-asked-rationale = 用药信息是否准确传达给了医生，是死亡病例所提出的问题之一。
checklist-r11-medications-not-asked-resolves = 请确认正在服用的药物（包括保健品和中药），如果没有，请记录“无（已确认）”。

## R12 Interpreting
checklist-r12-language-not-asked-title = 尚未确认患者的语言和日语能力
checklist-r12-language-not-asked-rationale = 不知道是否需要口译，就无法确认说明是否被理解。
checklist-r12-language-not-asked-resolves = 请记录患者希望使用的语言，以及能否用日语听懂医疗说明。
checklist-r12-no-interpreter-title = 患者难以用日语理解医疗说明，但没有安排口译员
checklist-r12-no-interpreter-rationale = 口译员能否准确说明干细胞治疗，是死亡病例所提出的问题之一。
checklist-r12-no-interpreter-resolves = 请安排医疗口译员并记录。
checklist-r12-interpreter-qualification-title = 未记录口译员的医疗口译资格：{ $name }
checklist-r12-interpreter-qualification-rationale = 口译员能否准确传达医疗内容，直接关系到安全。有时中介机构的工作人员也兼任口译。
checklist-r12-interpreter-qualification-resolves = 请确认并记录口译员的医疗口译资格（名称、编号）。
checklist-r12-interpreter-language-mismatch-title = 口译员的语言与患者的语言不符：{ $name }（患者的语言 { $language }）
checklist-r12-interpreter-language-mismatch-rationale = 如果不能用患者所说的语言进行口译，病史和说明都无法准确传达。
checklist-r12-interpreter-language-mismatch-resolves = 请安排能用患者语言进行医疗口译的口译员，或更正记录。

## R13 Explanation and consent
checklist-r13-explanation-not-recorded-title = 没有说明记录
checklist-r13-explanation-not-recorded-rationale = 患者是否充分理解了治疗说明，是死亡病例所提出的问题之一。
checklist-r13-explanation-not-recorded-resolves = 请记录说明过的项目，以及患者能否用自己的话复述。
# REVIEW: 回授法 (teach-back) is marked needs-review in the glossary.
checklist-r13-teach-back-missing-title = 说明项目 { $number }：{ $state ->
    [not-understood] 理解不充分
   *[not-done] 尚未让患者用自己的话复述（回授法）
}
checklist-r13-teach-back-missing-rationale = 仅凭一句“明白了”无法确认是否真正理解。患者能用自己的话说出来，才算真正传达到了。
checklist-r13-teach-back-missing-resolves = 请再说明一次，并记录患者的原话。
# REVIEW: glossary phrase "may-be-advised-not-to-proceed" is marked needs-review.
checklist-r13-topic-not-explained-title = 缺少必要的说明项目：{ $topic ->
    [what-is-administered] 注入体内的是什么
    [risks] 风险与副作用
   *[may-be-advised-not-to-proceed] 可能会建议不接受治疗
}
checklist-r13-topic-not-explained-rationale = 注入体内的是什么（细胞、外泌体还是干细胞培养上清液）、有哪些风险，以及可能会建议不接受治疗，这些都是患者作出判断的基础。
# REVIEW: 回授法 (teach-back) is marked needs-review in the glossary.
checklist-r13-topic-not-explained-resolves = 请说明此项目，并与回授法的结果一起记录。
# REVIEW: 需特别关注的个人信息 (要配慮個人情報) and the consent-to-share phrase are marked needs-review in the glossary.
checklist-r13-no-consent-to-share-title = 没有向第三方提供需特别关注的个人信息的同意
# REVIEW: 需特别关注的个人信息 (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-share-rationale = 病史等需特别关注的个人信息，没有本人同意就不能提供给第三方（不适用“选择退出”方式）。
checklist-r13-no-consent-to-share-resolves = 请先说明提供对象，取得同意后连同日期一起记录。在此之前无法打印或导出。
# REVIEW: 需特别关注的个人信息 (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-acquire-title = 没有获取需特别关注的个人信息的同意
# REVIEW: 需特别关注的个人信息 (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-acquire-rationale = 获取病史等需特别关注的个人信息，必须事先取得本人同意。
checklist-r13-no-consent-to-acquire-resolves = 请取得同意后连同日期一起记录。在此之前无法打印或导出。

## R14 Emergency care
checklist-r14-emergency-care-missing-title = 未记录紧急情况下的转送医院
# REVIEW: 改善命令 is marked needs-review in the glossary.
checklist-r14-emergency-care-missing-rationale = 治疗中病情突然恶化时，如果没有事先确定送往哪里，应对就会延误。曾有缺乏紧急应对机制的诊所被下达改善命令。
checklist-r14-emergency-care-missing-resolves = 请确认并记录转送医院及其联系方式。
checklist-r14-no-emergency-arrangement-title = 没有紧急情况下的转送医院
# REVIEW: 改善命令 is marked needs-review in the glossary.
checklist-r14-no-emergency-arrangement-rationale = 曾有诊所在没有紧急应对机制的情况下进行治疗而被下达改善命令。病情突变时将无法保护患者。
checklist-r14-no-emergency-arrangement-resolves = 在确定转送医院之前，请不要继续。

## R15 Pregnancy
checklist-r15-pregnancy-unknown-title = 尚未确认是否有妊娠的可能
# REVIEW: no source yet on the safety of these treatments in pregnancy; the age range (10–55) is a convention.
checklist-r15-pregnancy-unknown-rationale = 在妊娠期间接受这些治疗的安全性尚未得到证实。不知道不等于“未妊娠”。
checklist-r15-pregnancy-unknown-resolves = 请确认是否有妊娠的可能；如不适用，也请记录。
checklist-r15-pregnant-or-possibly-title = 妊娠中或有妊娠的可能
# REVIEW: as above.
checklist-r15-pregnant-or-possibly-rationale = 在妊娠期间接受这些治疗的安全性尚未得到证实。
checklist-r15-pregnant-or-possibly-resolves = 请告知医生，由医生判断能否进行治疗。

## R16 Verification-type care
# REVIEW: the glossary marks 无验证诊疗 needs-review for zh-Hans.
checklist-r16-unverification-type-title = 属于无验证诊疗（未在登记系统中收集数据）
# REVIEW: the glossary marks 验证型诊疗 and 无验证诊疗 needs-review for zh-Hans.
checklist-r16-unverification-type-rationale = 日本再生医疗学会在“横滨宣言2025”中，把在独立的登记系统中收集数据、验证安全性和有效性的“验证型诊疗”与其他的“无验证诊疗”区分开来，并提出了抑制后者的方针。
checklist-r16-unverification-type-resolves = 这是供医生参考的信息。也请向患者说明。

## R17 What goes in, and how
checklist-r17-product-not-asked-title = 尚未确认注入体内的是什么（治疗类型）
checklist-r17-product-not-asked-rationale = 是细胞本身、外泌体，还是干细胞培养上清液？注入体内的东西不同，风险和需要确认的事项也不同。
checklist-r17-product-not-asked-resolves = 请向诊所确认治疗类型并记录。
checklist-r17-product-unknown-title = 不知道注入体内的是什么
checklist-r17-product-unknown-rationale = 不知道注入什么的治疗，无法评估风险。
checklist-r17-product-unknown-resolves = 在能以书面形式确认制剂内容之前，请不要继续。
checklist-r17-route-not-stated-title = 尚未确认给药途径
checklist-r17-route-not-stated-rationale = 死亡病例都是通过静脉滴注进行的静脉给药。给药途径不同，需要注意的事项也大不相同。
checklist-r17-route-not-stated-resolves = 请确认给药途径（静脉滴注、局部注射、关节腔内等）并记录。

## R18 Referral
checklist-r18-referral-not-asked-title = 尚未确认介绍来源（经谁介绍而来）
checklist-r18-referral-not-asked-rationale = 是什么样的组织把外国患者介绍到诊所的，是死亡病例所提出的问题之一。
checklist-r18-referral-not-asked-resolves = 请记录进行介绍的中介机构、医疗机构或个人。

## Plain-text report (CLI)
checklist-report-heading = 安全检查：记录 { $record }（基准日 { $date }）— 停止 { $stop }，未填写 { $missing }，需注意 { $attention }，参考 { $note }
# REVIEW: 需特别关注的个人信息 (要配慮個人情報) is marked needs-review in the glossary.
checklist-report-blocks-print = 没有关于需特别关注的个人信息的同意，因此无法打印或导出。
checklist-report-blocks-handoff = 在问题解决或进行留有记录的强制放行之前，无法生成交接单。
checklist-report-resolves = 解决方法：{ $text }
checklist-report-fields = 相关项目：{ $fields }
checklist-report-source = 出处：{ $source }
checklist-severity-stop = 停止
checklist-severity-missing = 未填写
checklist-severity-attention = 需注意
checklist-severity-note = 参考
