# Glossary panel and the physician handoff preview (overlays).

panels-close = 닫기 (Esc)
panels-required = 필수
panels-needs-review = 확인 필요

## Glossary

panels-glossary-title = 용어집
panels-glossary-search-label = 용어 검색
panels-glossary-search-placeholder = 漢字・かな・中文・한국어・tiếng Việt(성조 없이도 가능)・English
panels-glossary-hint = ↑↓로 선택, Tab으로 6개 언어 모두 표시/되돌리기, Esc로 닫기.
panels-glossary-expand = 6개 언어 모두 표시
panels-glossary-collapse = 2개 언어로 되돌리기
panels-glossary-count = { $count ->
    [0] 결과 없음
   *[other] { $count }건
}
panels-glossary-failed = 검색할 수 없었습니다. 다시 입력해 주세요.
panels-glossary-no-term = (이 언어의 용어 없음)
panels-glossary-avoid = 쓰지 않는 표현
panels-glossary-source = 출처
panels-definition-ja = 정의(일본어)
panels-definition-en = 정의(영어)
panels-match-exact = 완전 일치
panels-match-prefix = 앞부분 일치
panels-match-substring = 부분 일치
panels-match-fuzzy = 유사 일치
panels-locale-ja = 일본어
panels-locale-en = 영어
panels-locale-zh-Hans = 중국어(간체)
panels-locale-zh-Hant = 중국어(번체)
panels-locale-ko = 한국어
panels-locale-vi = 베트남어
panels-domain-cell-types = 세포 종류
panels-domain-cell-sources = 세포 채취원
panels-domain-products = 제품·가공물
panels-domain-procedures = 처치·시술
panels-domain-manufacturing-quality = 제조·품질
panels-domain-regulation = 법규제
panels-domain-history-conditions = 과거력·질환
panels-domain-symptoms = 증상
panels-domain-drug-classes = 약물 분류
panels-domain-allergy-reactions = 알레르기·반응
panels-domain-screening-tests = 선별검사
panels-domain-imaging = 영상검사
panels-domain-consent-phrases = 동의·설명 표현
panels-domain-anatomy-routes = 해부·투여 경로

## Handoff preview

panels-handoff-title = 의사용 인계서(미리 보기)
panels-handoff-people = 인계
panels-handoff-recipient = 인계받는 의사의 성명
panels-handoff-clinic = 의료기관
panels-handoff-interpreter = 통역사
panels-handoff-blocking-title = 출력을 막고 있는 항목({ $count }건)
panels-handoff-no-blocking = 출력을 막고 있는 항목이 없습니다.
panels-handoff-override = 이유를 확인한 뒤 이 항목을 무시하고 출력합니다(감사 기록에 남습니다)
panels-handoff-not-overridable = 이 항목은 무시할 수 없습니다. 기록을 보완해 주세요.
panels-handoff-save = PDF 저장…
panels-handoff-open = 뷰어에서 열기
panels-handoff-need-recipient = 인계받는 의사의 성명을 입력해 주세요.
panels-handoff-need-overrides = 해결되지 않은 항목이 { $count }건 있습니다. 해결하거나 각 항목을 명시적으로 무시해 주세요.
panels-handoff-rendering = 인계서를 만들고 있습니다…
panels-handoff-saving = PDF를 저장하고 있습니다…
panels-handoff-opening = PDF를 열고 있습니다…
panels-handoff-saved = 저장했습니다: { $path }
panels-handoff-pages = 인계서 페이지
panels-handoff-page = { $n } / { $total }쪽
panels-handoff-prev = 이전 페이지
panels-handoff-next = 다음 페이지
panels-handoff-zoom-in = 확대
panels-handoff-zoom-out = 축소
panels-severity-stop = 중지
panels-severity-missing = 미기재
panels-severity-attention = 주의 필요
panels-severity-note = 참고

## Glossary panel: user terms, import and export
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-add = 용어 추가
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-user-term = 사용자 용어
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-edit = 수정
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-delete = 삭제
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-delete-confirm = 이 사용자 용어를 삭제할까요?
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-delete-confirm-added = 이 개념에 추가한 용어를 삭제할까요? (기본 제공 용어는 남습니다.)
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-cancel = 취소
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-copy = 복사해서 보완
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-add-title = 사용자 용어 추가
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-edit-title = 사용자 용어 수정
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-preferred = 대표 용어
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-reading = 읽기(가나)
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-synonyms = 동의어(한 줄에 하나)
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-avoid = 피해야 할 표현(한 줄에 하나)
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-definition = 정의
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-id = ID
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-id-placeholder = 비워 두면 자동으로 만듭니다
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-domain = 분야
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-domain-none = (없음)
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-review = 검토 상태
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-verified = 확인됨
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-save = 저장
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import = 가져오기(TBX, CSV)…
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-export-format = 내보내기 형식
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-export = 내보내기…
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-export-done = {$path}에 내보냈습니다.
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-reading = 파일을 읽는 중…
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-storing = 저장하는 중…
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-review = 가져올 내용 확인
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-new = 새 용어: {$count}개
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-replaces = 사용자 용어 교체: {$count}개
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-extends = 기본 개념에 용어 추가: {$count}개
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-unchanged = 변경 없음(건너뜀): {$count}개
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-problems = 문제: {$count}개
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-at-line = {$line}번째 줄:
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-at-entry = {$entry}번째 항목:
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-confirm = {$count}개 가져오기
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-confirm-partial = 읽을 수 있는 {$count}개 가져오기(문제 {$problems}개: 제외되는 내용은 위 참조)
# REVIEW: Korean wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-done = {$count}개를 가져왔습니다(제외 {$left}개).
