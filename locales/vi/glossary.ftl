## Glossary (kakehashi-glossary): errors, import problems and built-in data checks.
## Japanese is the source locale.

glossary-error-io = Không thể đọc hoặc ghi tệp {$path} ({$detail}).
glossary-error-file-too-large = Tệp {$path} quá lớn (giới hạn {$limit} byte).
glossary-error-unknown-format = Tệp {$path} không phải TBX cũng không phải CSV.
# REVIEW: wording not yet checked by a native speaker
glossary-error-import-has-problems = Có {$count} vấn đề khi nhập. Cần xác nhận để chỉ nhập phần đọc được (mỗi vấn đề ghi rõ phần nào không được nhập).
glossary-error-export = Xuất không thành công ({$detail}).
glossary-error-invalid-user-concept = Trường {$field} của thuật ngữ người dùng {$id} không đúng.

glossary-import-not-utf8 = Dòng {$line}: tệp không phải UTF-8.
glossary-import-xml-malformed = Dòng {$line}: XML không đúng định dạng ({$detail}).
glossary-import-unknown-entity = Dòng {$line}: có tham chiếu thực thể chưa được định nghĩa &{$entity};.
glossary-import-not-tbx = Không phải tệp TBX (không có phần tử martif hoặc tbx).
glossary-import-missing-language = Dòng {$line}: có nhóm ngôn ngữ không chỉ định ngôn ngữ (xml:lang).
glossary-import-unsupported-language = Dòng {$line}: thuật ngữ thuộc ngôn ngữ không được hỗ trợ {$language} sẽ không được nhập.
glossary-import-only-deprecated = Dòng {$line}: ngôn ngữ {$language} chỉ có các thuật ngữ nên tránh dùng. Đã lấy thuật ngữ đầu tiên làm thuật ngữ ưu tiên.
glossary-import-entry-without-terms = Dòng {$line}: mục này không có thuật ngữ nào.
glossary-import-nested-entry = Dòng {$line}: có một mục nằm bên trong mục khác. Mục bên ngoài được nhập với nội dung đọc được đến đó.
glossary-import-term-outside-language = Dòng {$line}: thuật ngữ “{$term}” nằm ngoài nhóm ngôn ngữ nên không xác định được ngôn ngữ.
glossary-import-invalid-character = Dòng {$line}: không thể nhập vì “{$text}” có ký tự điều khiển như xuống dòng hoặc tab.
glossary-import-duplicate-id = ID {$id} bị trùng.
glossary-import-empty-file = Tệp trống.
glossary-import-unknown-domain = Dòng {$line}: không rõ lĩnh vực {$domain}; dòng này không được nhập.
glossary-import-unknown-review = Dòng {$line}: không rõ trạng thái rà soát {$review} (phải là verified hoặc needs-review); dòng này không được nhập.
glossary-import-csv-malformed = Dòng {$line}: CSV không đúng định dạng ({$detail}).
glossary-import-csv-unknown-column = Không rõ cột “{$column}” nên nội dung của cột này sẽ không được nhập.
glossary-import-csv-duplicate-column = Cột “{$column}” bị trùng.
glossary-import-csv-no-term-columns = Dòng tiêu đề không có cột ngôn ngữ (ja, en, zh-Hans…).
glossary-import-csv-field-count = Dòng {$line}: có {$found} cột (dòng tiêu đề có {$expected} cột).
glossary-import-csv-missing-preferred = Dòng {$line}: ngôn ngữ {$language} không có thuật ngữ ưu tiên.

glossary-data-malformed = Dữ liệu không đúng định dạng ({$detail}).
glossary-data-unknown-field = Có trường không xác định {$field}.
glossary-data-no-concepts = Không có mục khái niệm (concept) nào.
glossary-data-bad-id = ID {$id} không theo định dạng chữ thường, chữ số và dấu gạch nối.
glossary-data-duplicate-id = ID {$id} cũng đã được dùng ở {$first}.
glossary-data-unknown-domain = Không rõ lĩnh vực {$domain}.
glossary-data-unknown-review = Không rõ trạng thái rà soát {$review}.
glossary-data-empty-source = Không có nguồn.
glossary-data-bad-loinc = Mã LOINC {$loinc} không đúng định dạng.
glossary-data-loinc-check-digit = Chữ số kiểm tra của mã LOINC {$loinc} không khớp (đúng phải là {$expected}).
glossary-data-empty-definition = Định nghĩa của ngôn ngữ {$locale} bị trống.
glossary-data-missing-definition = Thiếu định nghĩa của ngôn ngữ {$locale}.
glossary-data-unknown-locale = Không rõ ngôn ngữ {$locale}.
glossary-data-empty-term = Ngôn ngữ {$locale} có thuật ngữ trống.
glossary-data-term-invalid-character = Thuật ngữ của ngôn ngữ {$locale} có ký tự điều khiển như xuống dòng hoặc tab.
glossary-data-text-invalid-character = Định nghĩa hoặc nguồn có ký tự điều khiển không được phép.
glossary-data-missing-reading = Thuật ngữ tiếng Nhật thiếu cách đọc (hiragana).
glossary-data-reading-not-hiragana = Cách đọc “{$reading}” không phải hiragana.
glossary-data-reading-not-japanese = Chỉ thuật ngữ tiếng Nhật mới được ghi cách đọc ({$locale}).
glossary-data-missing-locale = Thiếu thuật ngữ của ngôn ngữ {$locale}.
glossary-data-unknown-related = ID liên quan {$related} không tồn tại.
glossary-import-truncated = Dòng {$line}: tệp kết thúc giữa chừng (có phần tử chưa được đóng).
