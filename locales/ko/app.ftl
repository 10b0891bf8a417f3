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

## User glossary (kept in the encrypted store) and the CLI import
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-unreadable = 사용자 용어집을 열 수 없습니다({$detail}). 검색은 기본 제공 용어만 사용합니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-invalid = 용어를 저장할 수 없습니다. {$count}곳을 고쳐 주세요.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-id-empty = ID가 없습니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-id-form = ID는 줄바꿈 없이 {$max}자 이내여야 합니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-id-taken = ID {$id}인 사용자 용어가 이미 있습니다. 수정하거나 다른 ID를 사용하세요.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-not-found = 사용자 용어 {$id}이(가) 없습니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-no-term = 적어도 한 언어로 대표 용어를 입력하세요.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-preferred-missing = {$locale} 용어에 대표 용어가 없습니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-term-line = 용어에는 줄바꿈, 탭 등 제어 문자를 쓸 수 없습니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-reading-ja-only = 읽기는 일본어 용어에만 붙일 수 있습니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-reading-kana = 읽기 “{$reading}”은(는) 가나(히라가나 또는 가타카나)로 입력하세요.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-text-control = 저장할 수 없는 제어 문자가 들어 있습니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-import-invalid = 항목 {$id}을(를) 가져올 수 없습니다({$field}이(가) 올바르지 않음).
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-user-import-stale = 이 가져오기 미리보기는 더 이상 유효하지 않습니다. 파일을 다시 읽어 주세요.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-preview-only = 데이터 폴더가 지정되지 않아 미리보기만 했습니다(--data-dir로 저장 위치 지정).
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-preview = 미리보기: 새 용어 {$new}개, 사용자 용어 교체 {$replaced}개, 기본 개념에 추가 {$extended}개, 변경 없음 {$unchanged}개, 문제 {$problems}개.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-nothing-to-import = 가져올 새 내용이 없습니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-confirm = {$count}개 개념을 가져올까요? [y/N]
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-confirm-partial = 문제가 {$problems}개 있습니다(제외되는 내용은 위의 각 문제 참조). 읽을 수 있는 {$count}개 개념을 가져올까요? [y/N]
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-cancelled = 가져오기를 취소했습니다. 아무것도 저장하지 않았습니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-imported = {$count}개 개념을 가져왔습니다(제외 {$left}개).
