## Application chrome (staff locale). Japanese is the source locale.

app-title = Kakehashi(架け橋)
# REVIEW: the glossary marks the coordinator term (medical-coordinator) needs-review.
app-tagline = 일본에서 재생의료를 받는 외국인 환자를 위한 통역사·코디네이터 지원 도구

## Language names, each in its own language (the same in every locale file)

locale-autonym = 한국어

## Main screen

ui-staff-locale = 직원 언어
ui-patient-locale = 환자 언어
ui-home-heading = 접수 흐름
ui-home-intro = 모든 항목은 직원 언어와 환자 언어로 나란히 표시됩니다.
ui-version = 버전 { $version }
ui-data-dir = 데이터 폴더: { $path }
ui-loading = 불러오는 중…

## Intake sections

section-profile = 기본 정보
section-history = 과거력
section-medications = 복용 중인 약
section-allergies = 알레르기
section-screening = 검사 결과
section-treatment = 예정된 치료
section-consent = 설명과 동의

## Errors of the application layer

app-error-data-dir = 데이터 폴더 "{ $path }"을(를) 사용할 수 없습니다: { $detail }
app-error-in-use = 데이터 폴더 "{ $path }"을(를) 다른 Kakehashi 프로세스가 사용 중입니다. 그 창을 사용해 주세요.
app-error-internal = 예기치 않은 오류가 발생했습니다({ $context }). 입력한 내용은 그대로 저장되어 있습니다.
app-error-settings-unreadable = 설정 파일 "{ $path }"을(를) 읽을 수 없습니다: { $detail }
app-error-unknown-locale = "{ $locale }"은(는) 사용할 수 있는 언어가 아닙니다.
app-error-out-of-range = { $min }~{ $max } 범위에서 입력해 주세요.
app-error-invalid-settings = 설정을 저장할 수 없습니다. 표시된 항목을 확인해 주세요.
app-error-record-invalid = { $count }개 항목에 문제가 있어 저장하지 않았습니다. 저장된 내용은 바뀌지 않았습니다.
app-error-record-id = 기록 ID가 올바르지 않습니다.
app-error-already-set-up = 이 데이터 폴더에는 이미 저장소가 있습니다.
app-error-needs-setup = 저장소가 아직 만들어지지 않았습니다. 초기 설정을 진행해 주세요.
app-error-staff-required = 직원 이름을 입력해 주세요(감사 기록에 남습니다).
app-error-passphrase-short = 암호 문구는 { $min }자 이상으로 해 주세요.
app-error-passphrase-mismatch = 확인용 암호 문구가 일치하지 않습니다.
app-error-passphrase-rejected = 암호 문구를 설정할 수 없습니다. 표시된 항목을 확인해 주세요.
app-error-handoff-blocked = 안전 점검표 항목({ $rules })이 해결되지 않아 인계서를 출력할 수 없습니다. 해결하거나, 이유를 확인한 뒤 명시적으로 무시하고 진행해 주세요(무시한 기록은 감사 기록에 남습니다).
app-error-write-file = 파일 "{ $path }"에 쓸 수 없습니다: { $detail }
app-error-read-file = 파일 "{ $path }"을(를) 읽을 수 없습니다: { $detail }
