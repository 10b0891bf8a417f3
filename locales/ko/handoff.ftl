# The physician's handoff sheet (kakehashi-handoff). The printed sheet is Japanese; these strings serve
# Korean-speaking staff, the CLI, and the patient-language subtitle.

## Errors

handoff-error-unrenderable = 항목 "{ $field }"의 문자 "{ $character }"({ $codepoint })은(는) 내장 글꼴로 인쇄할 수 없습니다. 문자를 확인하거나 그 항목을 수정해 주세요.
handoff-error-font-missing = 글꼴 파일 { $file }을(를) { $dir }에서 찾을 수 없습니다.
handoff-error-font-invalid = 글꼴 파일 { $file }을(를) 읽을 수 없습니다.
handoff-error-invalid-record = 기록 파일을 읽을 수 없습니다(항목 { $field }, { $line }행 { $column }번째 문자).
handoff-error-invalid-timestamp = { $field }의 일시 "{ $value }"은(는) RFC 3339 형식이 아닙니다.
handoff-error-pdf-write = PDF를 내보낼 수 없었습니다.

## Title, header, footer

handoff-title = 재생의료 진찰 전 인계서
# REVIEW: subtitle shown in the patient's language; the source asks for a translator's check of every language version.
handoff-title-patient = 재생의료 진찰 전 인계서
handoff-pdf-title = 재생의료 진찰 전 인계서 — 기록 { $id }
handoff-pdf-subject = 외국인 환자의 진찰 전 정보(의사용)
handoff-header-record = {"  "}기록 { $id } 버전 { $version }
handoff-header-name-see-page-1 = 성명은 1쪽의 환자 정보를 참조
handoff-footer-page = { $page } / { $pages }쪽
# REVIEW: 민감정보 (要配慮個人情報) is marked needs-review in the glossary.
handoff-confidential = 기밀: 민감정보가 포함되어 있습니다. 진료 목적 외의 이용·복사·제3자 제공을 금지합니다.
handoff-content-hash = 기록 내용 해시(SHA-256): { $hash }
handoff-sample = ※가상의 샘플 기록입니다. 실제 환자가 아닙니다.

handoff-clinic = 의료기관
handoff-generated-at = 작성 일시
handoff-staff = 담당자
# REVIEW: 의료 코디네이터 is marked needs-review in the glossary.
handoff-staff-coordinator = 코디네이터:{" "}
handoff-staff-interpreter = {"  "}통역사:{" "}
handoff-staff-physician = {"  "}의사:{" "}
handoff-record = 기록 ID
handoff-record-version = {"  "}버전:{" "}

## Shared states

handoff-not-asked = 확인하지 않음(묻지 않았음) NOT ASKED
handoff-confirmed-none = 없음(확인됨)
handoff-confirmed-by = {"  "}확인자:{" "}
handoff-confirmed-at = {"  "}확인 일시:{" "}
handoff-unknown = 불명(확인했으나 알 수 없음)
handoff-empty-list = 목록이 비어 있습니다("없음"으로 확인된 것이 아닙니다)
handoff-blank = (미기재)
handoff-not-recorded = 기록 없음
handoff-untranslated = {"  "}[미번역]
handoff-translated-by = {"  "}(번역: { $translator }, { $method })
handoff-note = 비고
handoff-date = 날짜
handoff-when = {"  "}시기:{" "}
handoff-reaction = {"  "}반응:{" "}

## Alert box

handoff-alert-title = 주의 사항
handoff-allergies = 알레르기
handoff-checklist = 중지·주의 항목
handoff-checklist-not-supplied = 점검표 결과가 첨부되어 있지 않습니다
handoff-checklist-clear = 점검표에서 중지 또는 주의 항목이 발견되지 않았습니다
handoff-severity-stop = 중지
handoff-severity-attention = 주의
handoff-severity-info = 정보
handoff-anticoagulants = 항응고제·항혈소판제
handoff-anticoagulant = 항응고제
handoff-antiplatelet = 항혈소판제
handoff-anticoagulants-none-listed = 복약 목록에 해당 약제 없음
handoff-anticoagulants-unassessed = 항응고·항혈소판 작용을 평가하지 않은 약제: { $count }건

## Patient

handoff-section-patient = 환자 정보
handoff-name = 성명
handoff-dob-sex = 생년월일 / 성별
handoff-nationality = 국적
handoff-languages = 언어
handoff-japanese-ability = {"  "}일본어:{" "}
handoff-interpreter = 통역
handoff-interpreter-not-needed = 필요 없음
handoff-interpreter-not-assigned = 배정 안 됨
handoff-qualification = {"  "}자격:{" "}
handoff-qualification-none = 없음
handoff-referral = 소개처
handoff-referral-name = {"  "}명칭:{" "}
handoff-referral-contact = {"  "}연락처:{" "}
handoff-contact = 연락처
handoff-phone = 전화:{" "}
handoff-email = 이메일:{" "}
handoff-messaging = 메신저:{" "}
handoff-address = 주소:{" "}
handoff-emergency-contact = 비상 연락처:{" "}
handoff-emergency-phone = 비상 연락 전화:{" "}
handoff-emergency-relation = 관계:{" "}
handoff-pregnancy = 임신
handoff-breastfeeding = 수유:{" "}

## Medications

handoff-section-medications = 복약
handoff-med-name = 약 이름(환자가 말한 대로)
handoff-med-generic = 일반명
handoff-med-dose = 용량·횟수·경로
handoff-med-since = 시작
handoff-med-reason = 이유
handoff-med-flags = 항응고 / 항혈소판

## History

handoff-section-conditions = 과거력·현병력
handoff-section-surgeries = 수술력
handoff-section-family = 가족력
handoff-condition = 질환
handoff-onset = 발병
handoff-status = 상태
handoff-procedure = 수술·처치
handoff-relation = 관계
handoff-kind = 분류
handoff-age-at-onset = 발병 연령

## Results

handoff-section-screening = 검사 결과(감염병·종양표지자·응고·일반혈액검사)
handoff-section-imaging = 영상검사
handoff-test = 검사
handoff-codes = 코드
handoff-result = 결과
handoff-range = 참고범위
handoff-flag = 판정
handoff-collected = 채취일
handoff-lab = 검사기관·비고
handoff-stale = {"  "}[{ $days }일 초과·재검토 필요]
handoff-modality = 종류
handoff-region = 부위
handoff-imaging-summary = 소견(원문 / 번역)
handoff-facility = 시설

## Planned treatment

handoff-section-treatment = 예정된 치료
handoff-what = 투여하는 것
handoff-origin = 유래·채취 부위
handoff-harvest = {"  "}채취:{" "}
handoff-route = 투여 경로
handoff-dose = 양·세포 수·횟수
handoff-cell-count = {"  "}세포 수:{" "}
handoff-sessions = {"  "}횟수:{" "}
handoff-handling = 동결·해동
handoff-cryopreserved = 동결보존:{" "}
handoff-thawed-on-site = {"  "}원내 해동:{" "}
handoff-thaw-documented-by = {"  "}절차 기록자:{" "}
# REVIEW: 계획번호 / 재생의료 등 제공계획 are marked needs-review in the glossary.
handoff-plan-number = 계획번호(재생의료 등 제공계획)
handoff-risk-class = 위험도 분류
# REVIEW: 인정 재생의료등위원회 and 인정번호 are marked needs-review in the glossary.
handoff-committee = 인정위원회(명칭·번호)
handoff-registry = 데이터 등록
handoff-emergency-care = 응급 시 이송 병원
handoff-indication = 적응증(대상 증상)
handoff-physician-date = 담당의·예정일
handoff-planned-date = {"  "}예정일:{" "}
handoff-section-sites = 세포처리시설
handoff-site-name = 시설명
# REVIEW: 시설번호 is marked needs-review in the glossary.
handoff-facility-number = 시설번호
handoff-site-location = 소재지
handoff-site-role = 역할

## Explanation and consent

# REVIEW: 티치백 (teach-back) is marked needs-review in the glossary.
handoff-section-explanation = 설명과 이해 확인(티치백)
handoff-topic = 항목
handoff-detail = 설명 내용
handoff-explained-by = 설명자·날짜·언어·통역
handoff-teach-back = 이해 확인
handoff-section-questions = 환자의 질문
handoff-question = 질문(원문 / 번역)
handoff-answer = 답변·답변자
# REVIEW: 민감정보 (要配慮個人情報) is marked needs-review in the glossary.
handoff-section-consent = 동의(민감정보)
handoff-consent-acquire = 수집 동의
# REVIEW: 제3자 제공 동의 is marked needs-review in the glossary.
handoff-consent-share = 제3자 제공 동의
handoff-recorded-by = {"  "}기록자:{" "}

## The patient's statement

handoff-section-statement = 환자의 진술(원문과 번역)
handoff-statement-original = 원문({ $lang })
handoff-statement-translation = 번역(일본어) 번역자: { $translator }, { $method }
handoff-statement-translation-missing = 번역(일본어)
handoff-section-signatures = 서명
# REVIEW: 의료 코디네이터 is marked needs-review in the glossary.
handoff-sign-coordinator = 코디네이터 { $name }
handoff-sign-interpreter = 통역사 { $name }
handoff-sign-physician = 의사 { $name }
