## Glossary (kakehashi-glossary): errors, import problems and built-in data checks.
## Japanese is the source locale.

glossary-error-io = 파일 {$path}을(를) 읽거나 쓸 수 없습니다({$detail}).
glossary-error-file-too-large = 파일 {$path}이(가) 너무 큽니다(최대 {$limit}바이트).
glossary-error-unknown-format = 파일 {$path}은(는) TBX도 CSV도 아닙니다.
# REVIEW: wording not yet checked by a native speaker
glossary-error-import-has-problems = 가져오기에 {$count}건의 문제가 있습니다. 읽을 수 있는 내용만 가져오려면 확인이 필요합니다(제외되는 내용은 각 문제에 적혀 있습니다).
glossary-error-export = 내보내기에 실패했습니다({$detail}).
glossary-error-invalid-user-concept = 사용자 용어 {$id}의 {$field}이(가) 올바르지 않습니다.

glossary-import-not-utf8 = {$line}행: 파일이 UTF-8이 아닙니다.
glossary-import-xml-malformed = {$line}행: XML 형식이 올바르지 않습니다({$detail}).
glossary-import-unknown-entity = {$line}행: 정의되지 않은 엔티티 참조 &{$entity};이(가) 있습니다.
glossary-import-not-tbx = TBX 파일이 아닙니다(martif 또는 tbx 요소가 없습니다).
glossary-import-missing-language = {$line}행: 언어(xml:lang)가 지정되지 않은 언어 세트가 있습니다.
glossary-import-unsupported-language = {$line}행: 지원하지 않는 언어 {$language}의 용어는 가져오지 않습니다.
# REVIEW: 표제어 renders 見出し語 (preferred term); the source itself asks whether it should match the data wording (e.g. 우선 용어).
glossary-import-only-deprecated = {$line}행: 언어 {$language}에는 사용을 피해야 할 용어만 있습니다. 첫 번째 용어를 표제어로 했습니다.
glossary-import-entry-without-terms = {$line}행: 용어가 하나도 없는 항목입니다.
glossary-import-nested-entry = {$line}행: 항목 안에 다른 항목이 있습니다. 바깥 항목은 그 앞까지의 내용으로 가져옵니다.
glossary-import-term-outside-language = {$line}행: 용어 "{$term}"이(가) 언어 세트 밖에 있어 언어를 알 수 없습니다.
glossary-import-invalid-character = {$line}행: "{$text}"에 줄바꿈·탭 등의 제어 문자가 포함되어 있어 가져올 수 없습니다.
glossary-import-duplicate-id = ID {$id}이(가) 중복되었습니다.
glossary-import-empty-file = 파일이 비어 있습니다.
glossary-import-unknown-domain = {$line}행: 분야 {$domain}은(는) 알 수 없습니다. 이 행은 가져오지 않습니다.
glossary-import-unknown-review = {$line}행: 검토 상태 {$review}은(는) 알 수 없습니다(verified 또는 needs-review). 이 행은 가져오지 않습니다.
glossary-import-csv-malformed = {$line}행: CSV 형식이 올바르지 않습니다({$detail}).
glossary-import-csv-unknown-column = 열 "{$column}"은(는) 알 수 없으므로 그 내용은 가져오지 않습니다.
glossary-import-csv-duplicate-column = 열 "{$column}"이(가) 중복되었습니다.
glossary-import-csv-no-term-columns = 머리글 행에 언어 열(ja, en, zh-Hans 등)이 없습니다.
glossary-import-csv-field-count = {$line}행: 열이 {$found}개 있습니다(머리글 행은 {$expected}개).
glossary-import-csv-missing-preferred = {$line}행: 언어 {$language}에 표제어가 없습니다.

glossary-data-malformed = 데이터 형식이 올바르지 않습니다({$detail}).
glossary-data-unknown-field = 알 수 없는 항목 {$field}이(가) 있습니다.
glossary-data-no-concepts = 개념(concept) 항목이 하나도 없습니다.
glossary-data-bad-id = ID {$id}은(는) 소문자·숫자·하이픈 형식이 아닙니다.
glossary-data-duplicate-id = ID {$id}은(는) {$first}에서도 사용되고 있습니다.
glossary-data-unknown-domain = 분야 {$domain}은(는) 알 수 없습니다.
glossary-data-unknown-review = 검토 상태 {$review}은(는) 알 수 없습니다.
glossary-data-empty-source = 출처가 없습니다.
glossary-data-bad-loinc = LOINC 코드 {$loinc}의 형식이 올바르지 않습니다.
glossary-data-loinc-check-digit = LOINC 코드 {$loinc}의 검사 숫자가 맞지 않습니다(올바른 값은 {$expected}).
glossary-data-empty-definition = 언어 {$locale}의 정의가 비어 있습니다.
glossary-data-missing-definition = 언어 {$locale}의 정의가 없습니다.
glossary-data-unknown-locale = 언어 {$locale}은(는) 알 수 없습니다.
glossary-data-empty-term = 언어 {$locale}에 빈 용어가 있습니다.
glossary-data-term-invalid-character = 언어 {$locale}의 용어에 줄바꿈·탭 등의 제어 문자가 포함되어 있습니다.
glossary-data-text-invalid-character = 정의 또는 출처에 사용할 수 없는 제어 문자가 포함되어 있습니다.
glossary-data-missing-reading = 일본어 용어에 읽는 법(히라가나)이 없습니다.
glossary-data-reading-not-hiragana = 읽는 법 "{$reading}"이(가) 히라가나가 아닙니다.
glossary-data-reading-not-japanese = 읽는 법은 일본어 용어에만 붙일 수 있습니다({$locale}).
glossary-data-missing-locale = 언어 {$locale}의 용어가 없습니다.
glossary-data-unknown-related = 관련 ID {$related}이(가) 존재하지 않습니다.
glossary-import-truncated = {$line}행: 파일이 중간에 끝났습니다(닫히지 않은 요소가 있습니다).
