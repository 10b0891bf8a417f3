## Record store (kakehashi-store). Japanese is the source locale.

store-error-wrong-passphrase = 암호 문구가 틀렸습니다. 데이터는 변경되지 않았습니다.
store-error-wrong-recovery-key = 이 복구 키로는 이 데이터를 열 수 없습니다.
store-error-recovery-key-malformed = 복구 키의 형식이 올바르지 않습니다({ $reason ->
    [typo] 입력 오류가 있습니다. 다시 확인해 주세요
    [wrong-length] 글자 수가 맞지 않습니다
   *[other] 사용할 수 없는 문자가 포함되어 있습니다
}).
store-error-invalid-input =
    "{ $field }"의 값을 사용할 수 없습니다({ $reason ->
        [empty] 비어 있습니다
        [zero] 0은 지정할 수 없습니다
        [out-of-range] 범위를 벗어났습니다
        [not-a-record-id] 기록 ID 형식이 아닙니다
       *[other] { $reason }
    }).
store-error-in-use = 데이터({ $dir })가 다른 창이나 프로그램에서 열려 있습니다. 그쪽을 닫은 뒤 다시 시도해 주세요.
store-error-no-store = { $dir }에 데이터가 없습니다.
store-error-already-exists = { $dir }에 이미 파일이 있습니다. 기존 데이터 위에 새 데이터를 만들지 않습니다.
store-error-corrupt = 데이터({ $dir })가 손상되어 열 수 없습니다. 시도한 조치: { $tried }
store-error-corrupt-with-backup = 데이터({ $dir })가 손상되어 열 수 없습니다. 시도한 조치: { $tried }. 최신 백업 { $backup }에서 복원할 수 있습니다.
store-error-locked = 잠겨 있습니다. 암호 문구를 입력해 주세요.
store-error-not-found = 기록 { $id }을(를) 찾을 수 없습니다.
store-error-tampered = 저장된 데이터({ $tree } / { $key })가 변조되었거나 옮겨졌습니다.
# REVIEW: the source itself asks for the wording of the audit-log fault kinds to be confirmed with operations staff.
store-error-audit-broken = 감사 로그의 { $seq }번째 기록에서 불일치가 발견되었습니다({ $fault ->
    [edited] 내용이 변경되었습니다
    [missing] 기록이 삭제되었습니다
    [reordered] 순서가 바뀌었습니다
    [truncated] 마지막 기록이 삭제되었습니다
   *[other] 읽을 수 없습니다
}).
store-error-backup-invalid =
    백업 { $path }은(는) 사용할 수 없습니다({ $reason ->
        [checksum] 파일이 손상되었습니다(체크섬 불일치)
        [not-a-backup] 백업 파일이 아닙니다
        [truncated] 파일이 중간에 잘렸습니다
       *[other] 내용을 확인할 수 없습니다: { $reason }
    }).
store-error-schema-too-new = 저장된 데이터의 형식({ $found })이 이 프로그램({ $supported })보다 새로워서 읽을 수 없습니다. 앱을 업데이트해 주세요.
store-error-migration = 형식 { $from }에서 데이터 변환에 실패했습니다: { $reason }
store-error-encoding = { $what } 변환에 실패했습니다: { $detail }
store-error-io = 파일 작업({ $op })에 실패했습니다: { $path }: { $detail }
store-error-engine = 저장 엔진 오류({ $op }): { $detail }

store-event-recovered = 데이터를 여는 중에 빈 스냅숏 파일을 다른 곳으로 옮겼습니다(삭제하지 않았습니다): { $file }
store-recovery-key-shown-once = 복구 키입니다. 지금 한 번만 표시됩니다. 종이에 옮겨 적어 안전한 곳에 보관해 주세요. 암호 문구를 잊었을 때 데이터를 열 수 있는 유일한 방법입니다.
store-plain-export-warning = 환자 정보를 암호화하지 않고 파일로 내보냅니다. 이 파일은 누구나 읽을 수 있습니다. 내보내기는 감사 로그에 제3자 제공으로 기록됩니다. 계속하시겠습니까?
store-saved = 저장했습니다.
