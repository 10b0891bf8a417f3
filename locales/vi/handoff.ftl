# The physician's handoff sheet (kakehashi-handoff). The printed sheet is Japanese; these strings serve
# Vietnamese-speaking staff, the CLI, and the patient-language subtitle.

## Errors

handoff-error-unrenderable = Ký tự “{ $character }” ({ $codepoint }) trong mục “{ $field }” không thể in bằng phông chữ đi kèm. Vui lòng kiểm tra ký tự hoặc sửa mục đó.
handoff-error-font-missing = Không tìm thấy tệp phông chữ { $file } trong { $dir }.
handoff-error-font-invalid = Không thể đọc tệp phông chữ { $file }.
handoff-error-invalid-record = Không thể đọc tệp hồ sơ (mục { $field }, dòng { $line }, ký tự thứ { $column }).
handoff-error-invalid-timestamp = Thời gian “{ $value }” của { $field } không theo định dạng RFC 3339.
handoff-error-pdf-write = Không thể ghi tệp PDF.

## Title, header, footer

handoff-title = Y học tái tạo: phiếu bàn giao trước khi khám bệnh
# REVIEW: subtitle shown in the patient's language; the source asks for a translator's check of every language version.
handoff-title-patient = Y học tái tạo: phiếu bàn giao trước khi khám bệnh
handoff-pdf-title = Phiếu bàn giao trước khi khám bệnh (y học tái tạo) — hồ sơ { $id }
handoff-pdf-subject = Thông tin trước khi khám bệnh của bệnh nhân nước ngoài (dành cho bác sĩ)
handoff-header-record = {"  "}Hồ sơ { $id } phiên bản { $version }
handoff-header-name-see-page-1 = Họ tên: xem phần thông tin bệnh nhân ở trang 1
handoff-footer-page = Trang { $page } / { $pages }
# REVIEW: "thông tin cá nhân nhạy cảm" (要配慮個人情報) is marked needs-review in the glossary.
handoff-confidential = Bảo mật: có chứa thông tin cá nhân nhạy cảm. Nghiêm cấm sử dụng ngoài mục đích khám chữa bệnh, sao chép hoặc cung cấp cho bên thứ ba.
handoff-content-hash = Mã băm nội dung hồ sơ (SHA-256): { $hash }
handoff-sample = ※ Đây là hồ sơ mẫu hư cấu, không phải bệnh nhân thật.

handoff-clinic = Cơ sở y tế
handoff-generated-at = Thời điểm tạo
handoff-staff = Người phụ trách
# REVIEW: "điều phối viên y tế" is marked needs-review in the glossary.
handoff-staff-coordinator = Điều phối viên:{" "}
handoff-staff-interpreter = {"  "}Phiên dịch viên:{" "}
handoff-staff-physician = {"  "}Bác sĩ:{" "}
handoff-record = Mã hồ sơ
handoff-record-version = {"  "}Phiên bản:{" "}

## Shared states

handoff-not-asked = CHƯA HỎI (chưa được xác nhận) NOT ASKED
handoff-confirmed-none = Không có (đã xác nhận)
handoff-confirmed-by = {"  "}Người xác nhận:{" "}
handoff-confirmed-at = {"  "}Thời điểm xác nhận:{" "}
handoff-unknown = Không rõ (đã hỏi nhưng không ai biết)
handoff-empty-list = Danh sách trống (chưa được xác nhận là “không có”)
handoff-blank = (chưa ghi)
handoff-not-recorded = không có ghi chép
handoff-untranslated = {"  "}[chưa dịch]
handoff-translated-by = {"  "}(người dịch: { $translator }, { $method })
handoff-note = Ghi chú
handoff-date = Ngày
handoff-when = {"  "}Thời điểm:{" "}
handoff-reaction = {"  "}Phản ứng:{" "}

## Alert box

handoff-alert-title = Điểm cần lưu ý
handoff-allergies = Dị ứng
handoff-checklist = Mục dừng và cần chú ý
handoff-checklist-not-supplied = Không kèm kết quả danh mục kiểm tra
handoff-checklist-clear = Danh mục kiểm tra không phát hiện mục cần dừng hoặc cần chú ý
handoff-severity-stop = DỪNG
handoff-severity-attention = Chú ý
handoff-severity-info = Thông tin
handoff-anticoagulants = Thuốc chống đông và thuốc chống kết tập tiểu cầu
handoff-anticoagulant = Thuốc chống đông
handoff-antiplatelet = Thuốc chống kết tập tiểu cầu
handoff-anticoagulants-none-listed = Không có thuốc nào thuộc nhóm này trong danh sách thuốc
handoff-anticoagulants-unassessed = Thuốc chưa được đánh giá tác dụng chống đông hoặc chống kết tập tiểu cầu: { $count }

## Patient

handoff-section-patient = Thông tin bệnh nhân
handoff-name = Họ tên
handoff-dob-sex = Ngày sinh / giới tính
handoff-nationality = Quốc tịch
handoff-languages = Ngôn ngữ
handoff-japanese-ability = {"  "}Tiếng Nhật:{" "}
handoff-interpreter = Phiên dịch
handoff-interpreter-not-needed = Không cần
handoff-interpreter-not-assigned = Chưa bố trí
handoff-qualification = {"  "}Chứng chỉ:{" "}
handoff-qualification-none = không có
handoff-referral = Nguồn giới thiệu
handoff-referral-name = {"  "}Tên:{" "}
handoff-referral-contact = {"  "}Liên hệ:{" "}
handoff-contact = Liên hệ
handoff-phone = Điện thoại:{" "}
handoff-email = Email:{" "}
handoff-messaging = Ứng dụng nhắn tin:{" "}
handoff-address = Địa chỉ:{" "}
handoff-emergency-contact = Liên hệ khẩn cấp:{" "}
handoff-emergency-phone = Điện thoại khẩn cấp:{" "}
handoff-emergency-relation = Quan hệ:{" "}
handoff-pregnancy = Mang thai
handoff-breastfeeding = Cho con bú:{" "}

## Medications

handoff-section-medications = Thuốc đang dùng
handoff-med-name = Tên thuốc (theo lời bệnh nhân)
handoff-med-generic = Tên hoạt chất
handoff-med-dose = Liều, số lần, đường dùng
handoff-med-since = Bắt đầu từ
handoff-med-reason = Lý do
handoff-med-flags = Chống đông / chống kết tập tiểu cầu

## History

handoff-section-conditions = Tiền sử bệnh, bệnh sử
handoff-section-surgeries = Tiền sử phẫu thuật
handoff-section-family = Tiền sử gia đình
handoff-condition = Bệnh
handoff-onset = Khởi phát
handoff-status = Tình trạng
handoff-procedure = Phẫu thuật, thủ thuật
handoff-relation = Quan hệ
handoff-kind = Phân loại
handoff-age-at-onset = Tuổi khởi phát

## Results

handoff-section-screening = Kết quả xét nghiệm (bệnh truyền nhiễm, chất chỉ điểm khối u, đông máu, công thức máu)
handoff-section-imaging = Chẩn đoán hình ảnh
handoff-test = Xét nghiệm
handoff-codes = Mã
handoff-result = Kết quả
handoff-range = Khoảng tham chiếu
handoff-flag = Đánh giá
handoff-collected = Ngày lấy mẫu
handoff-lab = Nơi xét nghiệm, ghi chú
handoff-stale = {"  "}[quá { $days } ngày, cần xem xét lại]
handoff-modality = Loại
handoff-region = Vị trí
handoff-imaging-summary = Kết quả đọc (bản gốc / bản dịch)
handoff-facility = Cơ sở

## Planned treatment

handoff-section-treatment = Điều trị dự kiến
handoff-what = Thứ được đưa vào cơ thể
handoff-origin = Nguồn gốc, vị trí lấy mẫu
handoff-harvest = {"  "}Lấy mẫu:{" "}
handoff-route = Đường dùng
handoff-dose = Lượng, số lượng tế bào, số lần
handoff-cell-count = {"  "}Số lượng tế bào:{" "}
handoff-sessions = {"  "}Số lần:{" "}
handoff-handling = Đông lạnh, rã đông
handoff-cryopreserved = Bảo quản đông lạnh:{" "}
handoff-thawed-on-site = {"  "}Rã đông tại cơ sở:{" "}
handoff-thaw-documented-by = {"  "}Người ghi chép quy trình:{" "}
# REVIEW: "số kế hoạch" / "kế hoạch cung cấp y học tái tạo" are marked needs-review in the glossary.
handoff-plan-number = Số kế hoạch cung cấp
handoff-risk-class = Phân loại rủi ro
# REVIEW: "hội đồng y học tái tạo được chứng nhận" and "số chứng nhận hội đồng" are marked needs-review in the glossary.
handoff-committee = Hội đồng được chứng nhận (tên, số)
# REVIEW: "hệ thống đăng ký bệnh nhân" (registry) is marked needs-review in the glossary.
handoff-registry = Đăng ký dữ liệu
handoff-emergency-care = Bệnh viện chuyển đến khi cấp cứu
handoff-indication = Chỉ định (triệu chứng cần điều trị)
handoff-physician-date = Bác sĩ điều trị, ngày dự kiến
handoff-planned-date = {"  "}Ngày dự kiến:{" "}
# REVIEW: "cơ sở nuôi cấy và chế biến tế bào" is marked needs-review in the glossary.
handoff-section-sites = Cơ sở nuôi cấy và chế biến tế bào
handoff-site-name = Tên cơ sở
# REVIEW: "số cơ sở" is marked needs-review in the glossary.
handoff-facility-number = Số cơ sở
handoff-site-location = Vị trí
handoff-site-role = Vai trò

## Explanation and consent

# REVIEW: the glossary term for teach-back (phương pháp nói lại) is marked needs-review.
handoff-section-explanation = Giải thích và xác nhận mức độ hiểu (phương pháp nói lại)
handoff-topic = Nội dung
handoff-detail = Nội dung giải thích
handoff-explained-by = Người giải thích, ngày, ngôn ngữ, phiên dịch
handoff-teach-back = Xác nhận mức độ hiểu
handoff-section-questions = Câu hỏi của bệnh nhân
handoff-question = Câu hỏi (bản gốc / bản dịch)
handoff-answer = Câu trả lời, người trả lời
# REVIEW: "thông tin cá nhân nhạy cảm" (要配慮個人情報) is marked needs-review in the glossary.
handoff-section-consent = Sự đồng ý (thông tin cá nhân nhạy cảm)
handoff-consent-acquire = Đồng ý cho thu thập
# REVIEW: the glossary phrase consent-to-share is marked needs-review.
handoff-consent-share = Đồng ý cung cấp thông tin cho bên thứ ba
handoff-recorded-by = {"  "}Người ghi:{" "}

## The patient's statement

handoff-section-statement = Lời khai của bệnh nhân (bản gốc và bản dịch)
handoff-statement-original = Bản gốc ({ $lang })
handoff-statement-translation = Bản dịch (tiếng Nhật) — người dịch: { $translator }, { $method }
handoff-statement-translation-missing = Bản dịch (tiếng Nhật)
handoff-section-signatures = Chữ ký
# REVIEW: "điều phối viên y tế" is marked needs-review in the glossary.
handoff-sign-coordinator = Điều phối viên { $name }
handoff-sign-interpreter = Phiên dịch viên { $name }
handoff-sign-physician = Bác sĩ { $name }
