## Intake workflow screens (staff locale; every question is also shown in the patient locale).
## Japanese is the source locale. Medical wording follows crates/kakehashi-glossary/data.

## Setup, unlock, recovery

ui-setup-heading = 초기 설정
ui-setup-intro = 이 단말기의 환자 기록을 암호화하여 보관할 저장소를 만듭니다. 암호 문구는 { $min }자 이상으로 해 주세요.
ui-field-staff-name = 직원 이름
ui-field-staff-name-hint = 감사 기록에 남는 이름입니다.
ui-field-passphrase = 암호 문구
ui-field-passphrase-confirm = 암호 문구(확인)
ui-setup-submit = 저장소 만들기
ui-setup-working = 저장소를 만들고 있습니다…
ui-recovery-heading = 복구 키
ui-recovery-instruction = 이 복구 키는 이번에만 표시됩니다. 종이에 옮겨 적어 잠금장치가 있는 곳에 보관해 주세요. 암호 문구를 잊었을 때 이 키가 없으면 기록을 열 수 없습니다.
ui-recovery-ack = 복구 키를 옮겨 적었습니다
ui-recovery-continue = 계속
ui-unlock-heading = 잠금 해제
ui-unlock-intro = 작업을 시작하려면 직원 이름과 암호 문구를 입력해 주세요.
ui-unlock-submit = 잠금 해제
ui-unlock-working = 확인하고 있습니다…
ui-unlock-use-recovery = 암호 문구를 잊은 경우(복구 키 사용)
ui-unlock-use-passphrase = 암호 문구로 해제
ui-field-recovery-key = 복구 키
ui-field-new-passphrase = 새 암호 문구
ui-field-new-passphrase-confirm = 새 암호 문구(확인)
ui-unlock-recovery-submit = 복구 키로 해제하고 암호 문구 변경
ui-lock = 잠금
ui-signed-in = 작업자: { $staff }
ui-locked-idle = 일정 시간 동안 조작이 없어 잠갔습니다.

## Patient list

ui-patients-heading = 환자 목록
ui-patients-search = 환자 검색
ui-patients-search-hint = 한자·로마자·가타카나·히라가나 등 어떤 표기의 이름으로도 검색할 수 있습니다.
ui-patients-new = 새 환자
ui-patients-samples = 샘플 환자 불러오기
ui-patients-samples-hint = 가상의 환자입니다(실존 인물이 아닙니다). 조작을 연습하는 데 사용합니다.
ui-patients-empty = 아직 등록된 환자가 없습니다.
ui-patients-no-match = 일치하는 환자가 없습니다.
ui-patients-col-name = 성명
ui-patients-col-dob = 생년월일
ui-patients-col-updated = 최종 수정
ui-patients-unnamed = (성명 미입력)
ui-working = 처리하고 있습니다…

## Intake frame

ui-back-to-list = 환자 목록으로 돌아가기
ui-tab-summary = 요약
ui-intake-sections = 접수 항목
ui-save = 저장
ui-handoff-open = 인계서
ui-glossary-open = 용어집(Ctrl+K)
ui-next-section = 다음 항목으로
ui-save-new = 아직 저장되지 않았습니다
ui-save-dirty = 저장하지 않은 변경 사항이 있습니다
ui-save-saving = 저장하고 있습니다…
ui-save-saved = 저장했습니다({ $time })
ui-save-rejected = 저장할 수 없었습니다. { $count }개 항목을 확인해 주세요. 저장된 내용은 바뀌지 않았습니다.
ui-save-failed = 저장할 수 없었습니다. 입력한 내용은 이 화면에 남아 있습니다.
ui-shortcuts = 키보드: Alt+N 행 추가 / Ctrl+S 저장 / Alt+→ 다음 항목 / Alt+← 이전 항목
ui-close-saving = 닫기 전에 저장하고 있습니다…
ui-sample-badge = 샘플(가상)

## Three states of a section (wording from the glossary: not-asked, confirmed-none)

ui-state-not-asked = 확인하지 않음
ui-state-confirmed-none = 없음(확인됨)
ui-state-entries = { $count }건
ui-state-unknown = 불명
ui-state-known = 기재 있음
ui-state-action-not-asked = "확인하지 않음"으로 되돌리기
ui-state-action-confirm-none = "없음"으로 확인함
ui-state-question = 상태
ui-add-row = 행 추가
ui-remove-row = 이 행 삭제
ui-row = { $n }번째
ui-confirmed-by = 확인: { $who }

## The patient's own words

ui-pt-original = 환자의 말
ui-pt-original-lang = 말한 언어
ui-pt-translation = 일본어 번역
ui-pt-translator = 번역한 사람
ui-pt-method = 번역 방법

## Profile

ui-field-name-native = 성명(본인 표기)
ui-field-name-native-lang = 표기 언어
ui-field-latin-family = 성(로마자·여권 표기)
ui-field-latin-given = 이름(로마자·여권 표기)
ui-field-katakana = 성명(가타카나)
ui-field-dob = 생년월일
ui-field-date-hint = 연도만, 연월만 입력해도 됩니다(예: 1968, 1968-04, 1968-04-12)
ui-field-full-date-hint = 연-월-일(예: 2026-11-21)
ui-field-sex = 성별
ui-field-nationality = 국적
ui-field-nationality-hint = 국가의 2자리 영문 코드(예: CN, KR, VN). 여러 개인 경우 쉼표로 구분합니다.
ui-field-preferred-language = 의료에 관해 이야기할 때 쓰는 언어
ui-field-japanese-ability = 일본어 이해 수준
ui-field-phone = 전화번호
ui-field-messaging = 메신저 앱(ID)
ui-field-emergency-name = 비상 연락처(성명)
ui-field-emergency-phone = 비상 연락처(전화)
ui-field-referral-source = 소개처
ui-field-referral-name = 소개처 이름

## History

ui-sub-conditions = 과거력(질병)
ui-sub-surgeries = 수술력
ui-field-condition = 병명·증상
ui-field-onset = 발병 시기
ui-field-condition-status = 현재 상태
ui-field-note = 직원 메모
ui-field-procedure = 수술·처치
ui-field-date = 날짜
ui-field-pregnancy = 임신
ui-field-breastfeeding = 수유

## Medications

ui-field-medication-name = 약 이름(환자가 말한 대로·포장의 표기)
ui-field-generic-name = 일반명
ui-field-dose = 1회 용량
ui-field-unit = 단위
ui-field-frequency = 복용 방법·횟수
ui-field-medication-route = 사용 방법
ui-field-since = 사용하기 시작한 시기
ui-field-anticoagulant = 항응고제
ui-field-antiplatelet = 항혈소판제

## Allergies

ui-field-substance = 원인(환자가 말한 대로)
ui-field-allergy-category = 종류
ui-field-allergen-groups = 해당하는 그룹
ui-field-reaction = 증상
ui-field-allergy-severity = 중증도
ui-field-allergy-when = 발생 시기

## Screening results

ui-field-test = 검사
ui-field-value-kind = 결과 종류
ui-value-numeric = 수치
ui-value-qualitative = 음성·양성
ui-field-comparator = 비교
ui-field-value = 값
ui-field-qualitative = 판정
ui-field-qualitative-text = 결과지의 표기
ui-field-range-low = 참고치(하한)
ui-field-range-high = 참고치(상한)
ui-field-range-text = 참고치(결과지의 표기)
ui-field-collected = 채혈일
ui-field-lab = 검사기관
ui-screening-flag = 판정
ui-screening-stale = 오래된 결과(치료 예정일보다 { $days }일 이상 전)
ui-screening-fresh = 기간 내
ui-screening-no-date = 날짜 없음
ui-stale-window-hint = 치료 예정일로부터 거슬러 올라가 이 일수보다 전의 결과를 "오래된 결과"로 봅니다.
ui-settings-stale-window = 검사 결과 유효 기간(일)
ui-settings-stale-window-out-of-range = 검사 결과 유효 기간(일)은 { $min }~{ $max } 범위로 입력해 주세요.
ui-loinc = LOINC { $code }
ui-loinc-unverified = 확인 필요
ui-custom-test = 기타 검사(이름 입력)
ui-field-custom-test-name = 검사명

## Planned treatment

ui-field-treatment-category = 투여하는 것
ui-field-product-name = 제품명·치료명(의료기관이 부르는 이름)
ui-field-origin = 유래
ui-field-tissue-source = 채취하는 조직
ui-field-harvest = 채취 방법
ui-field-administration-route = 투여 경로
ui-field-cell-count = 1회 세포 수
ui-field-sessions = 횟수
ui-field-planned-date = 치료 예정일
ui-field-physician = 담당의
ui-field-indication = 대상 질환(의료기관의 설명)
# REVIEW: 재생의료 등 제공계획 and 계획번호 are marked needs-review in the glossary.
ui-field-provision-plan-number = 재생의료 등 제공계획의 계획번호
ui-field-risk-class = 위험도 분류
# REVIEW: the source label (届出の種類, "type of notification") does not match the field it labels in the UI (registry status: verification-type / unverification-type care, JSRM YOKOHAMA Declaration 2025); translated by meaning, like handoff-registry. Those two terms are also marked needs-review in the glossary.
ui-field-registry = 데이터 등록(검증형/무검증)
ui-field-cryopreserved = 동결보존
ui-field-thawed-on-site = 원내에서 해동

## Explanation and consent

ui-sub-explanation = 설명한 내용
ui-field-topic = 설명한 항목
ui-field-detail = 설명 내용
ui-field-explained-language = 설명한 언어
ui-field-interpreter = 통역사
ui-field-explained-by = 설명한 사람
ui-field-explained-on = 설명한 날
# REVIEW: 티치백 (teach-back) is marked needs-review in the glossary.
ui-field-teach-back = 환자가 자신의 말로 다시 설명하기(티치백)
ui-field-teach-back-words = 환자가 다시 설명한 말
# REVIEW: 민감정보 (要配慮個人情報) is marked needs-review in the glossary.
ui-sub-consent = 민감정보에 대한 동의
ui-field-consent-acquire = 수집 동의
# REVIEW: 제3자 제공 동의 is marked needs-review in the glossary.
ui-field-consent-share = 제3자 제공 동의
ui-field-consent-date = 동의한 날
ui-field-recorded-by = 기록한 사람

## Summary board

ui-summary-heading = 요약
ui-summary-completion = 항목별 현황
ui-summary-screening = 검사 현황
ui-summary-checklist = 안전 점검
ui-summary-checklist-empty = 지적 사항이 없습니다.
ui-grid-done = 실시함
ui-grid-abnormal = 이상
ui-grid-stale = 오래됨
ui-grid-missing = 미실시
ui-checklist-in-section = 이 항목의 안전 점검
ui-checklist-jump = 해당 항목으로 이동
ui-severity-stop = 중지
ui-severity-missing = 미기재
ui-severity-attention = 주의 필요
ui-severity-note = 참고
ui-progress = 처리하고 있습니다…

## Added fields

ui-field-patient-statement = 진료받는 이유(환자의 말)
ui-sub-family-history = 가족력
ui-field-relation = 관계
ui-field-family-kind = 질병 종류
ui-field-age-at-onset = 발병 연령
ui-field-fact-state = 상태
ui-field-screening-window-heading = 검사 결과의 유효 기간
ui-summary-sections-done = { $done } / { $total }개 항목 확인함
ui-save-up-to-date = 저장됨

## Interpreter, processing sites, committee, emergency care

ui-field-interpreter-arrangement = 통역 배정
ui-interpreter-not-asked = 확인하지 않음
ui-interpreter-not-needed = 필요 없음
ui-interpreter-not-assigned = 필요하지만 배정 안 됨
ui-interpreter-assigned = 배정됨
ui-field-interpreter-name = 통역사 성명
ui-field-interpreter-organization = 소속
ui-field-interpreter-languages = 통역 언어
ui-field-interpreter-languages-hint = 언어 태그를 쉼표로 구분합니다(예: ja, zh-Hans)
ui-field-interpreter-qualification = 의료통역 자격
ui-qualification-not-recorded = 기록 없음
ui-qualification-none-held = 자격 없음
ui-qualification-held = 자격 있음
ui-field-qualification-name = 자격 명칭
ui-field-qualification-number = 자격 번호
ui-sub-processing-sites = 세포처리시설
ui-field-site-name = 시설명
# REVIEW: 시설번호 is marked needs-review in the glossary.
ui-field-facility-number = 시설번호
ui-field-site-location = 소재지
ui-field-site-country = 국가(해외인 경우 영문 2자리 코드)
ui-field-site-role = 역할(배양·보관·최종 조제 등)
# REVIEW: 인정 재생의료등위원회 is marked needs-review in the glossary.
ui-field-committee = 인정 재생의료등위원회
ui-field-committee-name = 위원회 명칭
# REVIEW: 인정번호 is marked needs-review in the glossary.
ui-field-committee-number = 인정번호
ui-field-emergency-care = 응급 시 이송 병원
ui-field-emergency-hospital = 이송할 의료기관
ui-field-emergency-contact = 이송할 의료기관의 연락처
ui-field-thaw-documented-by = 해동·취급을 기록하는 사람

## Every field of the record editable: profile, screening, imaging, treatment, questions

ui-field-other-names = 다른 이름(결혼 전 성, 영어 이름, 이전 검사지의 이름)
ui-field-other-names-hint = 한 줄에 하나씩 입력합니다.
ui-field-other-languages = 그 밖에 할 수 있는 언어
ui-field-other-languages-hint = 언어 태그를 쉼표로 구분합니다(예: en, yue)
ui-field-email = 이메일
ui-field-address = 주소(체류지 또는 자택)
ui-field-emergency-relation = 비상 연락처(관계)
ui-field-referral-contact = 소개처 연락처
ui-field-referral-note = 소개에 관한 메모(소개료 여부 등)
ui-field-medication-reason = 복용 이유(환자의 말)
ui-field-test-group = 검사 분류
ui-field-loinc = LOINC 코드(검사지에 있으면)
ui-field-loinc-hint = 예: 5196-1. 모르면 비워 둡니다.
ui-field-lab-code = 검사 기관의 항목 코드
ui-field-screening-note = 직원 메모
ui-field-interpretation = 검사 기관의 판정(검사지 기재)
ui-interpretation-none = 기재 없음
ui-stale-window-in-settings = 치료 예정일보다 { $days }일 이상 전의 결과는 "오래된 결과"로 표시합니다(일수는 화면 위쪽 설정에서 바꿀 수 있습니다).
ui-field-modality = 검사 종류
ui-field-imaging-date = 촬영일
ui-field-region = 부위
ui-field-imaging-facility = 촬영한 의료기관
ui-field-imaging-summary = 소견(검사지의 언어 그대로)
ui-field-tissue-source-detail = 채취 조직의 자세한 내용(부위 등)
ui-field-route-detail = 투여 경로의 자세한 내용(부위, 시간 등)
# REVIEW: registry (JSRM) wording not in the glossary
ui-field-registry-name = 레지스트리 명칭
ui-field-thaw-note = 해동·취급에 관한 메모
ui-field-emergency-note = 이송에 관한 메모
ui-field-consent-scope = 동의 범위
ui-field-question = 환자의 질문(환자의 말)
ui-field-answer = 답변
ui-field-answered-by = 답변한 사람
ui-pt-translation-lang = 번역 언어
ui-pt-terms = 용어집에 있는 말:
ui-confirmed-at = ({ $at })
