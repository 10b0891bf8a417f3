## Record store (kakehashi-store). Japanese is the source locale.

store-error-wrong-passphrase = Cụm mật khẩu không đúng. Dữ liệu không bị thay đổi.
store-error-wrong-recovery-key = Không thể mở dữ liệu này bằng khóa khôi phục này.
store-error-recovery-key-malformed = Khóa khôi phục không đúng định dạng ({ $reason ->
    [typo] có lỗi nhập, vui lòng kiểm tra lại
    [wrong-length] số ký tự không đúng
   *[other] có ký tự không được phép
}).
store-error-invalid-input =
    Không thể dùng giá trị của “{ $field }” ({ $reason ->
        [empty] đang trống
        [zero] không được chỉ định 0
        [out-of-range] nằm ngoài phạm vi
        [not-a-record-id] không đúng định dạng mã hồ sơ
       *[other] { $reason }
    }).
store-error-in-use = Dữ liệu ({ $dir }) đang được mở trong một cửa sổ hoặc chương trình khác. Vui lòng đóng nó rồi thử lại.
store-error-no-store = Không có dữ liệu trong { $dir }.
store-error-already-exists = Trong { $dir } đã có tệp. Sẽ không tạo dữ liệu mới đè lên dữ liệu hiện có.
store-error-corrupt = Không thể mở dữ liệu ({ $dir }) vì dữ liệu bị hỏng. Các biện pháp đã thử: { $tried }
store-error-corrupt-with-backup = Không thể mở dữ liệu ({ $dir }) vì dữ liệu bị hỏng. Các biện pháp đã thử: { $tried }. Có thể khôi phục từ bản sao lưu mới nhất { $backup }.
store-error-locked = Đang bị khóa. Vui lòng nhập cụm mật khẩu.
store-error-not-found = Không tìm thấy hồ sơ { $id }.
store-error-tampered = Dữ liệu đã lưu ({ $tree } / { $key }) đã bị sửa đổi trái phép hoặc bị di chuyển.
# REVIEW: the source itself asks for the wording of the audit-log fault kinds to be confirmed with operations staff.
store-error-audit-broken = Phát hiện bất thường ở bản ghi thứ { $seq } của nhật ký kiểm tra ({ $fault ->
    [edited] nội dung đã bị thay đổi
    [missing] bản ghi đã bị xóa
    [reordered] thứ tự đã bị đảo
    [truncated] các bản ghi cuối đã bị xóa
   *[other] không đọc được
}).
store-error-backup-invalid =
    Không thể dùng bản sao lưu { $path } ({ $reason ->
        [checksum] tệp bị hỏng (tổng kiểm tra không khớp)
        [not-a-backup] không phải tệp sao lưu
        [truncated] tệp bị cắt cụt giữa chừng
       *[other] không thể xác nhận nội dung: { $reason }
    }).
store-error-schema-too-new = Không đọc được vì định dạng dữ liệu đã lưu ({ $found }) mới hơn chương trình này ({ $supported }). Vui lòng cập nhật ứng dụng.
store-error-migration = Chuyển đổi dữ liệu từ định dạng { $from } không thành công: { $reason }
store-error-encoding = Chuyển đổi { $what } không thành công: { $detail }
store-error-io = Thao tác tệp ({ $op }) không thành công: { $path }: { $detail }
store-error-engine = Lỗi của bộ máy lưu trữ ({ $op }): { $detail }

store-event-recovered = Khi mở dữ liệu, tệp ảnh chụp nhanh (snapshot) trống đã được chuyển sang chỗ khác (không bị xóa): { $file }
store-recovery-key-shown-once = Đây là khóa khôi phục. Khóa chỉ hiển thị một lần này. Hãy chép ra giấy và cất giữ ở nơi an toàn. Đây là cách duy nhất để mở dữ liệu khi quên cụm mật khẩu.
store-plain-export-warning = Thông tin bệnh nhân sẽ được ghi ra tệp mà không mã hóa. Ai cũng có thể đọc tệp này. Việc xuất dữ liệu sẽ được ghi vào nhật ký kiểm tra như một lần cung cấp thông tin cho bên thứ ba. Tiếp tục?
store-saved = Đã lưu.
