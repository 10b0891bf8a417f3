## Data & backups screen (staff locale). Japanese is the source locale.

data-open = 데이터 및 백업
data-back = 환자 목록으로 돌아가기
data-heading = 데이터 및 백업
data-intro = 환자 정보는 이 컴퓨터의 암호화된 저장소에만 보관됩니다. 백업도 암호화되며 암호 문구나 복구 키가 없으면 열 수 없습니다.
data-dismiss = 닫기

## Automatic backups

data-auto-heading = 자동 백업
data-auto-on = 자동 백업이 켜져 있습니다. 저장 위치: { $dir }
data-auto-off = 자동 백업이 꺼져 있습니다. 백업을 직접 만드십시오.
data-auto-last = 마지막 백업: { $when }
data-auto-none-yet = 이번 실행 중에는 아직 백업을 만들지 않았습니다.
data-auto-pending = 마지막 백업 이후 변경 사항이 있습니다(잠금 또는 종료 시 백업합니다).
data-auto-failed = 자동 백업에 실패했습니다: { $detail } 변경 사항은 저장소에 저장되어 있지만 아직 어떤 백업에도 포함되지 않았습니다.
data-setting-auto = 자동으로 백업(잠금·종료 시, 작업 중에는 일정 간격마다)
data-setting-keep = 보관할 자동 백업 수
data-setting-every = 작업 중 백업 간격(분)
data-setting-dir = 백업 폴더
data-setting-dir-hint = 비워 두면 데이터 폴더 안의 “backups”를 사용합니다. 외장 디스크 등 다른 위치에 두면 이 컴퓨터의 고장에 대비할 수 있습니다.
data-setting-save = 설정 저장
data-setting-saved = 설정을 저장했습니다.

## Back up now

data-now-heading = 지금 백업
data-backup-now = 백업 폴더에 만들기
data-backup-save-as = 위치를 선택해 백업 저장…
data-backing-up = 백업을 만드는 중…
data-backup-done = 백업을 만들었습니다: { $path }(환자 { $patients }명, { $size }, 체크섬 { $sha }…)

## The backups folder

data-list-heading = 백업 폴더
data-list-empty = 아직 백업이 없습니다.
data-col-date = 만든 시각
data-col-size = 크기
data-col-patients = 환자 수
data-col-patients-unverified = 검증 안 됨
data-col-file = 파일(선택하여 검증 또는 복원)

## Verify and restore

data-verify-heading = 검증 및 복원
data-selected-file = 선택한 백업
data-no-file = 선택한 백업이 없습니다. 목록에서 고르거나 파일을 선택하십시오.
data-choose-file = 파일 선택…
data-key-passphrase = 백업을 만들 때의 암호 문구
data-key-recovery = 복구 키
data-key-use-recovery = 복구 키 사용
data-key-use-passphrase = 암호 문구 사용
data-verify = 검증
data-verifying = 검증하는 중…
data-verify-ok = 검증 성공: 환자 { $patients }명, 기록 { $records }건, 사용자 용어 { $terms }개, 감사 기록 { $audit }건. 체크섬 정상({ $sha }…).
data-restore-heading = 새 폴더에 복원
data-restore-intro = 복원은 항상 새로운 빈 폴더에 합니다. 현재 사용 중인 데이터는 바뀌지 않습니다.
data-restore-target = 복원할 위치(새로운 빈 폴더)
data-choose-folder = 폴더 선택…
data-restore = 복원
data-restoring = 복원하는 중…
data-restore-done = { $path }에 복원했습니다(환자 { $patients }명).
data-restore-how-to-open = 복원한 데이터로 작업하려면 아래 버튼으로 Kakehashi를 다시 시작하거나 “kakehashi --data-dir { $path }”로 실행하십시오.
data-restore-open = 복원한 데이터로 다시 시작

## The store would not open

data-open-failed-heading = 데이터를 열 수 없습니다
data-open-failed-untouched = 손상된 데이터는 그대로 두며, 덮어쓰거나 새 저장소를 만들지 않습니다.
data-open-failed-offer = 최신 백업 { $path }을(를) 새 폴더에 복원할 수 있습니다. 먼저 검증하십시오.
data-open-failed-no-backup = 백업 폴더({ $dir })에 사용할 수 있는 백업이 없습니다. 다른 위치의 백업을 선택하십시오.

## Plaintext export

data-export-heading = 암호화하지 않은 내보내기
data-export-ack = 위의 경고를 이해했습니다. 암호화되지 않은 파일을 만듭니다.
data-export-run = 모든 환자 내보내기…
data-exporting = 내보내는 중…
data-export-done = 환자 { $patients }명을 { $path }(으)로 내보냈습니다(감사 로그에 기록됨).

## Errors

data-error-backup-dir-absolute = 백업 폴더는 절대 경로로 지정하십시오(“{ $path }”).
data-error-key-required = 암호 문구를 입력하십시오.
data-error-restore-target-not-empty = “{ $path }”은(는) 비어 있지 않습니다. 백업은 새로운 빈 폴더에만 복원할 수 있습니다.
data-error-restore-target-absolute = 복원할 위치는 절대 경로로 지정하십시오(“{ $path }”).
