## Intake record (kakehashi-model): names of choices and input errors. Japanese is the source.

## Input errors (the screen shows the field name)
model-error-unreadable = Không thể đọc hồ sơ (mục “{ $field }”, dòng { $line }, cột { $column }).
model-error-invalid = Có { $count } vấn đề trong dữ liệu nhập. Chưa được lưu.
model-error-unwritable = Không thể ghi hồ sơ ra.
model-error-required = Vui lòng nhập mục này.
model-error-date-malformed = Ngày không đúng định dạng: “{ $value }” (nhập theo một trong các dạng YYYY, YYYY-MM, YYYY-MM-DD)
model-error-date-impossible = Ngày này không tồn tại: “{ $value }”
model-error-date-not-full = Vui lòng nhập đủ ngày, tháng, năm: “{ $value }”
model-error-date-out-of-range = Năm nằm ngoài phạm vi: “{ $value }” (từ năm { $min } đến năm { $max })
model-error-timestamp = Ngày giờ không đúng định dạng: “{ $value }”
model-error-language-missing = Vui lòng chọn ngôn ngữ.
model-error-language-tag = Mã ngôn ngữ không đúng: “{ $value }”
model-error-translator-missing = Vui lòng ghi lại người dịch.
model-error-number = Không đọc được thành số: “{ $value }” (nhập bằng chữ số nửa độ rộng)
model-error-below-min = Giá trị quá nhỏ: “{ $value }” (tối thiểu { $min })
model-error-above-max = Giá trị quá lớn: “{ $value }” (tối đa { $max })
model-error-unit-missing = Thiếu đơn vị: “{ $value }”
# REVIEW: the number format of the MHLW public register is not confirmed; only half-width letters, digits and hyphens are allowed.
model-error-register-number = Số không đúng định dạng: “{ $value }” (chữ cái, chữ số nửa độ rộng và dấu gạch nối, tối đa 20 ký tự)
model-error-empty-section = Chưa có mục nào. Nếu đã xác nhận là “không có”, vui lòng chọn “Không có (đã xác nhận)”.
model-error-consent-date-missing = Vui lòng nhập ngày đồng ý.
model-error-unknown-test = Xét nghiệm không có trong danh sách: “{ $value }”
model-error-loinc = Mã LOINC không đúng: “{ $value }”
model-error-range-inverted = Giới hạn dưới ({ $low }) của khoảng tham chiếu lớn hơn giới hạn trên ({ $high }).
model-error-schema-version = Không hỗ trợ phiên bản định dạng hồ sơ { $found } (hỗ trợ: { $expected }).
model-error-record-id = Mã hồ sơ không đúng: “{ $value }”
model-error-country-code = Mã quốc gia không đúng: “{ $value }” (2 chữ cái theo ISO 3166-1)

## Record state
code-completion-not-asked = Chưa hỏi
code-completion-confirmed-none = Không có (đã xác nhận)
code-completion-entries = Đã ghi

code-section-conditions = Tiền sử bệnh, bệnh sử
code-section-surgeries = Tiền sử phẫu thuật
code-section-family-history = Tiền sử gia đình
code-section-medications = Thuốc đang dùng
code-section-allergies = Dị ứng
code-section-screening = Kết quả xét nghiệm
code-section-imaging = Chẩn đoán hình ảnh
# REVIEW: "cơ sở nuôi cấy và chế biến tế bào" is marked needs-review in the glossary.
code-section-processing-sites = Cơ sở nuôi cấy và chế biến tế bào
code-section-explanation-items = Các nội dung đã giải thích
code-section-patient-questions = Câu hỏi của bệnh nhân

code-translation-method-human = Người dịch
code-translation-method-machine-reviewed = Dịch máy (đã được người kiểm tra)
code-translation-method-machine = Dịch máy (chưa kiểm tra)

## Profile
code-sex-not-asked = Chưa hỏi
code-sex-female = Nữ
code-sex-male = Nam
code-sex-other = Khác
code-sex-declined-to-answer = Không trả lời (theo mong muốn của người bệnh)

code-japanese-ability-not-asked = Chưa hỏi
code-japanese-ability-none = Không nói được tiếng Nhật
code-japanese-ability-basic = Chỉ giao tiếp đơn giản hằng ngày
code-japanese-ability-conversational = Giao tiếp hằng ngày được
code-japanese-ability-medical = Hiểu được cả giải thích y khoa

code-referral-not-asked = Chưa hỏi
code-referral-self = Tự liên hệ trực tiếp
code-referral-agency = Công ty môi giới du lịch y tế
code-referral-individual = Cá nhân giới thiệu
code-referral-overseas-clinic = Cơ sở y tế ở nước ngoài
code-referral-japanese-clinic = Cơ sở y tế tại Nhật Bản
code-referral-other = Khác
code-referral-unknown = Không rõ

## History
code-condition-status-unknown = Không rõ
code-condition-status-active = Đang điều trị hoặc còn triệu chứng
code-condition-status-in-remission = Thuyên giảm
code-condition-status-resolved = Đã khỏi

code-family-relation-unknown = Không rõ
code-family-relation-mother = Mẹ
code-family-relation-father = Cha
code-family-relation-sibling = Anh chị em ruột
code-family-relation-child = Con
code-family-relation-grandparent = Ông bà
code-family-relation-other = Họ hàng khác

code-family-condition-other = Bệnh khác
code-family-condition-cancer = Ung thư

code-pregnancy-not-asked = Chưa hỏi
code-pregnancy-unknown = Không rõ
code-pregnancy-not-pregnant = Không mang thai
code-pregnancy-pregnant = Đang mang thai
code-pregnancy-possibly-pregnant = Có khả năng đang mang thai
code-pregnancy-not-applicable = Không áp dụng

code-breastfeeding-not-asked = Chưa hỏi
code-breastfeeding-unknown = Không rõ
code-breastfeeding-no = Không cho con bú
code-breastfeeding-yes = Đang cho con bú
code-breastfeeding-not-applicable = Không áp dụng

## Medications
code-yes-no-not-assessed = Chưa xác nhận
code-yes-no-no = Không
code-yes-no-yes = Có

code-medication-route-unknown = Không rõ
code-medication-route-oral = Đường uống
code-medication-route-topical = Dùng ngoài da
code-medication-route-subcutaneous = Tiêm dưới da
code-medication-route-intramuscular = Tiêm bắp
code-medication-route-intravenous = Đường tĩnh mạch
code-medication-route-inhaled = Đường hít
code-medication-route-other = Khác

## Allergies
code-allergy-category-drug = Thuốc
code-allergy-category-food = Thực phẩm
code-allergy-category-environmental = Môi trường (phấn hoa, mạt bụi…)
code-allergy-category-biological-product = Chế phẩm có nguồn gốc sinh học
code-allergy-category-other = Khác

code-allergy-severity-unknown = Không rõ
code-allergy-severity-mild = Nhẹ
code-allergy-severity-moderate = Trung bình
code-allergy-severity-severe = Nặng
code-allergy-severity-anaphylaxis = Phản vệ

# REVIEW: the glossary marks the Vietnamese term for cryoprotectant (chất bảo vệ đông lạnh) needs-review.
code-allergen-group-cryoprotectant = Chất bảo vệ đông lạnh (DMSO…)
code-allergen-group-antibiotic = Kháng sinh (kể cả loại dùng trong nuôi cấy tế bào)
# REVIEW: the glossary marks the Vietnamese term for animal-derived protein needs-review.
code-allergen-group-animal-protein = Protein có nguồn gốc động vật (huyết thanh bò…)
code-allergen-group-local-anaesthetic = Thuốc gây tê tại chỗ
code-allergen-group-contrast-medium = Thuốc cản quang
code-allergen-group-latex = Latex

## Tests
code-test-group-infection = Sàng lọc bệnh truyền nhiễm
code-test-group-tumour-marker = Chất chỉ điểm khối u
code-test-group-coagulation = Xét nghiệm đông máu
code-test-group-cbc = Công thức máu
code-test-group-other = Khác

code-infection-hepatitis-b = Viêm gan B
code-infection-hepatitis-c = Viêm gan C
code-infection-hiv = HIV
code-infection-syphilis = Giang mai
code-infection-htlv-1 = HTLV-1

code-test-hbsag = Kháng nguyên bề mặt viêm gan B (HBsAg)
code-test-hcv-ab = Kháng thể viêm gan C (anti-HCV)
code-test-hcv-ab-serum = Kháng thể viêm gan C (anti-HCV, huyết thanh)
code-test-hiv-ag-ab = Xét nghiệm kháng nguyên kháng thể HIV
code-test-tp-ab = Kháng thể Treponema pallidum (TP, giang mai)
code-test-rpr = Xét nghiệm RPR
code-test-htlv-ab = Kháng thể HTLV-I/II
code-test-cea = Kháng nguyên ung thư biểu mô phôi (CEA)
code-test-afp = Alpha-fetoprotein (AFP)
code-test-ca19-9 = CA 19-9
code-test-psa = Kháng nguyên đặc hiệu tuyến tiền liệt (PSA)
code-test-ca-125 = CA-125
code-test-pt = Thời gian prothrombin (PT)
code-test-pt-inr = PT-INR (chỉ số INR)
code-test-aptt = Thời gian thromboplastin từng phần hoạt hóa (APTT)
code-test-d-dimer = D-dimer
code-test-cbc = Công thức máu (CBC)
code-test-wbc = Số lượng bạch cầu
code-test-rbc = Số lượng hồng cầu
code-test-hb = Huyết sắc tố
code-test-hct = Hematocrit
code-test-mcv = Thể tích trung bình hồng cầu (MCV)
code-test-plt = Số lượng tiểu cầu

code-qualitative-negative = Âm tính
code-qualitative-positive = Dương tính
# REVIEW: 判定保留 (equivocal / result withheld) has no glossary entry; "chưa xác định" chosen, labs may write "nghi ngờ".
code-qualitative-indeterminate = Chưa xác định

code-comparator-eq = =
code-comparator-lt = nhỏ hơn
code-comparator-le = nhỏ hơn hoặc bằng
code-comparator-gt = lớn hơn
code-comparator-ge = lớn hơn hoặc bằng

code-abnormality-normal = Trong khoảng tham chiếu
code-abnormality-low = Thấp
code-abnormality-high = Cao
code-abnormality-abnormal = Bất thường (dương tính)
# REVIEW: see code-qualitative-indeterminate.
code-abnormality-indeterminate = Chưa xác định
code-abnormality-not-determined = Không thể đánh giá

code-imaging-mri = Chụp cộng hưởng từ (MRI)
code-imaging-ct = Chụp cắt lớp vi tính (CT)
code-imaging-xray = Chụp X-quang
code-imaging-ultrasound = Siêu âm
code-imaging-pet = Chụp PET
code-imaging-other = Khác

## Planned treatment
code-treatment-not-asked = Chưa hỏi
code-treatment-stem-cells = Tế bào gốc
# REVIEW: the glossary marks the Vietnamese term "exosome" needs-review.
code-treatment-exosomes = Exosome
# REVIEW: the glossary marks the Vietnamese term for conditioned medium (dịch nuôi cấy tế bào gốc) needs-review.
code-treatment-conditioned-medium = Dịch nuôi cấy tế bào gốc
code-treatment-immune-cells = Tế bào miễn dịch
code-treatment-prp = Huyết tương giàu tiểu cầu (PRP)
code-treatment-other = Khác
code-treatment-unknown = Không rõ

code-origin-not-asked = Chưa hỏi
code-origin-unknown = Không rõ
code-origin-autologous = Tự thân (tế bào của chính người bệnh)
code-origin-allogeneic = Đồng loài (tế bào của người khác)
code-origin-non-human = Không có nguồn gốc từ người

code-tissue-not-asked = Chưa hỏi
code-tissue-unknown = Không rõ
code-tissue-adipose = Mô mỡ
code-tissue-bone-marrow = Tủy xương
code-tissue-umbilical-cord = Dây rốn
code-tissue-peripheral-blood = Máu ngoại vi
code-tissue-dental-pulp = Tủy răng
code-tissue-placenta = Nhau thai
code-tissue-skin = Mô da
code-tissue-other = Khác
code-tissue-not-applicable = Không áp dụng

code-harvest-not-asked = Chưa hỏi
code-harvest-none = Không lấy mẫu
code-harvest-liposuction = Hút mỡ
code-harvest-bone-marrow-aspiration = Chọc hút tủy xương
code-harvest-blood-draw = Lấy máu
code-harvest-skin-biopsy = Lấy mẫu da
code-harvest-other = Cách lấy mẫu khác

code-route-not-asked = Chưa hỏi
code-route-iv-drip = Truyền tĩnh mạch
code-route-local-injection = Tiêm tại chỗ
code-route-intra-articular = Tiêm nội khớp
code-route-intradermal = Tiêm trong da
code-route-topical = Dùng ngoài da (bôi)
# REVIEW: the glossary marks the Vietnamese term for intrathecal injection (tiêm nội tủy) needs-review.
code-route-intrathecal = Tiêm nội tủy
code-route-other = Khác
code-route-unknown = Không rõ

code-site-unknown = Không rõ
code-site-domestic = Tại Nhật Bản
code-site-overseas = Ở nước ngoài

code-risk-class-not-asked = Chưa hỏi
code-risk-class-unknown = Không rõ
# REVIEW: the glossary marks the Vietnamese names of the ASRM risk classes (y học tái tạo loại I …) needs-review.
code-risk-class-i = Loại I
# REVIEW: as above.
code-risk-class-ii = Loại II
# REVIEW: as above.
code-risk-class-iii = Loại III
# REVIEW: the glossary's Vietnamese name of the Act (Luật bảo đảm an toàn y học tái tạo) is marked needs-review.
code-risk-class-not-applicable = Không thuộc phạm vi điều chỉnh của Luật

# Terms of the JSRM YOKOHAMA Declaration 2025 (adopted 19 Mar 2025).
code-registry-not-asked = Chưa hỏi
code-registry-unknown = Không rõ
# REVIEW: the glossary marks "điều trị dạng kiểm chứng" and "hệ thống đăng ký bệnh nhân" needs-review for Vietnamese.
code-registry-verification-type = Điều trị dạng kiểm chứng (có đăng ký vào hệ thống đăng ký bệnh nhân)
# REVIEW: the glossary marks "điều trị không kiểm chứng" and "hệ thống đăng ký bệnh nhân" needs-review for Vietnamese.
code-registry-unverification-type = Điều trị không kiểm chứng (không đăng ký vào hệ thống đăng ký bệnh nhân)

## Explanation and consent
# REVIEW: the glossary marks the Vietnamese terms for exosome and conditioned medium needs-review.
code-topic-what-is-administered = Thứ được đưa vào cơ thể (tế bào, exosome, dịch nuôi cấy tế bào gốc…)
code-topic-route = Đường dùng
# REVIEW: the glossary concept expected-benefits (hiệu quả mong đợi) is marked needs-review.
code-topic-expected-effect = Hiệu quả mong đợi
code-topic-risks = Rủi ro và tác dụng phụ
# REVIEW: the glossary concept alternative-treatments (các phương pháp điều trị khác) is marked needs-review.
code-topic-alternatives = Các phương pháp điều trị khác
# REVIEW: the glossary marks "cơ sở nuôi cấy và chế biến tế bào" needs-review for Vietnamese.
code-topic-processing-facility = Cơ sở nuôi cấy và chế biến tế bào, kiểm soát chất lượng
# REVIEW: the glossary marks the Vietnamese terms for provision plan and certified committee needs-review.
code-topic-regulatory-status = Vị trí pháp lý (kế hoạch cung cấp, hội đồng)
# REVIEW: the glossary concept costs (chi phí) is marked needs-review.
code-topic-costs = Chi phí
# REVIEW: glossary phrase "may-be-advised-not-to-proceed" is marked needs-review.
code-topic-may-be-advised-not-to-proceed = Có thể được khuyên không nên điều trị
code-topic-right-to-withdraw = Có thể rút lại sự đồng ý bất cứ lúc nào
code-topic-emergency-care = Xử trí khi cấp cứu
code-topic-other = Khác

# REVIEW: the glossary term for teach-back (phương pháp nói lại) is marked needs-review.
code-teach-back-not-done = Chưa thực hiện
code-teach-back-confirmed = Bệnh nhân đã giải thích lại được bằng lời của mình
code-teach-back-not-understood = Chưa hiểu đủ

code-consent-not-asked = Chưa hỏi
code-consent-given = Đồng ý
code-consent-refused = Không đồng ý
code-consent-withdrawn = Đã rút lại
