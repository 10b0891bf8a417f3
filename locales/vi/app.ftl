## Application chrome (staff locale). Japanese is the source locale.

app-title = Kakehashi (架け橋)
# REVIEW: the glossary marks the coordinator term (medical-coordinator) needs-review.
app-tagline = Công cụ hỗ trợ phiên dịch viên và điều phối viên đồng hành cùng bệnh nhân nước ngoài điều trị y học tái tạo tại Nhật Bản

## Language names, each in its own language (the same in every locale file)

locale-autonym = Tiếng Việt

## Main screen

ui-staff-locale = Ngôn ngữ của nhân viên
ui-patient-locale = Ngôn ngữ của bệnh nhân
ui-home-heading = Quy trình tiếp nhận
ui-home-intro = Mỗi mục được hiển thị song song bằng ngôn ngữ của nhân viên và ngôn ngữ của bệnh nhân.
ui-version = Phiên bản { $version }
ui-data-dir = Thư mục dữ liệu: { $path }
ui-loading = Đang tải…

## Intake sections

section-profile = Thông tin cá nhân
section-history = Tiền sử bệnh
section-medications = Thuốc đang dùng
section-allergies = Dị ứng
section-screening = Kết quả xét nghiệm
section-treatment = Điều trị dự kiến
section-consent = Giải thích và đồng ý

## Errors of the application layer

app-error-data-dir = Không thể sử dụng thư mục dữ liệu “{ $path }”: { $detail }
app-error-in-use = Thư mục dữ liệu “{ $path }” đang được một tiến trình Kakehashi khác sử dụng. Vui lòng dùng cửa sổ đó.
app-error-internal = Đã xảy ra lỗi ngoài dự kiến ({ $context }). Nội dung đã nhập vẫn được lưu giữ.
app-error-settings-unreadable = Không thể đọc tệp cài đặt “{ $path }”: { $detail }
app-error-unknown-locale = “{ $locale }” không phải là ngôn ngữ có thể sử dụng.
app-error-out-of-range = Vui lòng nhập giá trị trong khoảng { $min }–{ $max }.
app-error-invalid-settings = Không thể lưu cài đặt. Vui lòng kiểm tra các mục được đánh dấu.
app-error-record-invalid = Chưa lưu vì có { $count } mục gặp vấn đề. Nội dung đã lưu trước đó không thay đổi.
app-error-record-id = Mã hồ sơ không đúng.
app-error-already-set-up = Thư mục dữ liệu này đã có kho lưu trữ.
app-error-needs-setup = Chưa tạo kho lưu trữ. Vui lòng thực hiện thiết lập ban đầu.
app-error-staff-required = Vui lòng nhập tên nhân viên (sẽ được ghi vào nhật ký kiểm tra).
app-error-passphrase-short = Cụm mật khẩu phải có ít nhất { $min } ký tự.
app-error-passphrase-mismatch = Cụm mật khẩu xác nhận không khớp.
app-error-passphrase-rejected = Không thể đặt cụm mật khẩu. Vui lòng kiểm tra các mục được đánh dấu.
app-error-handoff-blocked = Không thể xuất phiếu bàn giao vì các mục trong danh mục kiểm tra an toàn ({ $rules }) chưa được giải quyết. Vui lòng giải quyết, hoặc sau khi xác nhận lý do thì chủ động chọn bỏ qua (việc bỏ qua sẽ được ghi vào nhật ký kiểm tra).
app-error-write-file = Không thể ghi vào tệp “{ $path }”: { $detail }
app-error-read-file = Không thể đọc tệp “{ $path }”: { $detail }

## User glossary (kept in the encrypted store) and the CLI import
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-unreadable = Không mở được bảng thuật ngữ của người dùng ({$detail}). Chỉ tìm trong thuật ngữ có sẵn.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-invalid = Không lưu được thuật ngữ. Vui lòng sửa {$count} mục.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-id-empty = Thiếu ID.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-id-form = ID phải là một dòng, tối đa {$max} ký tự.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-id-taken = Đã có thuật ngữ người dùng với ID {$id}. Hãy sửa nó hoặc chọn ID khác.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-not-found = Không có thuật ngữ người dùng {$id}.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-no-term = Hãy nhập thuật ngữ ưu tiên cho ít nhất một ngôn ngữ.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-preferred-missing = Thuật ngữ {$locale} chưa có thuật ngữ ưu tiên.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-term-line = Thuật ngữ không được chứa xuống dòng, tab hay ký tự điều khiển khác.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-reading-ja-only = Chỉ thuật ngữ tiếng Nhật mới có cách đọc.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-reading-kana = Cách đọc “{$reading}” phải viết bằng kana (hiragana hoặc katakana).
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-error-text-control = Văn bản chứa ký tự điều khiển không lưu được.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-import-invalid = Không nhập được mục {$id} ({$field} không hợp lệ).
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-user-import-stale = Bản xem trước nhập này không còn hiệu lực. Vui lòng đọc lại tệp.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-preview-only = Chưa chỉ định thư mục dữ liệu nên chỉ xem trước (dùng --data-dir để lưu).
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-preview = Xem trước: {$new} mới, {$replaced} thay thế thuật ngữ người dùng, {$extended} bổ sung khái niệm có sẵn, {$unchanged} không đổi, {$problems} lỗi.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-nothing-to-import = Không có nội dung mới để nhập.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-confirm = Nhập {$count} khái niệm? [y/N]
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-confirm-partial = Có {$problems} vấn đề (mỗi vấn đề ở trên ghi rõ phần nào không được nhập). Vẫn nhập {$count} khái niệm đọc được? [y/N]
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-cancelled = Đã hủy nhập. Không lưu gì cả.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
glossary-cli-imported = Đã nhập {$count} khái niệm (bỏ {$left}).
