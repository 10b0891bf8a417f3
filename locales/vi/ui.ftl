## Intake workflow screens (staff locale; every question is also shown in the patient locale).
## Japanese is the source locale. Medical wording follows crates/kakehashi-glossary/data.

## Setup, unlock, recovery

ui-setup-heading = Thiết lập ban đầu
ui-setup-intro = Tạo kho lưu trữ để mã hóa và lưu hồ sơ bệnh nhân trên máy này. Cụm mật khẩu cần có ít nhất { $min } ký tự.
ui-field-staff-name = Tên nhân viên
ui-field-staff-name-hint = Tên này sẽ được ghi vào nhật ký kiểm tra.
ui-field-passphrase = Cụm mật khẩu
ui-field-passphrase-confirm = Cụm mật khẩu (nhập lại)
ui-setup-submit = Tạo kho lưu trữ
ui-setup-working = Đang tạo kho lưu trữ…
ui-recovery-heading = Khóa khôi phục
ui-recovery-instruction = Khóa khôi phục này chỉ hiển thị một lần này. Hãy chép ra giấy và cất ở nơi có khóa. Khi quên cụm mật khẩu, nếu không có khóa này thì không thể mở hồ sơ.
ui-recovery-ack = Tôi đã chép lại khóa khôi phục
ui-recovery-continue = Tiếp tục
ui-unlock-heading = Mở khóa
ui-unlock-intro = Để bắt đầu làm việc, vui lòng nhập tên nhân viên và cụm mật khẩu.
ui-unlock-submit = Mở khóa
ui-unlock-working = Đang kiểm tra…
ui-unlock-use-recovery = Quên cụm mật khẩu (dùng khóa khôi phục)
ui-unlock-use-passphrase = Mở khóa bằng cụm mật khẩu
ui-field-recovery-key = Khóa khôi phục
ui-field-new-passphrase = Cụm mật khẩu mới
ui-field-new-passphrase-confirm = Cụm mật khẩu mới (nhập lại)
ui-unlock-recovery-submit = Mở khóa bằng khóa khôi phục và đổi cụm mật khẩu
ui-lock = Khóa
ui-signed-in = Người thao tác: { $staff }
ui-locked-idle = Đã tự động khóa vì không có thao tác trong một thời gian.

## Patient list

ui-patients-heading = Danh sách bệnh nhân
ui-patients-search = Tìm bệnh nhân
ui-patients-search-hint = Có thể tìm theo tên viết bằng bất kỳ cách nào: chữ Hán, chữ La-tinh, katakana hay hiragana.
ui-patients-new = Bệnh nhân mới
ui-patients-samples = Tải bệnh nhân mẫu
ui-patients-samples-hint = Đây là các bệnh nhân hư cấu (không phải người thật), dùng để thử thao tác.
ui-patients-empty = Chưa có bệnh nhân nào được đăng ký.
ui-patients-no-match = Không có bệnh nhân phù hợp.
ui-patients-col-name = Họ tên
ui-patients-col-dob = Ngày sinh
ui-patients-col-updated = Cập nhật lần cuối
ui-patients-unnamed = (chưa nhập họ tên)
ui-working = Đang xử lý…

## Intake frame

ui-back-to-list = Quay lại danh sách bệnh nhân
ui-tab-summary = Tổng hợp
ui-intake-sections = Các mục tiếp nhận
ui-save = Lưu
ui-handoff-open = Phiếu bàn giao
ui-glossary-open = Bảng thuật ngữ (Ctrl+K)
ui-next-section = Sang mục tiếp theo
ui-save-new = Chưa được lưu
ui-save-dirty = Có thay đổi chưa lưu
ui-save-saving = Đang lưu…
ui-save-saved = Đã lưu ({ $time })
ui-save-rejected = Không thể lưu. Vui lòng kiểm tra { $count } mục. Nội dung đã lưu trước đó không thay đổi.
ui-save-failed = Không thể lưu. Nội dung đã nhập vẫn còn trên màn hình này.
ui-shortcuts = Bàn phím: Alt+N thêm dòng / Ctrl+S lưu / Alt+→ mục tiếp theo / Alt+← mục trước
ui-close-saving = Đang lưu trước khi đóng…
ui-sample-badge = Mẫu (hư cấu)

## Three states of a section (wording from the glossary: not-asked, confirmed-none)

ui-state-not-asked = Chưa hỏi
ui-state-confirmed-none = Không có (đã xác nhận)
ui-state-entries = { $count } mục
ui-state-unknown = Không rõ
ui-state-known = Đã ghi
ui-state-action-not-asked = Đặt lại thành “Chưa hỏi”
ui-state-action-confirm-none = Đã xác nhận là “không có”
ui-state-question = Trạng thái
ui-add-row = Thêm dòng
ui-remove-row = Xóa dòng này
ui-row = Mục thứ { $n }
ui-confirmed-by = Người xác nhận: { $who }

## The patient's own words

ui-pt-original = Lời của bệnh nhân
ui-pt-original-lang = Ngôn ngữ của lời nói
ui-pt-translation = Bản dịch tiếng Nhật
ui-pt-translator = Người dịch
ui-pt-method = Cách dịch

## Profile

ui-field-name-native = Họ tên (cách viết của bản thân)
ui-field-name-native-lang = Ngôn ngữ của cách viết
ui-field-latin-family = Họ (chữ La-tinh, như trong hộ chiếu)
ui-field-latin-given = Tên (chữ La-tinh, như trong hộ chiếu)
ui-field-katakana = Họ tên (katakana)
ui-field-dob = Ngày sinh
ui-field-date-hint = Có thể chỉ nhập năm hoặc năm-tháng (ví dụ: 1968, 1968-04, 1968-04-12)
ui-field-full-date-hint = Năm-tháng-ngày (ví dụ: 2026-11-21)
ui-field-sex = Giới tính
ui-field-nationality = Quốc tịch
ui-field-nationality-hint = Mã quốc gia 2 chữ cái (ví dụ: CN, KR, VN). Nếu có nhiều, phân cách bằng dấu phẩy.
ui-field-preferred-language = Ngôn ngữ dùng khi nói về vấn đề y tế
ui-field-japanese-ability = Mức độ hiểu tiếng Nhật
ui-field-phone = Số điện thoại
ui-field-messaging = Ứng dụng nhắn tin (ID)
ui-field-emergency-name = Liên hệ khẩn cấp (họ tên)
ui-field-emergency-phone = Liên hệ khẩn cấp (điện thoại)
ui-field-referral-source = Nguồn giới thiệu
ui-field-referral-name = Tên người hoặc tổ chức giới thiệu

## History

ui-sub-conditions = Tiền sử bệnh (các bệnh)
ui-sub-surgeries = Tiền sử phẫu thuật
ui-field-condition = Tên bệnh, triệu chứng
ui-field-onset = Thời điểm khởi phát
ui-field-condition-status = Tình trạng hiện tại
ui-field-note = Ghi chú của nhân viên
ui-field-procedure = Phẫu thuật, thủ thuật
ui-field-date = Ngày
ui-field-pregnancy = Mang thai
ui-field-breastfeeding = Cho con bú

## Medications

ui-field-medication-name = Tên thuốc (theo lời bệnh nhân hoặc ghi trên bao bì)
ui-field-generic-name = Tên hoạt chất
ui-field-dose = Liều mỗi lần
ui-field-unit = Đơn vị
ui-field-frequency = Cách dùng, số lần
ui-field-medication-route = Cách sử dụng
ui-field-since = Bắt đầu dùng từ khi nào
ui-field-anticoagulant = Thuốc chống đông
ui-field-antiplatelet = Thuốc chống kết tập tiểu cầu

## Allergies

ui-field-substance = Nguyên nhân (theo lời bệnh nhân)
ui-field-allergy-category = Loại
ui-field-allergen-groups = Nhóm liên quan
ui-field-reaction = Triệu chứng
ui-field-allergy-severity = Mức độ
ui-field-allergy-when = Thời điểm xảy ra

## Screening results

ui-field-test = Xét nghiệm
ui-field-value-kind = Loại kết quả
ui-value-numeric = Giá trị số
ui-value-qualitative = Âm tính / dương tính
ui-field-comparator = So sánh
ui-field-value = Giá trị
ui-field-qualitative = Đánh giá
ui-field-qualitative-text = Cách ghi trên phiếu kết quả
ui-field-range-low = Giá trị tham chiếu (giới hạn dưới)
ui-field-range-high = Giá trị tham chiếu (giới hạn trên)
ui-field-range-text = Giá trị tham chiếu (cách ghi trên phiếu kết quả)
ui-field-collected = Ngày lấy máu
ui-field-lab = Nơi xét nghiệm
ui-screening-flag = Đánh giá
ui-screening-stale = Kết quả cũ (trước ngày điều trị dự kiến hơn { $days } ngày)
ui-screening-fresh = Còn trong thời hạn
ui-screening-no-date = Không có ngày
ui-stale-window-hint = Tính ngược từ ngày điều trị dự kiến, kết quả cũ hơn số ngày này được coi là “kết quả cũ”.
ui-settings-stale-window = Hiệu lực kết quả xét nghiệm (ngày)
ui-settings-stale-window-out-of-range = Thời hạn hiệu lực của kết quả xét nghiệm (ngày) phải từ { $min } đến { $max }.
ui-loinc = LOINC { $code }
ui-loinc-unverified = Cần kiểm tra
ui-custom-test = Xét nghiệm khác (nhập tên)
ui-field-custom-test-name = Tên xét nghiệm

## Planned treatment

ui-field-treatment-category = Thứ được đưa vào cơ thể
ui-field-product-name = Tên sản phẩm, tên phương pháp (theo cách gọi của cơ sở y tế)
ui-field-origin = Nguồn gốc
ui-field-tissue-source = Mô được lấy
ui-field-harvest = Cách lấy mẫu
ui-field-administration-route = Đường dùng
ui-field-cell-count = Số lượng tế bào mỗi lần
ui-field-sessions = Số lần
ui-field-planned-date = Ngày điều trị dự kiến
ui-field-physician = Bác sĩ điều trị
ui-field-indication = Bệnh cần điều trị (theo giải thích của cơ sở y tế)
# REVIEW: "số kế hoạch" and "kế hoạch cung cấp y học tái tạo" are marked needs-review in the glossary.
ui-field-provision-plan-number = Số kế hoạch của kế hoạch cung cấp y học tái tạo
ui-field-risk-class = Phân loại rủi ro
# REVIEW: the source label (届出の種類, "type of notification") does not match the field it labels in the UI (registry status: verification-type / unverification-type care, JSRM YOKOHAMA Declaration 2025); translated by meaning, like handoff-registry. Those two terms are also marked needs-review in the glossary.
ui-field-registry = Đăng ký dữ liệu (kiểm chứng / không kiểm chứng)
ui-field-cryopreserved = Bảo quản đông lạnh
ui-field-thawed-on-site = Rã đông tại cơ sở

## Explanation and consent

ui-sub-explanation = Nội dung đã giải thích
ui-field-topic = Mục đã giải thích
ui-field-detail = Nội dung giải thích
ui-field-explained-language = Ngôn ngữ dùng để giải thích
ui-field-interpreter = Phiên dịch viên
ui-field-explained-by = Người giải thích
ui-field-explained-on = Ngày giải thích
# REVIEW: the glossary term for teach-back (phương pháp nói lại) is marked needs-review.
ui-field-teach-back = Bệnh nhân nói lại bằng lời của mình (phương pháp nói lại)
ui-field-teach-back-words = Lời bệnh nhân đã nói lại
# REVIEW: "thông tin cá nhân nhạy cảm" (要配慮個人情報) is marked needs-review in the glossary.
ui-sub-consent = Sự đồng ý về thông tin cá nhân nhạy cảm
ui-field-consent-acquire = Đồng ý cho thu thập
# REVIEW: the glossary phrase consent-to-share is marked needs-review.
ui-field-consent-share = Đồng ý cung cấp thông tin cho bên thứ ba
ui-field-consent-date = Ngày đồng ý
ui-field-recorded-by = Người ghi

## Summary board

ui-summary-heading = Tổng hợp
ui-summary-completion = Tình trạng từng mục
ui-summary-screening = Tình trạng xét nghiệm
ui-summary-checklist = Kiểm tra an toàn
ui-summary-checklist-empty = Không có điểm nào cần lưu ý.
ui-grid-done = Đã làm
ui-grid-abnormal = Bất thường
ui-grid-stale = Đã cũ
ui-grid-missing = Chưa làm
ui-checklist-in-section = Kiểm tra an toàn của mục này
ui-checklist-jump = Chuyển đến mục liên quan
ui-severity-stop = Dừng
ui-severity-missing = Chưa ghi
ui-severity-attention = Cần chú ý
ui-severity-note = Tham khảo
ui-progress = Đang xử lý…

## Added fields

ui-field-patient-statement = Lý do đi khám (lời của bệnh nhân)
ui-sub-family-history = Tiền sử gia đình
ui-field-relation = Quan hệ
ui-field-family-kind = Loại bệnh
ui-field-age-at-onset = Tuổi khởi phát
ui-field-fact-state = Trạng thái
ui-field-screening-window-heading = Thời hạn hiệu lực của kết quả xét nghiệm
ui-summary-sections-done = Đã xác nhận { $done } / { $total } mục
ui-save-up-to-date = Đã lưu

## Interpreter, processing sites, committee, emergency care

ui-field-interpreter-arrangement = Bố trí phiên dịch
ui-interpreter-not-asked = Chưa hỏi
ui-interpreter-not-needed = Không cần
ui-interpreter-not-assigned = Cần nhưng chưa bố trí
ui-interpreter-assigned = Đã bố trí
ui-field-interpreter-name = Họ tên phiên dịch viên
ui-field-interpreter-organization = Đơn vị công tác
ui-field-interpreter-languages = Ngôn ngữ phiên dịch
ui-field-interpreter-languages-hint = Các thẻ ngôn ngữ cách nhau bằng dấu phẩy (ví dụ: ja, zh-Hans)
ui-field-interpreter-qualification = Chứng chỉ phiên dịch y tế
ui-qualification-not-recorded = Chưa ghi
ui-qualification-none-held = Không có chứng chỉ
ui-qualification-held = Có chứng chỉ
ui-field-qualification-name = Tên chứng chỉ
ui-field-qualification-number = Số chứng chỉ
# REVIEW: "cơ sở nuôi cấy và chế biến tế bào" is marked needs-review in the glossary.
ui-sub-processing-sites = Cơ sở nuôi cấy và chế biến tế bào
ui-field-site-name = Tên cơ sở
# REVIEW: "số cơ sở" is marked needs-review in the glossary.
ui-field-facility-number = Số cơ sở
ui-field-site-location = Vị trí
ui-field-site-country = Quốc gia (nếu ở nước ngoài, mã 2 chữ cái)
ui-field-site-role = Vai trò (nuôi cấy, bảo quản, pha chế cuối cùng…)
# REVIEW: "hội đồng y học tái tạo được chứng nhận" is marked needs-review in the glossary.
ui-field-committee = Hội đồng y học tái tạo được chứng nhận
ui-field-committee-name = Tên hội đồng
# REVIEW: "số chứng nhận hội đồng" is marked needs-review in the glossary.
ui-field-committee-number = Số chứng nhận hội đồng
ui-field-emergency-care = Bệnh viện chuyển đến khi cấp cứu
ui-field-emergency-hospital = Cơ sở y tế chuyển đến
ui-field-emergency-contact = Liên hệ của cơ sở y tế chuyển đến
ui-field-thaw-documented-by = Người ghi chép việc rã đông và xử lý

## Every field of the record editable: profile, screening, imaging, treatment, questions

ui-field-other-names = Tên khác (tên thời con gái, tên tiếng Anh, tên trên phiếu xét nghiệm cũ)
ui-field-other-names-hint = Mỗi dòng một tên.
ui-field-other-languages = Ngôn ngữ khác biết nói
ui-field-other-languages-hint = Các mã ngôn ngữ cách nhau bằng dấu phẩy (ví dụ: en, yue)
ui-field-email = Email
ui-field-address = Địa chỉ (nơi lưu trú hoặc nhà riêng)
ui-field-emergency-relation = Người liên hệ khẩn cấp (quan hệ)
ui-field-referral-contact = Liên hệ của bên giới thiệu
ui-field-referral-note = Ghi chú về việc giới thiệu (ví dụ: có phí giới thiệu không)
ui-field-medication-reason = Lý do dùng thuốc (lời người bệnh)
ui-field-test-group = Nhóm xét nghiệm
ui-field-loinc = Mã LOINC (nếu có trên phiếu)
ui-field-loinc-hint = Ví dụ: 5196-1. Không biết thì để trống.
ui-field-lab-code = Mã xét nghiệm của phòng xét nghiệm
ui-field-screening-note = Ghi chú của nhân viên
ui-field-interpretation = Kết luận của phòng xét nghiệm (như in trên phiếu)
ui-interpretation-none = Không ghi
ui-stale-window-in-settings = Kết quả trước ngày điều trị dự kiến hơn { $days } ngày được đánh dấu là “kết quả cũ” (đổi số ngày trong phần cài đặt ở phía trên).
ui-field-modality = Loại chẩn đoán hình ảnh
ui-field-imaging-date = Ngày chụp
ui-field-region = Vùng cơ thể
ui-field-imaging-facility = Nơi chụp
# REVIEW: "findings" of an imaging report; the glossary has no concept for it
ui-field-imaging-summary = Mô tả và kết luận (giữ nguyên ngôn ngữ của phiếu)
ui-field-tissue-source-detail = Chi tiết mô được lấy (vị trí…)
ui-field-route-detail = Chi tiết đường dùng (vị trí, thời gian…)
# REVIEW: registry (JSRM) wording not in the glossary
ui-field-registry-name = Tên cơ sở dữ liệu đăng ký
ui-field-thaw-note = Ghi chú về rã đông và xử lý
ui-field-emergency-note = Ghi chú về việc chuyển viện
ui-field-consent-scope = Phạm vi đồng ý
ui-field-question = Câu hỏi của người bệnh (lời người bệnh)
ui-field-answer = Câu trả lời
ui-field-answered-by = Người trả lời
ui-pt-translation-lang = Ngôn ngữ bản dịch
ui-pt-terms = Có trong bảng thuật ngữ:
ui-confirmed-at = ({ $at })
