## Intake record (kakehashi-model): names of choices and input errors. Japanese is the source.

## Input errors (the screen shows the field name)
model-error-unreadable = 기록을 읽을 수 없습니다(항목 "{ $field }", { $line }행 { $column }열).
model-error-invalid = 입력에 { $count }건의 문제가 있습니다. 저장되지 않았습니다.
model-error-unwritable = 기록을 내보낼 수 없었습니다.
model-error-required = 입력해 주세요.
model-error-date-malformed = 날짜 형식이 올바르지 않습니다: "{ $value }"(YYYY, YYYY-MM, YYYY-MM-DD 중 하나로 입력)
model-error-date-impossible = 존재하지 않는 날짜입니다: "{ $value }"
model-error-date-not-full = 연월일까지 입력해 주세요: "{ $value }"
model-error-date-out-of-range = 연도가 범위를 벗어났습니다: "{ $value }"({ $min }년~{ $max }년)
model-error-timestamp = 날짜와 시간 형식이 올바르지 않습니다: "{ $value }"
model-error-language-missing = 언어를 선택해 주세요.
model-error-language-tag = 언어 코드가 올바르지 않습니다: "{ $value }"
model-error-translator-missing = 번역자를 기록해 주세요.
model-error-number = 숫자로 읽을 수 없습니다: "{ $value }"(반각 숫자로 입력)
model-error-below-min = 값이 너무 작습니다: "{ $value }"(최솟값 { $min })
model-error-above-max = 값이 너무 큽니다: "{ $value }"(최댓값 { $max })
model-error-unit-missing = 단위가 없습니다: "{ $value }"
# REVIEW: the number format of the MHLW public register is not confirmed; only half-width letters, digits and hyphens are allowed.
model-error-register-number = 번호 형식이 올바르지 않습니다: "{ $value }"(반각 영문자·숫자·하이픈, 20자 이내)
model-error-empty-section = 항목이 하나도 없습니다. "없음"을 확인한 경우에는 "없음(확인됨)"을 선택해 주세요.
model-error-consent-date-missing = 동의 날짜를 입력해 주세요.
model-error-unknown-test = 검사 항목이 목록에 없습니다: "{ $value }"
model-error-loinc = LOINC 코드가 올바르지 않습니다: "{ $value }"
model-error-range-inverted = 참고범위의 하한({ $low })이 상한({ $high })보다 큽니다.
model-error-schema-version = 기록 형식 버전 { $found }은(는) 지원하지 않습니다(지원: { $expected }).
model-error-record-id = 기록 ID가 올바르지 않습니다: "{ $value }"
model-error-country-code = 국가 코드가 올바르지 않습니다: "{ $value }"(ISO 3166-1 영문자 2자)

## Record state
code-completion-not-asked = 확인하지 않음
code-completion-confirmed-none = 없음(확인됨)
code-completion-entries = 기재 있음

code-section-conditions = 과거력·현병력
code-section-surgeries = 수술력
code-section-family-history = 가족력
code-section-medications = 복용 중인 약
code-section-allergies = 알레르기
code-section-screening = 검사 결과
code-section-imaging = 영상검사
code-section-processing-sites = 세포처리시설
code-section-explanation-items = 설명 항목
code-section-patient-questions = 환자의 질문

code-translation-method-human = 사람이 번역함
code-translation-method-machine-reviewed = 기계 번역(사람이 확인)
code-translation-method-machine = 기계 번역(확인 안 됨)

## Profile
code-sex-not-asked = 확인하지 않음
code-sex-female = 여성
code-sex-male = 남성
code-sex-other = 기타
code-sex-declined-to-answer = 응답 안 함(본인 희망)

code-japanese-ability-not-asked = 확인하지 않음
code-japanese-ability-none = 일본어를 하지 못함
code-japanese-ability-basic = 간단한 일상 회화만 가능
code-japanese-ability-conversational = 일상 회화 가능
code-japanese-ability-medical = 의료 설명도 이해 가능

code-referral-not-asked = 확인하지 않음
code-referral-self = 본인이 직접
code-referral-agency = 의료관광 중개업체
code-referral-individual = 개인 소개
code-referral-overseas-clinic = 해외 의료기관
code-referral-japanese-clinic = 일본 국내 의료기관
code-referral-other = 기타
code-referral-unknown = 불명

## History
code-condition-status-unknown = 불명
code-condition-status-active = 치료 중·증상 있음
code-condition-status-in-remission = 관해
code-condition-status-resolved = 완치

code-family-relation-unknown = 불명
code-family-relation-mother = 어머니
code-family-relation-father = 아버지
code-family-relation-sibling = 형제자매
code-family-relation-child = 자녀
code-family-relation-grandparent = 조부모
code-family-relation-other = 그 밖의 친족

code-family-condition-other = 그 밖의 질환
code-family-condition-cancer = 암

code-pregnancy-not-asked = 확인하지 않음
code-pregnancy-unknown = 불명
code-pregnancy-not-pregnant = 임신하지 않음
code-pregnancy-pregnant = 임신 중
code-pregnancy-possibly-pregnant = 임신 가능성 있음
code-pregnancy-not-applicable = 해당 없음

code-breastfeeding-not-asked = 확인하지 않음
code-breastfeeding-unknown = 불명
code-breastfeeding-no = 수유하지 않음
code-breastfeeding-yes = 수유 중
code-breastfeeding-not-applicable = 해당 없음

## Medications
code-yes-no-not-assessed = 확인 안 됨
code-yes-no-no = 아니요
code-yes-no-yes = 예

code-medication-route-unknown = 불명
code-medication-route-oral = 경구
code-medication-route-topical = 외용
code-medication-route-subcutaneous = 피하주사
code-medication-route-intramuscular = 근육주사
code-medication-route-intravenous = 정맥내 투여
code-medication-route-inhaled = 흡입
code-medication-route-other = 기타

## Allergies
code-allergy-category-drug = 약물
code-allergy-category-food = 식품
code-allergy-category-environmental = 환경(꽃가루·진드기 등)
code-allergy-category-biological-product = 생물 유래 제품
code-allergy-category-other = 기타

code-allergy-severity-unknown = 불명
code-allergy-severity-mild = 경증
code-allergy-severity-moderate = 중등도
code-allergy-severity-severe = 중증
code-allergy-severity-anaphylaxis = 아나필락시스

code-allergen-group-cryoprotectant = 동결보호제(DMSO 등)
code-allergen-group-antibiotic = 항생제(세포 배양에 쓰이는 것 포함)
code-allergen-group-animal-protein = 동물 유래 단백질(소 혈청 등)
code-allergen-group-local-anaesthetic = 국소마취제
code-allergen-group-contrast-medium = 조영제
code-allergen-group-latex = 라텍스

## Tests
code-test-group-infection = 감염병 선별검사
code-test-group-tumour-marker = 종양표지자
code-test-group-coagulation = 응고검사
code-test-group-cbc = 일반혈액검사
code-test-group-other = 기타

code-infection-hepatitis-b = B형 간염
code-infection-hepatitis-c = C형 간염
code-infection-hiv = HIV
code-infection-syphilis = 매독
code-infection-htlv-1 = HTLV-1

code-test-hbsag = B형 간염 표면항원(HBsAg)
code-test-hcv-ab = C형 간염 항체(HCV 항체)
code-test-hcv-ab-serum = C형 간염 항체(HCV 항체, 혈청)
code-test-hiv-ag-ab = HIV 항원항체
code-test-tp-ab = 매독 트레포네마 항체(TP 항체)
code-test-rpr = 신속 혈장 레아긴 검사(RPR)
code-test-htlv-ab = HTLV-I/II 항체
code-test-cea = 암배아항원(CEA)
code-test-afp = 알파태아단백(AFP)
code-test-ca19-9 = CA19-9
code-test-psa = 전립선특이항원(PSA)
code-test-ca-125 = CA-125
code-test-pt = 프로트롬빈 시간(PT)
code-test-pt-inr = PT-INR(국제정상화비율)
code-test-aptt = 활성화 부분 트롬보플라스틴 시간(APTT)
code-test-d-dimer = D-이합체
code-test-cbc = 일반혈액검사(CBC)
code-test-wbc = 백혈구 수
code-test-rbc = 적혈구 수
code-test-hb = 혈색소
code-test-hct = 적혈구용적률
code-test-mcv = 평균적혈구용적(MCV)
code-test-plt = 혈소판 수

code-qualitative-negative = 음성
code-qualitative-positive = 양성
code-qualitative-indeterminate = 판정 보류

code-comparator-eq = =
code-comparator-lt = 미만
code-comparator-le = 이하
code-comparator-gt = 초과
code-comparator-ge = 이상

code-abnormality-normal = 참고범위 이내
code-abnormality-low = 낮음
code-abnormality-high = 높음
code-abnormality-abnormal = 이상(양성)
code-abnormality-indeterminate = 판정 보류
code-abnormality-not-determined = 판정할 수 없음

code-imaging-mri = 자기공명영상(MRI)
code-imaging-ct = 컴퓨터단층촬영(CT)
code-imaging-xray = 엑스선 촬영
code-imaging-ultrasound = 초음파검사
code-imaging-pet = 양전자방출단층촬영(PET)
code-imaging-other = 기타

## Planned treatment
code-treatment-not-asked = 확인하지 않음
code-treatment-stem-cells = 줄기세포
code-treatment-exosomes = 엑소좀
code-treatment-conditioned-medium = 줄기세포 배양액
code-treatment-immune-cells = 면역세포
code-treatment-prp = 혈소판풍부혈장(PRP)
code-treatment-other = 기타
code-treatment-unknown = 불명

code-origin-not-asked = 확인하지 않음
code-origin-unknown = 불명
code-origin-autologous = 자가(본인의 세포)
code-origin-allogeneic = 동종(타인의 세포)
# REVIEW: no glossary term for "non-human" as such; the glossary's "xenogeneic" (이종) is marked needs-review.
code-origin-non-human = 인체 이외 유래

code-tissue-not-asked = 확인하지 않음
code-tissue-unknown = 불명
code-tissue-adipose = 지방조직
code-tissue-bone-marrow = 골수
code-tissue-umbilical-cord = 제대
code-tissue-peripheral-blood = 말초혈액
code-tissue-dental-pulp = 치수
code-tissue-placenta = 태반
code-tissue-skin = 피부조직
code-tissue-other = 기타
code-tissue-not-applicable = 해당 없음

code-harvest-not-asked = 확인하지 않음
code-harvest-none = 채취 없음
code-harvest-liposuction = 지방흡입
code-harvest-bone-marrow-aspiration = 골수흡인
code-harvest-blood-draw = 채혈
code-harvest-skin-biopsy = 피부 채취
code-harvest-other = 그 밖의 채취

code-route-not-asked = 확인하지 않음
# REVIEW: the glossary marks the Korean term for IV drip (정맥 점적 주입) needs-review.
code-route-iv-drip = 정맥 점적 주입
code-route-local-injection = 국소 주사
code-route-intra-articular = 관절강내 주사
code-route-intradermal = 피내주사
code-route-topical = 외용(도포)
code-route-intrathecal = 척수강내 주사
code-route-other = 기타
code-route-unknown = 불명

code-site-unknown = 불명
code-site-domestic = 일본 국내
code-site-overseas = 해외

code-risk-class-not-asked = 확인하지 않음
code-risk-class-unknown = 불명
# REVIEW: the glossary marks the Korean names of the ASRM risk classes (제1종 재생의료 …) needs-review.
code-risk-class-i = 제1종
# REVIEW: as above.
code-risk-class-ii = 제2종
# REVIEW: as above.
code-risk-class-iii = 제3종
# REVIEW: the glossary's Korean name of the Act (재생의료 등의 안전성 확보 등에 관한 법률) is marked needs-review.
code-risk-class-not-applicable = 법 적용 대상 아님

# Terms of the JSRM YOKOHAMA Declaration 2025 (adopted 19 Mar 2025).
code-registry-not-asked = 확인하지 않음
code-registry-unknown = 불명
# REVIEW: the glossary marks 검증형 진료 needs-review for Korean.
code-registry-verification-type = 검증형 진료(레지스트리 등록 있음)
# REVIEW: the glossary marks 무검증 진료 needs-review for Korean.
code-registry-unverification-type = 무검증 진료(레지스트리 등록 없음)

## Explanation and consent
code-topic-what-is-administered = 몸에 넣는 것(세포·엑소좀·줄기세포 배양액 등)
code-topic-route = 투여 경로
# REVIEW: the glossary concept expected-benefits (기대되는 효과) is marked needs-review.
code-topic-expected-effect = 기대되는 효과
code-topic-risks = 위험성과 부작용
# REVIEW: the glossary concept alternative-treatments (다른 치료 방법) is marked needs-review.
code-topic-alternatives = 다른 치료 방법
code-topic-processing-facility = 세포처리시설과 품질관리
# REVIEW: 재생의료 등 제공계획 and 인정 재생의료등위원회 are marked needs-review in the glossary.
code-topic-regulatory-status = 법적 위치(제공계획·위원회)
# REVIEW: the glossary concept costs (비용) is marked needs-review.
code-topic-costs = 비용
# REVIEW: glossary phrase "may-be-advised-not-to-proceed" is marked needs-review.
code-topic-may-be-advised-not-to-proceed = 치료를 권하지 않을 수도 있다는 점
code-topic-right-to-withdraw = 언제든지 동의를 철회할 수 있다는 점
code-topic-emergency-care = 응급 시 대응
code-topic-other = 기타

# REVIEW: the glossary term for teach-back (티치백) is marked needs-review.
code-teach-back-not-done = 실시하지 않음
code-teach-back-confirmed = 환자가 자신의 말로 설명할 수 있었음
code-teach-back-not-understood = 이해가 충분하지 않음

code-consent-not-asked = 확인하지 않음
code-consent-given = 동의함
code-consent-refused = 동의하지 않음
code-consent-withdrawn = 철회함
