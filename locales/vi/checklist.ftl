## Safety checklist (kakehashi-checklist). Japanese is the source locale.
## Each item: title (-title), why it matters (-rationale), what resolves it (-resolves).

checklist-error-reference-date = Ngày tham chiếu để đánh giá không phải là ngày hợp lệ: “{ $value }”
checklist-error-unwritable = Không thể ghi kết quả kiểm tra ra.

## R01 Living cells given intravenously
checklist-r01-iv-living-cells-title = Dự kiến truyền tế bào sống vào tĩnh mạch
checklist-r01-iv-living-cells-rationale = Trong ca tử vong tháng 8 năm 2025, người ta cho rằng các tế bào bị tổn thương hoặc đã chết có thể đã kết tụ lại và làm tắc các mạch máu nhỏ ở phổi. Tế bào vào tĩnh mạch sẽ đi qua phổi trước tiên.
checklist-r01-iv-living-cells-resolves = Vui lòng để bác sĩ kiểm tra kết quả xét nghiệm đông máu (D-dimer, PT-INR, APTT) và hồ sơ rã đông, xử lý tế bào tại cơ sở.
checklist-r01-coagulation-tests-missing-title = Thiếu xét nghiệm đông máu hoặc kết quả đã cũ: { $test ->
    [d-dimer] D-dimer
    [pt-inr] PT-INR
   *[aptt] APTT
}
# REVIEW: asking for clotting tests is inferred from the review points of the death (cell clumping, blocked lung vessels); confirm against a society guideline.
checklist-r01-coagulation-tests-missing-rationale = Trước khi truyền tế bào vào tĩnh mạch, cần biết máu của người bệnh đông nhanh hay chậm.
checklist-r01-coagulation-tests-missing-resolves = Vui lòng ghi lại kết quả { $test ->
    [d-dimer] D-dimer
    [pt-inr] PT-INR
   *[aptt] APTT
} gần đây.

## R02 Freezing and thawing
checklist-r02-thaw-not-documented-title = Tế bào bảo quản đông lạnh sẽ được rã đông tại cơ sở nhưng không có người ghi chép quá trình xử lý
# REVIEW: the glossary marks the Vietnamese term for cryoprotectant (chất bảo vệ đông lạnh) needs-review.
checklist-r02-thaw-not-documented-rationale = Trong ca tử vong tháng 8 năm 2025, quy trình đông lạnh, rã đông và cách xử lý chất bảo vệ đông lạnh là những điểm được xem xét.
checklist-r02-thaw-not-documented-resolves = Vui lòng ghi lại ai sẽ ghi chép việc rã đông và xử lý trước khi truyền, cùng với quy trình thực hiện.
checklist-r02-cryopreservation-not-asked-title = Chưa xác nhận tế bào có được bảo quản đông lạnh không và rã đông ở đâu
checklist-r02-cryopreservation-not-asked-rationale = Đông lạnh và rã đông ảnh hưởng lớn đến tình trạng tế bào và cũng là điểm được xem xét trong các ca tử vong.
checklist-r02-cryopreservation-not-asked-resolves = Vui lòng hỏi phòng khám xem tế bào có được bảo quản đông lạnh không và sẽ được rã đông ở đâu.

## R03 Origin
checklist-r03-origin-unknown-or-non-human-title = Không rõ nguồn gốc chế phẩm, hoặc chế phẩm không có nguồn gốc từ người
checklist-r03-origin-unknown-or-non-human-rationale = Đã có báo cáo về những sản phẩm không rõ được làm từ tế bào của ai (hoặc của loài gì), sản phẩm không có nguồn gốc từ người, và sản phẩm không chứa thành phần như được ghi trên nhãn.
checklist-r03-origin-unknown-or-non-human-resolves = Không tiếp tục cho đến khi xác nhận được bằng văn bản nguồn gốc (tự thân hay đồng loài) và nguyên liệu.
checklist-r03-origin-not-asked-title = Chưa xác nhận nguồn gốc chế phẩm (tự thân, đồng loài…)
checklist-r03-origin-not-asked-rationale = Nguồn gốc khác nhau thì rủi ro và cách xử lý theo pháp luật cũng khác nhau. Theo báo cáo, rất ít phòng khám nói rõ nguồn gốc.
checklist-r03-origin-not-asked-resolves = Vui lòng xác nhận đó là tế bào của chính người bệnh, của người khác, hay không có nguồn gốc từ người.

## R04 Provision plan
# REVIEW: the glossary marks "kế hoạch cung cấp y học tái tạo" needs-review.
checklist-r04-no-provision-plan-title = Không có số kế hoạch cung cấp y học tái tạo
# REVIEW: the glossary marks the Vietnamese terms for provision plan, certified committee and improvement order (lệnh cải thiện) needs-review.
checklist-r04-no-provision-plan-rationale = Điều trị sử dụng tế bào chỉ được thực hiện sau khi kế hoạch cung cấp đã được hội đồng được chứng nhận thẩm định và nộp cho Bộ Y tế, Lao động và Phúc lợi Nhật Bản. Phòng khám điều trị mà không nộp kế hoạch đã bị ra lệnh cải thiện.
# REVIEW: the glossary marks "số kế hoạch" needs-review.
checklist-r04-no-provision-plan-resolves = Vui lòng xác nhận số kế hoạch cung cấp và đối chiếu với thông tin công khai của Bộ Y tế, Lao động và Phúc lợi Nhật Bản.
# REVIEW: the Vietnamese names of the risk classes are marked needs-review in the glossary.
checklist-r04-risk-class-missing-title = Chưa xác nhận phân loại rủi ro (loại I đến loại III)
checklist-r04-risk-class-missing-rationale = Tùy phân loại rủi ro mà hội đồng thẩm định khác nhau, và những điểm bác sĩ cần lưu ý cũng thay đổi.
# REVIEW: kế hoạch cung cấp y học tái tạo (provision plan) is marked needs-review in the glossary.
checklist-r04-risk-class-missing-resolves = Vui lòng ghi lại phân loại rủi ro được nêu trong kế hoạch cung cấp.
# REVIEW: the glossary marks "hội đồng y học tái tạo được chứng nhận" needs-review.
checklist-r04-committee-missing-title = Chưa xác nhận hội đồng y học tái tạo được chứng nhận đã thẩm định
# REVIEW: kế hoạch cung cấp y học tái tạo and hội đồng y học tái tạo được chứng nhận are marked needs-review in the glossary.
checklist-r04-committee-missing-rationale = Kế hoạch cung cấp phải được hội đồng được chứng nhận thẩm định.
# REVIEW: the glossary marks "số chứng nhận hội đồng" needs-review.
checklist-r04-committee-missing-resolves = Vui lòng ghi lại tên hội đồng và số chứng nhận hội đồng.

## R05 Exosomes and conditioned medium
# REVIEW: the glossary marks the Vietnamese terms for exosome and conditioned medium needs-review.
checklist-r05-cell-free-product-iv-title = Dự kiến truyền exosome hoặc dịch nuôi cấy tế bào gốc vào tĩnh mạch
checklist-r05-cell-free-product-iv-rationale = Các chuyên gia cho rằng việc đưa những sản phẩm có thể chứa tạp chất này vào tĩnh mạch là hành vi nguy hiểm đến tính mạng. Đã có báo cáo về trường hợp bị suy giảm ý thức ngay sau khi truyền và phải chuyển cấp cứu.
checklist-r05-cell-free-product-iv-resolves = Không tiếp tục cho đến khi bác sĩ dừng hoặc thay đổi việc dùng đường tĩnh mạch.
# REVIEW: the glossary's Vietnamese name of the Act (Luật bảo đảm an toàn y học tái tạo) is marked needs-review.
checklist-r05-outside-asrm-title = Sản phẩm này không thuộc phạm vi điều chỉnh của Luật bảo đảm an toàn y học tái tạo
# REVIEW: the glossary marks the Vietnamese terms for exosome and conditioned medium needs-review.
checklist-r05-outside-asrm-rationale = Exosome và dịch nuôi cấy tế bào gốc không chứa tế bào, nên theo luật không phải nộp kế hoạch cung cấp và không có hội đồng thẩm định (cảnh báo của Bộ Y tế, Lao động và Phúc lợi Nhật Bản ngày 31/7/2024). Chất lượng và nguồn gốc chưa được cơ quan nhà nước xác nhận.
checklist-r05-outside-asrm-resolves = Vui lòng hỏi phòng khám về nguồn gốc, nhà sản xuất và thành phần, đồng thời giải thích điều này cho bệnh nhân.

## R06 Processing facilities
# REVIEW: the glossary marks "cơ sở nuôi cấy và chế biến tế bào" needs-review for Vietnamese.
checklist-r06-processing-not-asked-title = Chưa xác nhận cơ sở nuôi cấy và chế biến tế bào
checklist-r06-processing-not-asked-rationale = Tại cơ sở chế biến liên quan đến ca tử vong năm 2025, số lượng vi sinh vật nhiều lần vượt tiêu chuẩn mà không được xử lý. Tế bào được làm ở đâu liên quan trực tiếp đến an toàn.
checklist-r06-processing-not-asked-resolves = Vui lòng ghi lại tất cả các cơ sở tham gia chế biến, bảo quản và vận chuyển.
# REVIEW: the glossary marks "số cơ sở" needs-review.
checklist-r06-facility-unidentified-title = Không rõ số cơ sở hoặc vị trí (tại Nhật Bản hay nước ngoài): { $site }
# REVIEW: "số cơ sở" and "cơ sở nuôi cấy và chế biến tế bào" are marked needs-review in the glossary.
checklist-r06-facility-unidentified-rationale = Cơ sở nuôi cấy và chế biến tế bào phải được cấp phép hoặc đăng ký, và có số cơ sở tại Bộ Y tế, Lao động và Phúc lợi Nhật Bản. Không biết số thì không thể xác minh cơ sở.
# REVIEW: "số cơ sở" is marked needs-review in the glossary.
checklist-r06-facility-unidentified-resolves = Vui lòng xác nhận số cơ sở và cơ sở đặt tại Nhật Bản hay nước ngoài.
checklist-r06-overseas-or-several-sites-title = Việc sản xuất có cơ sở ở nước ngoài hoặc nhiều cơ sở tham gia ({ $count } nơi)
checklist-r06-overseas-or-several-sites-rationale = Trong ca tử vong tháng 3 năm 2026, việc sản xuất trải qua nhiều địa điểm trong và ngoài Nhật Bản. Càng nhiều địa điểm thì càng khó biết ai chịu trách nhiệm và ai kiểm tra chất lượng.
checklist-r06-overseas-or-several-sites-resolves = Vui lòng xác nhận vai trò của từng cơ sở và ai kiểm tra chất lượng trước khi truyền.

## R07 Allergies
checklist-r07-allergies-not-asked-title = Chưa hỏi về dị ứng
checklist-r07-allergies-not-asked-rationale = Thông tin dị ứng có được truyền đạt chính xác cho bác sĩ hay không là một trong những vấn đề được đặt ra từ các ca tử vong. “Chưa hỏi” không có nghĩa là “không có”.
checklist-r07-allergies-not-asked-resolves = Vui lòng hỏi có dị ứng hay không và ghi lại. Chưa thể tạo phiếu bàn giao cho đến khi xác nhận (nếu bỏ qua bước này, việc bỏ qua sẽ được ghi lại).
# REVIEW: the glossary marks the Vietnamese terms for cryoprotectant and animal-derived protein needs-review.
checklist-r07-allergen-of-concern-title = Dị ứng có thể liên quan đến điều trị: { $substance } ({ $group ->
    [cryoprotectant] chất bảo vệ đông lạnh
    [antibiotic] kháng sinh
    [animal-protein] protein có nguồn gốc động vật
    [local-anaesthetic] thuốc gây tê tại chỗ
   *[contrast-medium] thuốc cản quang
})
# REVIEW: the links between antibiotics, animal proteins, local anaesthetics, contrast media and the treatment are general knowledge; confirm with a source.
checklist-r07-allergen-of-concern-rationale = { $group ->
    [cryoprotectant] Tế bào đã đông lạnh có thể còn sót chất bảo vệ đông lạnh như DMSO; cách xử lý chất này cũng là điểm được xem xét trong ca tử vong.
    [antibiotic] Kháng sinh đôi khi được dùng khi nuôi cấy tế bào và có thể còn sót lại trong chế phẩm.
    [animal-protein] Việc nuôi cấy và chế biến tế bào đôi khi dùng thành phần có nguồn gốc động vật như huyết thanh bò.
    [local-anaesthetic] Thuốc gây tê tại chỗ thường được dùng khi lấy mỡ, lấy tủy xương và khi tiêm.
   *[contrast-medium] Thuốc cản quang có thể được dùng khi chẩn đoán hình ảnh hoặc khi tiêm dưới hướng dẫn hình ảnh.
}
checklist-r07-allergen-of-concern-resolves = Vui lòng hỏi bác sĩ và phòng khám xem chế phẩm và thủ thuật có dùng thành phần này không.
checklist-r07-anaphylaxis-history-title = Có tiền sử phản vệ: { $substance }
checklist-r07-anaphylaxis-history-rationale = Người đã từng bị phản ứng dị ứng nặng có thể bị lại trong khi điều trị. Cần có sẵn phương án xử trí ngay lập tức.
checklist-r07-anaphylaxis-history-resolves = Vui lòng báo cho bác sĩ và kiểm tra xem bệnh viện chuyển đến khi cấp cứu đã được ghi lại chưa.

## R08 Infection screening
checklist-r08-infection-screening-missing-title = Không có kết quả sàng lọc bệnh truyền nhiễm: { $target ->
    [hepatitis-b] viêm gan B (kháng nguyên bề mặt viêm gan B)
    [hepatitis-c] viêm gan C (kháng thể viêm gan C)
    [hiv] HIV
    [syphilis] giang mai
   *[htlv-1] HTLV-1
}
# REVIEW: "nhiễm vi sinh vật" (contamination) is marked needs-review in the glossary.
checklist-r08-infection-screening-missing-rationale = Việc sàng lọc bệnh truyền nhiễm trước điều trị được xử lý ra sao là một trong những vấn đề được đặt ra từ các ca tử vong. Cũng đã có trường hợp nhiễm trùng nặng do tế bào bị nhiễm vi sinh vật.
checklist-r08-infection-screening-missing-resolves = Vui lòng ghi lại kết quả xét nghiệm, gắn với đúng mục xét nghiệm trong danh sách.
checklist-r08-infection-screening-stale-title = Kết quả sàng lọc bệnh truyền nhiễm đã cũ: { $target ->
    [hepatitis-b] viêm gan B (kháng nguyên bề mặt viêm gan B)
    [hepatitis-c] viêm gan C (kháng thể viêm gan C)
    [hiv] HIV
    [syphilis] giang mai
   *[htlv-1] HTLV-1
} (ngày lấy mẫu { $date })
checklist-r08-infection-screening-stale-rationale = Kết quả cũ hơn { $days } ngày, hoặc không rõ ngày lấy mẫu, không thể coi là phản ánh tình trạng hiện tại.
checklist-r08-infection-screening-stale-resolves = Vui lòng ghi lại kết quả xét nghiệm gần đây hoặc yêu cầu xét nghiệm lại.
checklist-r08-infection-positive-title = Kết quả sàng lọc bệnh truyền nhiễm { $result ->
    [positive] dương tính
   *[indeterminate] chưa xác định
}: { $target ->
    [hepatitis-b] viêm gan B (kháng nguyên bề mặt viêm gan B)
    [hepatitis-c] viêm gan C (kháng thể viêm gan C)
    [hiv] HIV
    [syphilis] giang mai
   *[htlv-1] HTLV-1
}
checklist-r08-infection-positive-rationale = Nếu có bệnh truyền nhiễm, bác sĩ cần quyết định có điều trị được không và các biện pháp phòng lây nhiễm.
checklist-r08-infection-positive-resolves = Vui lòng báo kết quả cho bác sĩ và ghi lại xét nghiệm khẳng định cùng quá trình điều trị.

## R09 Tumour markers
checklist-r09-tumour-markers-missing-title = Không có kết quả chất chỉ điểm khối u
checklist-r09-tumour-markers-missing-rationale = Chất chỉ điểm khối u đã được kiểm tra thế nào trước khi liệu pháp tế bào là một trong những vấn đề được đặt ra từ các ca tử vong (cần kết quả trong vòng { $days } ngày).
checklist-r09-tumour-markers-missing-resolves = Vui lòng ghi lại kết quả chất chỉ điểm khối u gần đây.
checklist-r09-tumour-marker-abnormal-title = Chất chỉ điểm khối u nằm ngoài khoảng tham chiếu: { $test ->
    [cea] kháng nguyên ung thư biểu mô phôi (CEA)
    [afp] alpha-fetoprotein (AFP)
    [ca19-9] CA 19-9
    [psa] kháng nguyên đặc hiệu tuyến tiền liệt (PSA)
    [ca-125] CA-125
   *[other] { $test }
}
# REVIEW: the link between a raised tumour marker and cell therapy is general knowledge; confirm with a source.
checklist-r09-tumour-marker-abnormal-rationale = Bác sĩ cần đánh giá khả năng có ung thư tiềm ẩn trước khi cân nhắc liệu pháp tế bào.
checklist-r09-tumour-marker-abnormal-resolves = Vui lòng báo kết quả cho bác sĩ để bác sĩ quyết định có cần kiểm tra chuyên sâu hay không.

## R10 Anticoagulants and antiplatelets
checklist-r10-antithrombotic-with-procedure-title = Đang dùng thuốc làm máu khó đông: { $medication }
# REVIEW: bleeding risk of antithrombotics at harvest and injection is general knowledge; confirm against a perioperative guideline.
checklist-r10-antithrombotic-with-procedure-rationale = Khi hút mỡ, lấy tủy xương hoặc tiêm sẽ dễ bị chảy máu. Nhưng tự ý ngừng thuốc lại có nguy cơ hình thành huyết khối.
checklist-r10-antithrombotic-with-procedure-resolves = Vui lòng báo cho bác sĩ; việc có ngừng thuốc hay không cần được bác sĩ bàn với bác sĩ kê đơn để quyết định.
checklist-r10-antithrombotic-not-assessed-title = Có thuốc chưa xác nhận có tác dụng làm máu khó đông hay không: { $medication }
# REVIEW: as above.
checklist-r10-antithrombotic-not-assessed-rationale = Một số thuốc đông y và thực phẩm chức năng cũng làm dễ chảy máu. Không biết không có nghĩa là “không có”.
checklist-r10-antithrombotic-not-assessed-resolves = Vui lòng xác nhận tên thuốc và thành phần, rồi ghi lại thuốc đó có phải là thuốc chống đông hoặc thuốc chống kết tập tiểu cầu hay không.

## R11 Medications
checklist-r11-medications-not-asked-title = Chưa hỏi về thuốc đang dùng
checklist-r11-medications-not-asked-rationale = Thông tin thuốc có được truyền đạt chính xác cho bác sĩ hay không là một trong những vấn đề được đặt ra từ các ca tử vong.
checklist-r11-medications-not-asked-resolves = Vui lòng hỏi các thuốc đang dùng (kể cả thực phẩm chức năng và thuốc đông y); nếu không có, hãy ghi “Không có (đã xác nhận)”.

## R12 Interpreting
checklist-r12-language-not-asked-title = Chưa xác nhận ngôn ngữ và khả năng tiếng Nhật của bệnh nhân
checklist-r12-language-not-asked-rationale = Nếu không biết có cần phiên dịch hay không thì không thể xác nhận lời giải thích đã được hiểu.
checklist-r12-language-not-asked-resolves = Vui lòng ghi lại ngôn ngữ bệnh nhân mong muốn và bệnh nhân có hiểu được giải thích y khoa bằng tiếng Nhật hay không.
checklist-r12-no-interpreter-title = Bệnh nhân khó hiểu giải thích y khoa bằng tiếng Nhật nhưng không có phiên dịch viên
checklist-r12-no-interpreter-rationale = Phiên dịch viên có giải thích chính xác về liệu pháp tế bào gốc hay không là một trong những vấn đề được đặt ra từ các ca tử vong.
checklist-r12-no-interpreter-resolves = Vui lòng bố trí phiên dịch viên y tế và ghi lại.
checklist-r12-interpreter-qualification-title = Chưa ghi chứng chỉ phiên dịch y tế của phiên dịch viên: { $name }
checklist-r12-interpreter-qualification-rationale = Phiên dịch viên có truyền đạt chính xác nội dung y khoa hay không liên quan trực tiếp đến an toàn. Có khi nhân viên của công ty môi giới kiêm luôn phiên dịch.
checklist-r12-interpreter-qualification-resolves = Vui lòng xác nhận và ghi lại chứng chỉ phiên dịch y tế (tên, số) của phiên dịch viên.
checklist-r12-interpreter-language-mismatch-title = Ngôn ngữ của phiên dịch viên không khớp với ngôn ngữ của bệnh nhân: { $name } (ngôn ngữ của bệnh nhân: { $language })
checklist-r12-interpreter-language-mismatch-rationale = Nếu không phiên dịch được bằng ngôn ngữ bệnh nhân nói, cả tiền sử bệnh lẫn lời giải thích đều không được truyền đạt chính xác.
checklist-r12-interpreter-language-mismatch-resolves = Vui lòng bố trí phiên dịch viên có thể phiên dịch y tế bằng ngôn ngữ của bệnh nhân, hoặc sửa lại hồ sơ.

## R13 Explanation and consent
checklist-r13-explanation-not-recorded-title = Không có ghi chép về việc giải thích
checklist-r13-explanation-not-recorded-rationale = Bệnh nhân có hiểu đầy đủ lời giải thích về điều trị hay không là một trong những vấn đề được đặt ra từ các ca tử vong.
checklist-r13-explanation-not-recorded-resolves = Vui lòng ghi lại các nội dung đã giải thích và bệnh nhân có nói lại được bằng lời của mình hay không.
# REVIEW: the glossary term for teach-back (phương pháp nói lại) is marked needs-review.
checklist-r13-teach-back-missing-title = Nội dung giải thích { $number }: { $state ->
    [not-understood] bệnh nhân chưa hiểu đủ
   *[not-done] chưa cho bệnh nhân nói lại bằng lời của mình (phương pháp nói lại)
}
checklist-r13-teach-back-missing-rationale = Chỉ một câu “tôi hiểu rồi” thì chưa thể xác nhận là đã hiểu. Chỉ khi bệnh nhân giải thích lại được bằng lời của mình mới có thể nói là thông tin đã được truyền đạt.
checklist-r13-teach-back-missing-resolves = Vui lòng giải thích lại và ghi lại chính lời bệnh nhân nói.
# REVIEW: glossary phrase "may-be-advised-not-to-proceed" is marked needs-review; exosome and conditioned-medium terms too.
checklist-r13-topic-not-explained-title = Thiếu nội dung giải thích cần thiết: { $topic ->
    [what-is-administered] thứ được đưa vào cơ thể
    [risks] rủi ro và tác dụng phụ
   *[may-be-advised-not-to-proceed] có thể được khuyên không nên điều trị
}
# REVIEW: as above.
checklist-r13-topic-not-explained-rationale = Thứ gì được đưa vào cơ thể (tế bào, exosome hay dịch nuôi cấy tế bào gốc), các rủi ro, và việc có thể được khuyên không nên điều trị là nền tảng để bệnh nhân tự quyết định.
# REVIEW: the glossary term for teach-back (phương pháp nói lại) is marked needs-review.
checklist-r13-topic-not-explained-resolves = Vui lòng giải thích nội dung này và ghi lại cùng với kết quả của phương pháp nói lại.
# REVIEW: "thông tin cá nhân nhạy cảm" (要配慮個人情報) and the consent-to-share phrase are marked needs-review in the glossary.
checklist-r13-no-consent-to-share-title = Chưa có sự đồng ý cung cấp thông tin cá nhân nhạy cảm cho bên thứ ba
# REVIEW: "thông tin cá nhân nhạy cảm" (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-share-rationale = Thông tin cá nhân nhạy cảm như tiền sử bệnh không được chuyển cho bên thứ ba nếu không có sự đồng ý của chính người đó (không áp dụng cơ chế từ chối sau – opt-out).
checklist-r13-no-consent-to-share-resolves = Vui lòng giải thích nơi nhận thông tin, xin sự đồng ý và ghi lại cùng ngày. Trước đó không thể in hoặc xuất dữ liệu.
# REVIEW: "thông tin cá nhân nhạy cảm" (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-acquire-title = Chưa có sự đồng ý thu thập thông tin cá nhân nhạy cảm
# REVIEW: "thông tin cá nhân nhạy cảm" (要配慮個人情報) is marked needs-review in the glossary.
checklist-r13-no-consent-to-acquire-rationale = Muốn thu thập thông tin cá nhân nhạy cảm như tiền sử bệnh, cần có sự đồng ý trước của chính người đó.
checklist-r13-no-consent-to-acquire-resolves = Vui lòng xin sự đồng ý và ghi lại cùng ngày. Trước đó không thể in hoặc xuất dữ liệu.

## R14 Emergency care
checklist-r14-emergency-care-missing-title = Chưa ghi bệnh viện chuyển đến khi cấp cứu
# REVIEW: the glossary marks "lệnh cải thiện" (improvement order) needs-review.
checklist-r14-emergency-care-missing-rationale = Khi tình trạng xấu đi đột ngột trong lúc điều trị, nếu chưa xác định chuyển đến đâu thì việc xử trí sẽ bị chậm. Phòng khám không có phương án cấp cứu đã bị ra lệnh cải thiện.
checklist-r14-emergency-care-missing-resolves = Vui lòng xác nhận và ghi lại bệnh viện chuyển đến cùng thông tin liên hệ.
checklist-r14-no-emergency-arrangement-title = Không có bệnh viện chuyển đến khi cấp cứu
# REVIEW: the glossary marks "lệnh cải thiện" (improvement order) needs-review.
checklist-r14-no-emergency-arrangement-rationale = Đã có phòng khám điều trị khi không có phương án cấp cứu và bị ra lệnh cải thiện. Khi tình trạng thay đổi đột ngột sẽ không thể bảo vệ bệnh nhân.
checklist-r14-no-emergency-arrangement-resolves = Không tiếp tục cho đến khi xác định được bệnh viện chuyển đến.

## R15 Pregnancy
checklist-r15-pregnancy-unknown-title = Chưa xác nhận khả năng mang thai
# REVIEW: no source yet on the safety of these treatments in pregnancy; the age range (10–55) is a convention.
checklist-r15-pregnancy-unknown-rationale = Tính an toàn của các phương pháp điều trị này khi đang mang thai chưa được xác nhận. Không biết không có nghĩa là “không mang thai”.
checklist-r15-pregnancy-unknown-resolves = Vui lòng xác nhận khả năng mang thai; nếu không áp dụng, hãy ghi lại điều đó.
checklist-r15-pregnant-or-possibly-title = Đang mang thai hoặc có khả năng mang thai
# REVIEW: as above.
checklist-r15-pregnant-or-possibly-rationale = Tính an toàn của các phương pháp điều trị này khi đang mang thai chưa được xác nhận.
checklist-r15-pregnant-or-possibly-resolves = Vui lòng báo cho bác sĩ để bác sĩ quyết định có điều trị được hay không.

## R16 Verification-type care
# REVIEW: the glossary marks "điều trị không kiểm chứng" and "hệ thống đăng ký bệnh nhân" needs-review.
checklist-r16-unverification-type-title = Đây là điều trị không kiểm chứng (không thu thập dữ liệu trong hệ thống đăng ký bệnh nhân)
# REVIEW: the glossary marks the Vietnamese terms for the JSRM, verification-type and unverification-type care and registry needs-review.
checklist-r16-unverification-type-rationale = Trong “Tuyên bố Yokohama 2025”, Hội Y học tái tạo Nhật Bản đã phân biệt “điều trị dạng kiểm chứng” (thu thập dữ liệu trong một hệ thống đăng ký bệnh nhân độc lập để kiểm chứng tính an toàn và hiệu quả) với “điều trị không kiểm chứng” (các trường hợp còn lại), và đưa ra chủ trương hạn chế loại sau.
checklist-r16-unverification-type-resolves = Đây là thông tin tham khảo cho bác sĩ. Vui lòng giải thích cả cho bệnh nhân.

## R17 What goes in, and how
checklist-r17-product-not-asked-title = Chưa xác nhận thứ được đưa vào cơ thể (loại điều trị)
# REVIEW: the glossary marks the Vietnamese terms for exosome and conditioned medium needs-review.
checklist-r17-product-not-asked-rationale = Là chính tế bào, exosome hay dịch nuôi cấy tế bào gốc? Thứ đưa vào cơ thể khác nhau thì rủi ro và những điểm cần xác nhận cũng khác nhau.
checklist-r17-product-not-asked-resolves = Vui lòng hỏi phòng khám về loại điều trị và ghi lại.
checklist-r17-product-unknown-title = Không biết thứ gì được đưa vào cơ thể
checklist-r17-product-unknown-rationale = Không thể đánh giá rủi ro của một phương pháp điều trị mà không biết sẽ đưa thứ gì vào cơ thể.
checklist-r17-product-unknown-resolves = Không tiếp tục cho đến khi xác nhận được thành phần chế phẩm bằng văn bản.
checklist-r17-route-not-stated-title = Chưa xác nhận đường dùng
checklist-r17-route-not-stated-rationale = Các ca tử vong đều là truyền nhỏ giọt qua đường tĩnh mạch. Đường dùng khác nhau thì những điểm cần lưu ý cũng khác nhau rất nhiều.
checklist-r17-route-not-stated-resolves = Vui lòng xác nhận đường dùng (truyền tĩnh mạch, tiêm tại chỗ, tiêm nội khớp…) và ghi lại.

## R18 Referral
checklist-r18-referral-not-asked-title = Chưa xác nhận nguồn giới thiệu (ai đã giới thiệu bệnh nhân đến)
checklist-r18-referral-not-asked-rationale = Tổ chức nào đã giới thiệu bệnh nhân nước ngoài đến phòng khám là một trong những vấn đề được đặt ra từ các ca tử vong.
checklist-r18-referral-not-asked-resolves = Vui lòng ghi lại công ty môi giới, cơ sở y tế hoặc cá nhân đã giới thiệu.

## Plain-text report (CLI)
checklist-report-heading = Kiểm tra an toàn: hồ sơ { $record } (ngày tham chiếu { $date }) — dừng { $stop }, chưa ghi { $missing }, cần chú ý { $attention }, tham khảo { $note }
# REVIEW: "thông tin cá nhân nhạy cảm" (要配慮個人情報) is marked needs-review in the glossary.
checklist-report-blocks-print = Không thể in hoặc xuất dữ liệu vì chưa có sự đồng ý về thông tin cá nhân nhạy cảm.
checklist-report-blocks-handoff = Chưa thể tạo phiếu bàn giao cho đến khi vấn đề được giải quyết hoặc được bỏ qua có ghi lại.
checklist-report-resolves = Cách giải quyết: { $text }
checklist-report-fields = Mục liên quan: { $fields }
checklist-report-source = Nguồn: { $source }
checklist-severity-stop = Dừng
checklist-severity-missing = Chưa ghi
checklist-severity-attention = Cần chú ý
checklist-severity-note = Tham khảo
