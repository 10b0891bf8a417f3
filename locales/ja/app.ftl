## Application chrome (staff locale). Japanese is the source locale.

app-title = 架け橋
app-tagline = 外国人患者の再生医療受診を支える通訳・コーディネーター支援
