# Glossary panel and the physician handoff preview (overlays).

panels-close = Đóng (Esc)
panels-required = Bắt buộc
panels-needs-review = Cần kiểm tra

## Glossary

panels-glossary-title = Bảng thuật ngữ
panels-glossary-search-label = Tìm thuật ngữ
panels-glossary-search-placeholder = 漢字・かな・中文・한국어・tiếng Việt (có thể gõ không dấu)・English
panels-glossary-hint = ↑↓ để chọn, Tab để hiện/ẩn đủ 6 ngôn ngữ, Esc để đóng.
panels-glossary-expand = Hiện đủ 6 ngôn ngữ
panels-glossary-collapse = Quay lại 2 ngôn ngữ
panels-glossary-count = { $count ->
    [0] Không có kết quả
   *[other] { $count } kết quả
}
panels-glossary-failed = Không tìm được. Vui lòng nhập lại.
panels-glossary-no-term = (không có thuật ngữ trong ngôn ngữ này)
panels-glossary-avoid = Cách nói nên tránh
panels-glossary-source = Nguồn
panels-definition-ja = Định nghĩa (tiếng Nhật)
panels-definition-en = Định nghĩa (tiếng Anh)
panels-match-exact = Khớp hoàn toàn
panels-match-prefix = Khớp phần đầu
panels-match-substring = Khớp một phần
panels-match-fuzzy = Khớp gần đúng
panels-locale-ja = Tiếng Nhật
panels-locale-en = Tiếng Anh
panels-locale-zh-Hans = Tiếng Trung (giản thể)
panels-locale-zh-Hant = Tiếng Trung (phồn thể)
panels-locale-ko = Tiếng Hàn
panels-locale-vi = Tiếng Việt
panels-domain-cell-types = Loại tế bào
panels-domain-cell-sources = Nguồn lấy tế bào
panels-domain-products = Sản phẩm, chế phẩm
panels-domain-procedures = Thủ thuật, kỹ thuật
panels-domain-manufacturing-quality = Sản xuất, chất lượng
panels-domain-regulation = Pháp quy
panels-domain-history-conditions = Tiền sử bệnh, bệnh lý
panels-domain-symptoms = Triệu chứng
panels-domain-drug-classes = Nhóm thuốc
panels-domain-allergy-reactions = Dị ứng, phản ứng
panels-domain-screening-tests = Xét nghiệm sàng lọc
panels-domain-imaging = Chẩn đoán hình ảnh
panels-domain-consent-phrases = Cách diễn đạt khi giải thích, xin đồng ý
panels-domain-anatomy-routes = Giải phẫu, đường dùng

## Handoff preview

panels-handoff-title = Phiếu bàn giao cho bác sĩ (xem trước)
panels-handoff-people = Bàn giao
panels-handoff-recipient = Họ tên bác sĩ nhận
panels-handoff-clinic = Cơ sở y tế
panels-handoff-interpreter = Phiên dịch viên
panels-handoff-blocking-title = Các mục đang chặn việc xuất phiếu ({ $count } mục)
panels-handoff-no-blocking = Không có mục nào chặn việc xuất phiếu.
panels-handoff-override = Sau khi xác nhận lý do, bỏ qua mục này và xuất phiếu (sẽ được ghi vào nhật ký kiểm tra)
panels-handoff-not-overridable = Không thể bỏ qua mục này. Vui lòng bổ sung hồ sơ.
panels-handoff-save = Lưu PDF…
panels-handoff-open = Mở bằng trình xem
panels-handoff-need-recipient = Vui lòng nhập họ tên bác sĩ nhận.
panels-handoff-need-overrides = Còn { $count } mục chưa giải quyết. Vui lòng giải quyết, hoặc chủ động chọn bỏ qua từng mục.
panels-handoff-rendering = Đang tạo phiếu…
panels-handoff-saving = Đang lưu PDF…
panels-handoff-opening = Đang mở PDF…
panels-handoff-saved = Đã lưu: { $path }
panels-handoff-pages = Các trang của phiếu
panels-handoff-page = Trang { $n } / { $total }
panels-handoff-prev = Trang trước
panels-handoff-next = Trang sau
panels-handoff-zoom-in = Phóng to
panels-handoff-zoom-out = Thu nhỏ
panels-severity-stop = Dừng
panels-severity-missing = Chưa ghi
panels-severity-attention = Cần chú ý
panels-severity-note = Tham khảo

## Glossary panel: user terms, import and export
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-add = Thêm thuật ngữ
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-user-term = Thuật ngữ người dùng
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-edit = Sửa
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-delete = Xóa
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-delete-confirm = Xóa thuật ngữ người dùng này?
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-delete-confirm-added = Xóa các thuật ngữ đã thêm vào khái niệm này? (Thuật ngữ có sẵn vẫn giữ.)
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-cancel = Hủy
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-copy = Sao chép để điều chỉnh
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-add-title = Thêm thuật ngữ người dùng
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-edit-title = Sửa thuật ngữ người dùng
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-preferred = Thuật ngữ ưu tiên
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-reading = Cách đọc (kana)
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-synonyms = Từ đồng nghĩa (mỗi dòng một từ)
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-avoid = Cách nói nên tránh (mỗi dòng một)
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-definition = Định nghĩa
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-id = ID
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-id-placeholder = Để trống sẽ tự tạo
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-domain = Lĩnh vực
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-domain-none = (không có)
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-review = Trạng thái kiểm tra
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-verified = Đã kiểm tra
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-form-save = Lưu
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import = Nhập (TBX, CSV)…
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-export-format = Định dạng xuất
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-export = Xuất…
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-export-done = Đã xuất ra {$path}.
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-reading = Đang đọc tệp…
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-storing = Đang lưu…
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-review = Nội dung sẽ nhập
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-new = Mới: {$count}
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-replaces = Thay thế thuật ngữ người dùng: {$count}
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-extends = Bổ sung thuật ngữ cho khái niệm có sẵn: {$count}
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-unchanged = Không đổi (bỏ qua): {$count}
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-problems = Lỗi: {$count}
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-at-line = Dòng {$line}:
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-at-entry = Mục {$entry}:
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-confirm = Nhập {$count}
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-confirm-partial = Vẫn nhập {$count} mục đọc được ({$problems} vấn đề: phần không được nhập ghi ở trên)
# REVIEW: Vietnamese wording of the user-glossary UI not yet checked by a native speaker
panels-glossary-import-done = Đã nhập {$count} (bỏ {$left}).
