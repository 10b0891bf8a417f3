## Safety checklist (kakehashi-checklist). Japanese is the source locale.
## Each item: title (-title), why it matters (-rationale), what resolves it (-resolves).

checklist-error-reference-date = 판정 기준일이 올바른 날짜가 아닙니다: "{ $value }"
checklist-error-unwritable = 점검 결과를 내보낼 수 없었습니다.

## R01 Living cells given intravenously
# REVIEW: the glossary marks the Korean term for IV drip (정맥 점적 주입) needs-review.
checklist-r01-iv-living-cells-title = 살아 있는 세포를 정맥 점적 주입으로 정맥에 넣을 계획입니다
checklist-r01-iv-living-cells-rationale = 2025년 8월 사망 사례에서는 손상되거나 죽은 세포가 뭉쳐 폐의 가는 혈관을 막았을 가능성이 지적되었습니다. 정맥에 들어간 세포는 먼저 폐를 지나갑니다.
checklist-r01-iv-living-cells-resolves = 응고검사(D-이합체, PT-INR, APTT) 결과와 원내 해동·취급 기록을 의사가 확인하도록 해 주세요.
checklist-r01-coagulation-tests-missing-title = 응고검사가 없거나 오래되었습니다: { $test ->
    [d-dimer] D-이합체
    [pt-inr] PT-INR
   *[aptt] APTT
}
# REVIEW: asking for clotting tests is inferred from the review points of the death (cell clumping, blocked lung vessels); confirm against a society guideline.
checklist-r01-coagulation-tests-missing-rationale = 세포를 정맥에 넣기 전에 피가 얼마나 잘 굳는지 알아 둘 필요가 있습니다.
checklist-r01-coagulation-tests-missing-resolves = { $test ->
    [d-dimer] D-이합체
    [pt-inr] PT-INR
   *[aptt] APTT
}의 최근 결과를 기록해 주세요.

## R02 Freezing and thawing
checklist-r02-thaw-not-documented-title = 동결보존한 세포를 원내에서 해동하지만, 취급 과정을 기록할 사람이 없습니다
checklist-r02-thaw-not-documented-rationale = 2025년 8월 사망 사례에서는 동결과 해동 공정, 그리고 동결보호제의 취급이 검토 대상이 되었습니다.
checklist-r02-thaw-not-documented-resolves = 해동과 투여 전 취급을 누가 기록하는지 절차와 함께 기록해 주세요.
checklist-r02-cryopreservation-not-asked-title = 동결보존 여부와 해동 장소를 확인하지 않았습니다
checklist-r02-cryopreservation-not-asked-rationale = 동결과 해동은 세포의 상태를 크게 좌우하며, 사망 사례에서도 검토 대상이 되었습니다.
checklist-r02-cryopreservation-not-asked-resolves = 세포가 동결보존되어 있는지, 어디에서 해동하는지 클리닉에 확인해 주세요.

## R03 Origin
checklist-r03-origin-unknown-or-non-human-title = 제제의 유래가 불명이거나 인체 이외입니다
checklist-r03-origin-unknown-or-non-human-rationale = 누구의(무엇의) 세포로 만들었는지 알 수 없는 제품, 인체 유래가 아닌 제품, 표시된 성분이 들어 있지 않은 제품이 있다고 보고되어 있습니다.
checklist-r03-origin-unknown-or-non-human-resolves = 유래(자가·동종)와 원료를 서면으로 확인할 수 있을 때까지 진행하지 마세요.
checklist-r03-origin-not-asked-title = 제제의 유래(자가·동종 등)를 확인하지 않았습니다
checklist-r03-origin-not-asked-rationale = 유래에 따라 위험성도 법적 취급도 달라집니다. 유래를 분명히 밝히는 클리닉은 적다고 보고되어 있습니다.
checklist-r03-origin-not-asked-resolves = 본인의 세포인지, 타인의 세포인지, 인체 이외 유래인지 확인해 주세요.

## R04 Provision plan
# REVIEW: 재생의료 등 제공계획 is marked needs-review in the glossary.
checklist-r04-no-provision-plan-title = 재생의료 등 제공계획의 번호가 없습니다
# REVIEW: 재생의료 등 제공계획, 인정 재생의료등위원회 and 개선명령 are marked needs-review in the glossary.
checklist-r04-no-provision-plan-rationale = 세포를 사용하는 치료는 인정위원회의 심사를 거친 제공계획을 후생노동성에 제출한 뒤에야 할 수 있습니다. 계획을 제출하지 않고 치료한 클리닉에는 개선명령이 내려졌습니다.
# REVIEW: 계획번호 is marked needs-review in the glossary.
checklist-r04-no-provision-plan-resolves = 제공계획의 계획번호를 확인하고 후생노동성의 공개 정보와 대조해 주세요.
# REVIEW: the Korean names of the risk classes are marked needs-review in the glossary.
checklist-r04-risk-class-missing-title = 위험도 분류(제1종~제3종)를 확인하지 않았습니다
checklist-r04-risk-class-missing-rationale = 위험도 분류에 따라 심사하는 위원회가 다르고, 의사가 주의해야 할 점도 달라집니다.
# REVIEW: 재생의료 등 제공계획 (provision plan) is marked needs-review in the glossary.
checklist-r04-risk-class-missing-resolves = 제공계획에 기재된 위험도 분류를 기록해 주세요.
# REVIEW: 인정 재생의료등위원회 is marked needs-review in the glossary.
checklist-r04-committee-missing-title = 심사한 인정 재생의료등위원회를 확인하지 않았습니다
# REVIEW: 재생의료 등 제공계획 and 인정 재생의료등위원회 are marked needs-review in the glossary.
checklist-r04-committee-missing-rationale = 제공계획은 인정위원회의 심사를 받아야 합니다.
# REVIEW: 인정번호 is marked needs-review in the glossary.
checklist-r04-committee-missing-resolves = 위원회의 명칭과 인정번호를 기록해 주세요.

## R05 Exosomes and conditioned medium
# REVIEW: the glossary marks the Korean term for IV drip (정맥 점적 주입) needs-review.
checklist-r05-cell-free-product-iv-title = 엑소좀 또는 줄기세포 배양액을 정맥 점적 주입으로 정맥에 넣을 계획입니다
checklist-r05-cell-free-product-iv-rationale = 전문가들은 불순물이 들어 있을 수 있는 이러한 제품을 정맥에 넣는 것은 생명을 위협하는 위험한 행위라고 말합니다. 투여 직후 의식이 저하되어 응급 이송된 사례도 보고되어 있습니다.
checklist-r05-cell-free-product-iv-resolves = 의사가 정맥내 투여를 중지하거나 변경할 때까지 진행하지 마세요.
# REVIEW: the glossary's Korean name of the Act (재생의료 등의 안전성 확보 등에 관한 법률) is marked needs-review.
checklist-r05-outside-asrm-title = 이 제품은 재생의료 등의 안전성 확보 등에 관한 법률의 적용 대상이 아닙니다
# REVIEW: 재생의료 등 제공계획 (provision plan) is marked needs-review in the glossary.
checklist-r05-outside-asrm-rationale = 엑소좀이나 줄기세포 배양액은 세포를 포함하지 않기 때문에 법에 따른 제공계획 제출도 위원회 심사도 없습니다(후생노동성 2024년 7월 31일 주의 환기). 품질과 유래가 공적으로 확인되지 않았습니다.
checklist-r05-outside-asrm-resolves = 유래, 제조사, 성분을 클리닉에 확인하고 환자에게도 이 점을 설명해 주세요.

## R06 Processing facilities
checklist-r06-processing-not-asked-title = 세포처리시설을 확인하지 않았습니다
checklist-r06-processing-not-asked-rationale = 2025년 사망 사례의 세포처리시설에서는 미생물 기준 초과가 반복되었는데도 아무 조치가 없었습니다. 어디에서 만들었는지는 안전과 직결됩니다.
checklist-r06-processing-not-asked-resolves = 가공·보관·운송에 관여하는 모든 시설을 기록해 주세요.
# REVIEW: 시설번호 is marked needs-review in the glossary.
checklist-r06-facility-unidentified-title = 시설번호 또는 소재지(국내·해외)를 알 수 없습니다: { $site }
# REVIEW: 시설번호 is marked needs-review in the glossary.
checklist-r06-facility-unidentified-rationale = 세포처리시설은 허가 또는 신고가 필요하며 후생노동성에 시설번호가 있습니다. 번호를 모르면 시설을 확인할 수 없습니다.
# REVIEW: 시설번호 is marked needs-review in the glossary.
checklist-r06-facility-unidentified-resolves = 시설번호와 일본 국내·해외 여부를 확인해 주세요.
checklist-r06-overseas-or-several-sites-title = 제조에 해외 시설 또는 여러 시설이 관여합니다({ $count }곳)
checklist-r06-overseas-or-several-sites-rationale = 2026년 3월 사망 사례에서는 제조가 국내외 여러 거점에 걸쳐 있었습니다. 거점이 늘어날수록 책임과 품질 확인을 누가 하는지 알기 어려워집니다.
checklist-r06-overseas-or-several-sites-resolves = 각 시설의 역할과 투여 전 품질 확인을 누가 하는지 확인해 주세요.

## R07 Allergies
checklist-r07-allergies-not-asked-title = 알레르기를 확인하지 않았습니다
checklist-r07-allergies-not-asked-rationale = 알레르기가 의사에게 정확히 전달되었는지는 사망 사례에서 제기된 문제 중 하나입니다. "묻지 않았다"는 "없다"가 아닙니다.
checklist-r07-allergies-not-asked-resolves = 알레르기 유무를 확인하고 기록해 주세요. 확인할 때까지 인계서를 만들 수 없습니다(무시하고 진행하면 기록이 남습니다).
checklist-r07-allergen-of-concern-title = 치료와 관련될 수 있는 알레르기: { $substance }({ $group ->
    [cryoprotectant] 동결보호제
    [antibiotic] 항생제
    [animal-protein] 동물 유래 단백질
    [local-anaesthetic] 국소마취제
   *[contrast-medium] 조영제
})
# REVIEW: the links between antibiotics, animal proteins, local anaesthetics, contrast media and the treatment are general knowledge; confirm with a source.
checklist-r07-allergen-of-concern-rationale = { $group ->
    [cryoprotectant] 동결한 세포에는 DMSO 등의 동결보호제가 남아 있을 수 있으며, 사망 사례에서도 그 취급이 검토 대상이 되었습니다.
    [antibiotic] 세포 배양에는 항생제가 쓰일 수 있어 제제에 남아 있을 가능성이 있습니다.
    [animal-protein] 세포의 배양이나 가공에는 소 혈청 등 동물 유래 성분이 쓰일 수 있습니다.
    [local-anaesthetic] 지방이나 골수 채취, 주사에는 국소마취제가 흔히 쓰입니다.
   *[contrast-medium] 영상검사나 영상 유도하 주사에서 조영제가 쓰일 수 있습니다.
}
checklist-r07-allergen-of-concern-resolves = 제제와 처치에 이 성분이 쓰이는지 의사와 클리닉에 확인해 주세요.
checklist-r07-anaphylaxis-history-title = 아나필락시스 병력이 있습니다: { $substance }
checklist-r07-anaphylaxis-history-rationale = 과거에 심한 알레르기 반응을 일으킨 사람은 치료 중에도 일으킬 수 있습니다. 즉시 대응할 수 있는 체계가 필요합니다.
checklist-r07-anaphylaxis-history-resolves = 의사에게 알리고, 응급 시 이송할 병원이 기록되어 있는지 확인해 주세요.

## R08 Infection screening
checklist-r08-infection-screening-missing-title = 감염병 선별검사 결과가 없습니다: { $target ->
    [hepatitis-b] B형 간염(B형 간염 표면항원)
    [hepatitis-c] C형 간염(C형 간염 항체)
    [hiv] HIV
    [syphilis] 매독
   *[htlv-1] HTLV-1
}
checklist-r08-infection-screening-missing-rationale = 치료 전 감염병 선별검사를 어떻게 다루었는지는 사망 사례에서 제기된 문제 중 하나입니다. 세포 오염으로 심각한 감염증이 생긴 사례도 있습니다.
checklist-r08-infection-screening-missing-resolves = 검사 결과를 목록의 검사 항목에 대응시켜 기록해 주세요.
checklist-r08-infection-screening-stale-title = 감염병 선별검사 결과가 오래되었습니다: { $target ->
    [hepatitis-b] B형 간염(B형 간염 표면항원)
    [hepatitis-c] C형 간염(C형 간염 항체)
    [hiv] HIV
    [syphilis] 매독
   *[htlv-1] HTLV-1
}(채취일 { $date })
checklist-r08-infection-screening-stale-rationale = { $days }일보다 오래된 결과나 채취일을 알 수 없는 결과는 현재 상태를 보여 준다고 할 수 없습니다.
checklist-r08-infection-screening-stale-resolves = 최근 검사 결과를 기록하거나 재검사를 의뢰해 주세요.
checklist-r08-infection-positive-title = 감염병 선별검사가 { $result ->
    [positive] 양성
   *[indeterminate] 판정 보류
}입니다: { $target ->
    [hepatitis-b] B형 간염(B형 간염 표면항원)
    [hepatitis-c] C형 간염(C형 간염 항체)
    [hiv] HIV
    [syphilis] 매독
   *[htlv-1] HTLV-1
}
checklist-r08-infection-positive-rationale = 감염병이 있는 경우 치료 가능 여부와 감염 대책에 대해 의사의 판단이 필요합니다.
checklist-r08-infection-positive-resolves = 의사에게 결과를 알리고, 확인 검사와 치료 이력을 기록해 주세요.

## R09 Tumour markers
checklist-r09-tumour-markers-missing-title = 종양표지자 결과가 없습니다
checklist-r09-tumour-markers-missing-rationale = 세포치료 전에 종양표지자를 어떻게 확인했는지는 사망 사례에서 제기된 문제 중 하나입니다({ $days }일 이내의 결과가 필요합니다).
checklist-r09-tumour-markers-missing-resolves = 최근 종양표지자 결과를 기록해 주세요.
checklist-r09-tumour-marker-abnormal-title = 종양표지자가 참고범위를 벗어났습니다: { $test ->
    [cea] 암배아항원(CEA)
    [afp] 알파태아단백(AFP)
    [ca19-9] CA19-9
    [psa] 전립선특이항원(PSA)
    [ca-125] CA-125
   *[other] { $test }
}
# REVIEW: the link between a raised tumour marker and cell therapy is general knowledge; confirm with a source.
checklist-r09-tumour-marker-abnormal-rationale = 숨어 있는 암의 가능성을 의사가 판단한 뒤에 세포치료를 검토해야 합니다.
checklist-r09-tumour-marker-abnormal-resolves = 의사에게 결과를 알리고 정밀검사가 필요한지 판단받아 주세요.

## R10 Anticoagulants and antiplatelets
checklist-r10-antithrombotic-with-procedure-title = 피를 묽게 하는 약을 복용하고 있습니다: { $medication }
# REVIEW: bleeding risk of antithrombotics at harvest and injection is general knowledge; confirm against a perioperative guideline.
checklist-r10-antithrombotic-with-procedure-rationale = 지방흡입이나 골수 채취, 주사 때 출혈이 생기기 쉽습니다. 스스로 판단해 약을 끊으면 혈전이 생길 위험도 있습니다.
checklist-r10-antithrombotic-with-procedure-resolves = 의사에게 알리고, 약을 중단할지는 처방한 의사와 상의하여 결정하도록 해 주세요.
checklist-r10-antithrombotic-not-assessed-title = 피를 묽게 하는 작용이 있는지 확인하지 않은 약이 있습니다: { $medication }
# REVIEW: as above.
checklist-r10-antithrombotic-not-assessed-rationale = 한약이나 건강기능식품 중에도 출혈을 쉽게 만드는 것이 있습니다. 모르는 것은 "없는" 것이 아닙니다.
checklist-r10-antithrombotic-not-assessed-resolves = 약 이름과 성분을 확인하고, 항응고제·항혈소판제에 해당하는지 기록해 주세요.

## R11 Medications
checklist-r11-medications-not-asked-title = 복용 중인 약을 확인하지 않았습니다
checklist-r11-medications-not-asked-rationale = 약이 의사에게 정확히 전달되었는지는 사망 사례에서 제기된 문제 중 하나입니다.
checklist-r11-medications-not-asked-resolves = 복용 중인 약(건강기능식품·한약 포함)을 확인하고, 없으면 "없음(확인됨)"으로 기록해 주세요.

## R12 Interpreting
checklist-r12-language-not-asked-title = 환자의 언어와 일본어 능력을 확인하지 않았습니다
checklist-r12-language-not-asked-rationale = 통역이 필요한지 모르면 설명이 전달되었는지 확인할 수 없습니다.
checklist-r12-language-not-asked-resolves = 희망하는 언어와 의료 설명을 일본어로 이해할 수 있는지 기록해 주세요.
checklist-r12-no-interpreter-title = 일본어로 의료 설명을 이해하기 어려운 환자에게 통역사가 없습니다
checklist-r12-no-interpreter-rationale = 통역사가 줄기세포 치료를 정확히 설명할 수 있었는지는 사망 사례에서 제기된 문제 중 하나입니다.
checklist-r12-no-interpreter-resolves = 의료통역사를 배정하고 기록해 주세요.
checklist-r12-interpreter-qualification-title = 통역사의 의료통역 자격이 기록되어 있지 않습니다: { $name }
checklist-r12-interpreter-qualification-rationale = 의료 내용을 정확히 전달할 수 있는 통역사인지는 안전과 직결됩니다. 중개업체 직원이 통역을 겸하는 경우도 있습니다.
checklist-r12-interpreter-qualification-resolves = 통역사의 의료통역 자격(명칭·번호)을 확인하고 기록해 주세요.
checklist-r12-interpreter-language-mismatch-title = 통역사의 언어가 환자의 언어와 맞지 않습니다: { $name }(환자의 언어 { $language })
checklist-r12-interpreter-language-mismatch-rationale = 환자가 쓰는 언어로 통역할 수 없으면 병력도 설명도 정확히 전달되지 않습니다.
checklist-r12-interpreter-language-mismatch-resolves = 환자의 언어로 의료통역을 할 수 있는 통역사를 배정하거나 기록을 정정해 주세요.

## R13 Explanation and consent
checklist-r13-explanation-not-recorded-title = 설명 기록이 없습니다
checklist-r13-explanation-not-recorded-rationale = 환자가 치료 설명을 충분히 이해했는지는 사망 사례에서 제기된 문제 중 하나입니다.
checklist-r13-explanation-not-recorded-resolves = 설명한 항목과, 환자가 자신의 말로 다시 설명할 수 있었는지를 기록해 주세요.
# REVIEW: 티치백 (teach-back) is marked needs-review in the glossary.
checklist-r13-teach-back-missing-title = 설명 항목 { $number }: { $state ->
    [not-understood] 이해가 충분하지 않았습니다
   *[not-done] 환자가 자신의 말로 다시 설명하기(티치백)를 하지 않았습니다
}
checklist-r13-teach-back-missing-rationale = "알겠습니다"라는 대답만으로는 이해했는지 확인할 수 없습니다. 환자가 자신의 말로 설명할 수 있어야 비로소 전달되었다고 할 수 있습니다.
checklist-r13-teach-back-missing-resolves = 다시 설명하고 환자가 한 말을 기록해 주세요.
# REVIEW: glossary phrase "may-be-advised-not-to-proceed" is marked needs-review.
checklist-r13-topic-not-explained-title = 필요한 설명 항목이 없습니다: { $topic ->
    [what-is-administered] 몸에 넣는 것
    [risks] 위험성과 부작용
   *[may-be-advised-not-to-proceed] 치료를 권하지 않을 수도 있다는 점
}
checklist-r13-topic-not-explained-rationale = 몸에 무엇을 넣는지(세포인지, 엑소좀인지, 줄기세포 배양액인지), 위험성, 그리고 치료를 권하지 않을 수도 있다는 점은 환자가 판단하기 위한 기본입니다.
# REVIEW: 티치백 (teach-back) is marked needs-review in the glossary.
checklist-r13-topic-not-explained-resolves = 이 항목을 설명하고 티치백 결과와 함께 기록해 주세요.
# REVIEW: 민감정보 (要配慮個人情報) and 제3자 제공 동의 are marked needs-review in the glossary.
checklist-r13-no-consent-to-share-title = 민감정보를 제3자에게 제공하는 데 대한 동의가 없습니다
# REVIEW: 민감정보 (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-share-rationale = 병력 등 민감정보는 본인의 동의 없이 제3자에게 넘길 수 없습니다(옵트아웃 불가).
checklist-r13-no-consent-to-share-resolves = 제공받는 곳을 설명한 뒤 동의를 받아 날짜와 함께 기록해 주세요. 그때까지 인쇄·내보내기를 할 수 없습니다.
# REVIEW: 민감정보 (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-acquire-title = 민감정보를 수집하는 데 대한 동의가 없습니다
# REVIEW: 민감정보 (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-acquire-rationale = 병력 등 민감정보를 수집하려면 미리 본인의 동의가 필요합니다.
checklist-r13-no-consent-to-acquire-resolves = 동의를 받아 날짜와 함께 기록해 주세요. 그때까지 인쇄·내보내기를 할 수 없습니다.

## R14 Emergency care
checklist-r14-emergency-care-missing-title = 응급 시 이송할 병원이 기록되어 있지 않습니다
# REVIEW: 개선명령 is marked needs-review in the glossary.
checklist-r14-emergency-care-missing-rationale = 치료 중 상태가 급변했을 때 어디로 옮길지 정해져 있지 않으면 대응이 늦어집니다. 응급 대응 체계가 없는 클리닉에는 개선명령이 내려졌습니다.
checklist-r14-emergency-care-missing-resolves = 이송할 병원과 연락처를 확인하고 기록해 주세요.
checklist-r14-no-emergency-arrangement-title = 응급 시 이송할 병원이 없습니다
# REVIEW: 개선명령 is marked needs-review in the glossary.
checklist-r14-no-emergency-arrangement-rationale = 응급 대응 체계 없이 치료를 하다가 개선명령을 받은 클리닉이 있습니다. 상태가 급변했을 때 환자를 지킬 수 없습니다.
checklist-r14-no-emergency-arrangement-resolves = 이송할 병원이 정해질 때까지 진행하지 마세요.

## R15 Pregnancy
checklist-r15-pregnancy-unknown-title = 임신 가능성을 확인하지 않았습니다
# REVIEW: no source yet on the safety of these treatments in pregnancy; the age range (10–55) is a convention.
checklist-r15-pregnancy-unknown-rationale = 임신 중에 이러한 치료를 받았을 때의 안전성은 확인되지 않았습니다. 모르는 것은 "임신하지 않음"이 아닙니다.
checklist-r15-pregnancy-unknown-resolves = 임신 가능성을 확인하고, 해당하지 않는 경우에는 그렇게 기록해 주세요.
checklist-r15-pregnant-or-possibly-title = 임신 중이거나 임신 가능성이 있습니다
# REVIEW: as above.
checklist-r15-pregnant-or-possibly-rationale = 임신 중에 이러한 치료를 받았을 때의 안전성은 확인되지 않았습니다.
checklist-r15-pregnant-or-possibly-resolves = 의사에게 알리고 치료 가능 여부를 판단받아 주세요.

## R16 Verification-type care
# REVIEW: the glossary marks 무검증 진료 needs-review for Korean.
checklist-r16-unverification-type-title = 무검증 진료입니다(레지스트리 데이터 수집 없음)
# REVIEW: the glossary marks 검증형 진료 and 무검증 진료 needs-review for Korean.
checklist-r16-unverification-type-rationale = 일본재생의료학회는 "요코하마 선언 2025"에서 독립된 레지스트리로 데이터를 모아 안전성과 유효성을 검증하는 "검증형 진료"와 그렇지 않은 "무검증 진료"를 구분하고, 후자를 억제하는 방침을 밝혔습니다.
checklist-r16-unverification-type-resolves = 의사를 위한 참고 정보입니다. 환자에게도 설명해 주세요.

## R17 What goes in, and how
checklist-r17-product-not-asked-title = 몸에 넣는 것(치료의 종류)을 확인하지 않았습니다
checklist-r17-product-not-asked-rationale = 세포 자체인지, 엑소좀인지, 줄기세포 배양액인지. 무엇을 몸에 넣느냐에 따라 위험성도 확인해야 할 점도 달라집니다.
checklist-r17-product-not-asked-resolves = 치료의 종류를 클리닉에 확인하고 기록해 주세요.
checklist-r17-product-unknown-title = 몸에 넣는 것이 무엇인지 모릅니다
checklist-r17-product-unknown-rationale = 무엇을 넣는지 모르는 치료는 위험성을 평가할 수 없습니다.
checklist-r17-product-unknown-resolves = 제제의 내용을 서면으로 확인할 수 있을 때까지 진행하지 마세요.
checklist-r17-route-not-stated-title = 투여 경로를 확인하지 않았습니다
# REVIEW: the glossary marks the Korean term for IV drip (정맥 점적 주입) needs-review.
checklist-r17-route-not-stated-rationale = 사망 사례는 모두 정맥 점적 주입에 의한 정맥내 투여였습니다. 투여 경로에 따라 주의해야 할 점이 크게 달라집니다.
# REVIEW: the glossary marks the Korean term for IV drip (정맥 점적 주입) needs-review.
checklist-r17-route-not-stated-resolves = 투여 경로(정맥 점적 주입, 국소 주사, 관절강내 등)를 확인하고 기록해 주세요.

## R18 Referral
checklist-r18-referral-not-asked-title = 소개처(누구의 소개로 왔는지)를 확인하지 않았습니다
checklist-r18-referral-not-asked-rationale = 어떤 조직이 외국인 환자를 클리닉에 소개했는지는 사망 사례에서 제기된 문제 중 하나입니다.
checklist-r18-referral-not-asked-resolves = 소개한 중개업체·의료기관·개인을 기록해 주세요.

## Plain-text report (CLI)
checklist-report-heading = 안전 점검: 기록 { $record }(기준일 { $date }) — 중지 { $stop }, 미기재 { $missing }, 주의 필요 { $attention }, 참고 { $note }
# REVIEW: 민감정보 (要配慮個人情報) is marked needs-review in the glossary.
checklist-report-blocks-print = 민감정보에 대한 동의가 없어 인쇄·내보내기를 할 수 없습니다.
checklist-report-blocks-handoff = 해결하거나 기록이 남는 무시 처리를 할 때까지 인계서를 만들 수 없습니다.
checklist-report-resolves = 해결 방법: { $text }
checklist-report-fields = 해당 항목: { $fields }
checklist-report-source = 출처: { $source }
checklist-severity-stop = 중지
checklist-severity-missing = 미기재
checklist-severity-attention = 주의 필요
checklist-severity-note = 참고
