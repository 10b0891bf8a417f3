## Data & backups screen (staff locale). Japanese is the source locale.

data-open = Dữ liệu và sao lưu
data-back = Quay lại danh sách bệnh nhân
data-heading = Dữ liệu và sao lưu
data-intro = Thông tin bệnh nhân chỉ được lưu trong kho mã hóa trên máy tính này. Bản sao lưu cũng được mã hóa và chỉ mở được bằng cụm mật khẩu hoặc khóa khôi phục.
data-dismiss = Đóng

## Automatic backups

data-auto-heading = Sao lưu tự động
data-auto-on = Sao lưu tự động đang bật. Thư mục: { $dir }
data-auto-off = Sao lưu tự động đang tắt. Hãy tự tạo bản sao lưu.
data-auto-last = Lần sao lưu gần nhất: { $when }
data-auto-none-yet = Chưa có bản sao lưu nào kể từ khi mở ứng dụng.
data-auto-pending = Có thay đổi kể từ lần sao lưu gần nhất (sẽ sao lưu khi khóa hoặc thoát).
data-auto-failed = Sao lưu tự động không thành công: { $detail } Các thay đổi đã được lưu trong kho nhưng chưa có trong bản sao lưu nào.
data-setting-auto = Tự động sao lưu (khi khóa, khi thoát và định kỳ trong lúc làm việc)
data-setting-keep = Số bản sao lưu tự động được giữ lại
data-setting-every = Khoảng cách sao lưu trong lúc làm việc (phút)
data-setting-dir = Thư mục sao lưu
data-setting-dir-hint = Để trống để dùng “backups” trong thư mục dữ liệu. Đặt ở ổ đĩa khác (ví dụ ổ gắn ngoài) giúp phòng khi máy tính này bị hỏng.
data-setting-save = Lưu cài đặt
data-setting-saved = Đã lưu cài đặt.

## Back up now

data-now-heading = Sao lưu ngay
data-backup-now = Sao lưu vào thư mục sao lưu
data-backup-save-as = Chọn nơi lưu bản sao lưu…
data-backing-up = Đang tạo bản sao lưu…
data-backup-done = Đã tạo bản sao lưu: { $path } ({ $patients } bệnh nhân, { $size }, mã kiểm tra { $sha }…)

## The backups folder

data-list-heading = Thư mục sao lưu
data-list-empty = Chưa có bản sao lưu nào.
data-col-date = Thời điểm tạo
data-col-size = Kích thước
data-col-patients = Số bệnh nhân
data-col-patients-unverified = chưa kiểm tra
data-col-file = Tệp (chọn để kiểm tra hoặc khôi phục)

## Verify and restore

data-verify-heading = Kiểm tra và khôi phục
data-selected-file = Bản sao lưu đã chọn
data-no-file = Chưa chọn bản sao lưu. Hãy chọn trong danh sách hoặc chọn một tệp.
data-choose-file = Chọn tệp…
data-key-passphrase = Cụm mật khẩu lúc tạo bản sao lưu
data-key-recovery = Khóa khôi phục
data-key-use-recovery = Dùng khóa khôi phục
data-key-use-passphrase = Dùng cụm mật khẩu
data-verify = Kiểm tra
data-verifying = Đang kiểm tra…
data-verify-ok = Kiểm tra thành công: { $patients } bệnh nhân, { $records } hồ sơ, { $terms } thuật ngữ người dùng, { $audit } mục nhật ký kiểm tra. Mã kiểm tra đúng ({ $sha }…).
data-restore-heading = Khôi phục vào thư mục mới
data-restore-intro = Việc khôi phục luôn được thực hiện vào một thư mục mới và trống. Dữ liệu đang dùng không bị thay đổi.
data-restore-target = Khôi phục vào (thư mục mới, trống)
data-choose-folder = Chọn thư mục…
data-restore = Khôi phục
data-restoring = Đang khôi phục…
data-restore-done = Đã khôi phục vào { $path } ({ $patients } bệnh nhân).
data-restore-how-to-open = Để làm việc với dữ liệu đã khôi phục, hãy khởi động lại Kakehashi bằng nút bên dưới, hoặc chạy “kakehashi --data-dir { $path }”.
data-restore-open = Khởi động lại với dữ liệu đã khôi phục

## The store would not open

data-open-failed-heading = Không thể mở dữ liệu
data-open-failed-untouched = Dữ liệu bị hỏng được giữ nguyên; không ghi đè và không tạo kho mới.
data-open-failed-offer = Có thể khôi phục bản sao lưu mới nhất { $path } vào một thư mục mới. Hãy kiểm tra trước.
data-open-failed-no-backup = Thư mục sao lưu ({ $dir }) không có bản sao lưu dùng được. Hãy chọn bản sao lưu ở nơi khác.

## Plaintext export

data-export-heading = Xuất không mã hóa
data-export-ack = Tôi đã hiểu cảnh báo ở trên: một tệp không mã hóa sẽ được tạo.
data-export-run = Xuất tất cả bệnh nhân…
data-exporting = Đang xuất…
data-export-done = Đã xuất { $patients } bệnh nhân vào { $path } (đã ghi vào nhật ký kiểm tra).

## Errors

data-error-backup-dir-absolute = Hãy ghi thư mục sao lưu bằng đường dẫn tuyệt đối (“{ $path }”).
data-error-key-required = Hãy nhập cụm mật khẩu.
data-error-restore-target-not-empty = “{ $path }” không trống. Chỉ có thể khôi phục bản sao lưu vào một thư mục mới và trống.
data-error-restore-target-absolute = Hãy ghi thư mục khôi phục bằng đường dẫn tuyệt đối (“{ $path }”).
