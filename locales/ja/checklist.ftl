## 安全チェックリスト(kakehashi-checklist)。日本語が原文。
## 各項目:タイトル(-title)、なぜ大切か(-rationale)、解決するには(-resolves)。

checklist-error-reference-date = 判定の基準日が日付として正しくありません:「{ $value }」
checklist-error-unwritable = チェック結果を書き出せませんでした。

## R01 生きた細胞の静脈内投与
checklist-r01-iv-living-cells-title = 生きた細胞を点滴で静脈に入れる計画です
checklist-r01-iv-living-cells-rationale = 2025年8月の死亡例では、傷んだ細胞や死んだ細胞が固まり、肺の細い血管を詰まらせた可能性が指摘されました。静脈に入った細胞はまず肺を通ります。
checklist-r01-iv-living-cells-resolves = 凝固検査(Dダイマー、PT-INR、APTT)の結果と、院内での解凍・取り扱いの記録を医師に確認してもらってください。
checklist-r01-coagulation-tests-missing-title = 凝固検査がない、または古い:{ $test ->
    [d-dimer] Dダイマー
    [pt-inr] PT-INR
   *[aptt] APTT
}
# REVIEW: 凝固検査を求める根拠は死亡例の検討点(細胞の凝集と肺血管の閉塞)からの推論。学会等の指針で確認すること。
checklist-r01-coagulation-tests-missing-rationale = 細胞を静脈に入れる前に、血の固まりやすさを知っておく必要があります。
checklist-r01-coagulation-tests-missing-resolves = { $test ->
    [d-dimer] Dダイマー
    [pt-inr] PT-INR
   *[aptt] APTT
}の最近の結果を記録してください。

## R02 凍結・解凍
checklist-r02-thaw-not-documented-title = 凍結保存した細胞を院内で解凍しますが、取り扱いの記録者がいません
checklist-r02-thaw-not-documented-rationale = 2025年8月の死亡例では、凍結と解凍の工程と凍結保護剤の扱いが検討点になりました。
checklist-r02-thaw-not-documented-resolves = 誰が解凍と投与前の取り扱いを記録するのか、手順とともに記録してください。
checklist-r02-cryopreservation-not-asked-title = 凍結保存の有無・解凍の場所が未確認です
checklist-r02-cryopreservation-not-asked-rationale = 凍結と解凍は細胞の状態を大きく左右し、死亡例でも検討点になりました。
checklist-r02-cryopreservation-not-asked-resolves = 細胞が凍結保存されているか、どこで解凍されるかをクリニックに確認してください。

## R03 由来
checklist-r03-origin-unknown-or-non-human-title = 製剤の由来が不明、またはヒト以外です
checklist-r03-origin-unknown-or-non-human-rationale = 誰の(何の)細胞から作られたか分からない製品や、ヒト由来でない製品、表示された成分を含まない製品があると報告されています。
checklist-r03-origin-unknown-or-non-human-resolves = 由来(自家・他家)と原料を書面で確認できるまで進めないでください。
checklist-r03-origin-not-asked-title = 製剤の由来(自家・他家など)が未確認です
checklist-r03-origin-not-asked-rationale = 由来によってリスクも法律上の扱いも変わります。由来をはっきり示すクリニックは少ないと報告されています。
checklist-r03-origin-not-asked-resolves = 本人の細胞か、他人の細胞か、ヒト以外かを確認してください。

## R04 提供計画
checklist-r04-no-provision-plan-title = 再生医療等提供計画の番号がありません
checklist-r04-no-provision-plan-rationale = 細胞を使う治療は、認定委員会の審査を経た提供計画を厚生労働省に提出してからでないと行えません。計画を出さずに治療をしていたクリニックには改善命令が出ています。
checklist-r04-no-provision-plan-resolves = 提供計画番号を確認し、厚生労働省の公開情報と照合してください。
checklist-r04-risk-class-missing-title = リスク分類(第一種〜第三種)が未確認です
checklist-r04-risk-class-missing-rationale = リスク分類によって審査する委員会が異なり、医師が注意すべき点も変わります。
checklist-r04-risk-class-missing-resolves = 提供計画に記載されたリスク分類を記録してください。
checklist-r04-committee-missing-title = 審査した認定再生医療等委員会が未確認です
checklist-r04-committee-missing-rationale = 提供計画は認定委員会の審査を受けている必要があります。
checklist-r04-committee-missing-resolves = 委員会の名称と認定番号を記録してください。

## R05 エクソソーム・培養上清
checklist-r05-cell-free-product-iv-title = エクソソームまたは培養上清を点滴で静脈に入れる計画です
checklist-r05-cell-free-product-iv-rationale = 専門家は、不純物を含むかもしれないこれらの製品を静脈に入れることを命に関わる危険な行為だと述べています。投与直後に意識が低下し救急搬送された例も報告されています。
checklist-r05-cell-free-product-iv-resolves = 医師が静脈内投与を中止または変更するまで進めないでください。
checklist-r05-outside-asrm-title = この製品は再生医療等安全性確保法の対象外です
checklist-r05-outside-asrm-rationale = エクソソームや培養上清は細胞を含まないため、法律による提供計画の提出も委員会の審査もありません(厚生労働省 2024年7月31日の注意喚起)。品質や由来は公的に確認されていません。
checklist-r05-outside-asrm-resolves = 由来、製造元、成分をクリニックに確認し、患者にもそのことを説明してください。

## R06 細胞加工施設
checklist-r06-processing-not-asked-title = 細胞加工施設が未確認です
checklist-r06-processing-not-asked-rationale = 2025年の死亡例の加工施設では、微生物の基準超過が繰り返されても対応がされていませんでした。どこで作られたかは安全性に直結します。
checklist-r06-processing-not-asked-resolves = 加工・保管・輸送に関わるすべての施設を記録してください。
checklist-r06-facility-unidentified-title = 施設の番号または所在(国内・海外)が不明です:{ $site }
checklist-r06-facility-unidentified-rationale = 細胞加工施設は許可または届出が必要で、厚生労働省に施設番号があります。番号が分からなければ施設を確認できません。
checklist-r06-facility-unidentified-resolves = 施設番号と国内・海外の別を確認してください。
checklist-r06-overseas-or-several-sites-title = 製造に海外の施設、または複数の施設が関わっています({ $count }か所)
checklist-r06-overseas-or-several-sites-rationale = 2026年3月の死亡例では製造が国内外の複数の拠点にまたがっていました。拠点が増えるほど、責任と品質確認の所在が分かりにくくなります。
checklist-r06-overseas-or-several-sites-resolves = 各施設の役割と、投与前の品質確認を誰が行うかを確認してください。

## R07 アレルギー
checklist-r07-allergies-not-asked-title = アレルギーが未確認です
checklist-r07-allergies-not-asked-rationale = アレルギーが正確に医師に伝わったかどうかは、死亡例から問われている点の一つです。「聞いていない」は「ない」ではありません。
checklist-r07-allergies-not-asked-resolves = アレルギーの有無を確認し、記録してください。確認するまで引き継ぎ書は作成できません(上書きする場合は記録が残ります)。
checklist-r07-allergen-of-concern-title = 治療に関わる可能性のあるアレルギー:{ $substance }({ $group ->
    [cryoprotectant] 凍結保護剤
    [antibiotic] 抗菌薬
    [animal-protein] 動物由来たんぱく
    [local-anaesthetic] 局所麻酔薬
   *[contrast-medium] 造影剤
})
# REVIEW: 抗菌薬・動物由来たんぱく・局所麻酔薬・造影剤と治療との関係は一般的な知識による。出典で確認すること。
checklist-r07-allergen-of-concern-rationale = { $group ->
    [cryoprotectant] 凍結した細胞にはDMSOなどの凍結保護剤が残っていることがあり、死亡例でもその扱いが検討点になりました。
    [antibiotic] 細胞の培養には抗菌薬が使われることがあり、製剤に残る可能性があります。
    [animal-protein] 細胞の培養や加工にはウシ血清など動物由来の成分が使われることがあります。
    [local-anaesthetic] 脂肪や骨髄の採取、注射には局所麻酔薬がよく使われます。
   *[contrast-medium] 画像検査や画像ガイド下の注射で造影剤が使われることがあります。
}
checklist-r07-allergen-of-concern-resolves = 製剤と処置にこの成分が使われるかを医師とクリニックに確認してください。
checklist-r07-anaphylaxis-history-title = アナフィラキシーの既往があります:{ $substance }
checklist-r07-anaphylaxis-history-rationale = 過去に重いアレルギー反応を起こした人は、治療中にも起こす可能性があります。すぐに対応できる体制が必要です。
checklist-r07-anaphylaxis-history-resolves = 医師に伝え、緊急時の搬送先が記録されていることを確認してください。

## R08 感染症検査
checklist-r08-infection-screening-missing-title = 感染症検査の結果がありません:{ $target ->
    [hepatitis-b] B型肝炎(HBs抗原)
    [hepatitis-c] C型肝炎(HCV抗体)
    [hiv] HIV
    [syphilis] 梅毒
   *[htlv-1] HTLV-1
}
checklist-r08-infection-screening-missing-rationale = 治療前の感染症検査がどう扱われたかは、死亡例から問われている点の一つです。細胞の汚染で重い感染症になった例もあります。
checklist-r08-infection-screening-missing-resolves = 検査結果を一覧の検査項目に対応付けて記録してください。
checklist-r08-infection-screening-stale-title = 感染症検査の結果が古い:{ $target ->
    [hepatitis-b] B型肝炎(HBs抗原)
    [hepatitis-c] C型肝炎(HCV抗体)
    [hiv] HIV
    [syphilis] 梅毒
   *[htlv-1] HTLV-1
}(採取日 { $date })
checklist-r08-infection-screening-stale-rationale = { $days }日より前の結果、または採取日の分からない結果は、今の状態を示しているとは言えません。
checklist-r08-infection-screening-stale-resolves = 最近の検査結果を記録するか、再検査を依頼してください。
checklist-r08-infection-positive-title = 感染症検査が{ $result ->
    [positive] 陽性
   *[indeterminate] 判定保留
}です:{ $target ->
    [hepatitis-b] B型肝炎(HBs抗原)
    [hepatitis-c] C型肝炎(HCV抗体)
    [hiv] HIV
    [syphilis] 梅毒
   *[htlv-1] HTLV-1
}
checklist-r08-infection-positive-rationale = 感染症がある場合、治療の可否や感染対策について医師の判断が必要です。
checklist-r08-infection-positive-resolves = 医師に結果を伝え、確認検査や治療歴を記録してください。

## R09 腫瘍マーカー
checklist-r09-tumour-markers-missing-title = 腫瘍マーカーの結果がありません
checklist-r09-tumour-markers-missing-rationale = 細胞治療の前に腫瘍マーカーをどう確認したかは、死亡例から問われている点の一つです({ $days }日以内の結果が必要です)。
checklist-r09-tumour-markers-missing-resolves = 最近の腫瘍マーカーの結果を記録してください。
checklist-r09-tumour-marker-abnormal-title = 腫瘍マーカーが基準範囲外です:{ $test ->
    [cea] CEA
    [afp] AFP
    [ca19-9] CA19-9
    [psa] PSA
    [ca-125] CA125
   *[other] { $test }
}
# REVIEW: 腫瘍マーカー高値と細胞治療の関係は一般的な知識による。出典で確認すること。
checklist-r09-tumour-marker-abnormal-rationale = がんが隠れている可能性を医師が判断してから、細胞治療を考える必要があります。
checklist-r09-tumour-marker-abnormal-resolves = 医師に結果を伝え、精密検査の要否を判断してもらってください。

## R10 抗凝固薬・抗血小板薬
checklist-r10-antithrombotic-with-procedure-title = 血をサラサラにする薬を飲んでいます:{ $medication }
# REVIEW: 抗血栓薬と採取・注射時の出血リスクは一般的な知識による。周術期の指針で確認すること。
checklist-r10-antithrombotic-with-procedure-rationale = 脂肪吸引や骨髄採取、注射では出血しやすくなります。自己判断で中止すると血栓の危険もあります。
checklist-r10-antithrombotic-with-procedure-resolves = 医師に伝え、休薬するかどうかは処方医と相談して決めてもらってください。
checklist-r10-antithrombotic-not-assessed-title = 血をサラサラにする作用があるか未確認の薬があります:{ $medication }
# REVIEW: 同上。
checklist-r10-antithrombotic-not-assessed-rationale = 漢方薬やサプリメントにも出血しやすくするものがあります。分からないことは「ない」ではありません。
checklist-r10-antithrombotic-not-assessed-resolves = 薬の名前と成分を確認し、抗凝固薬・抗血小板薬に当たるかを記録してください。

## R11 服用中の薬
checklist-r11-medications-not-asked-title = 服用中の薬が未確認です
checklist-r11-medications-not-asked-rationale = 薬が正確に医師に伝わったかどうかは、死亡例から問われている点の一つです。
checklist-r11-medications-not-asked-resolves = 服用中の薬(サプリメント・漢方を含む)を確認し、なければ「確認済み:なし」を記録してください。

## R12 通訳
checklist-r12-language-not-asked-title = 患者の言語と日本語力が未確認です
checklist-r12-language-not-asked-rationale = 通訳が必要かどうかが分からないと、説明が伝わったか確かめられません。
checklist-r12-language-not-asked-resolves = 希望する言語と、医療の説明を日本語で理解できるかを記録してください。
checklist-r12-no-interpreter-title = 日本語での医療説明が難しい患者に通訳がいません
checklist-r12-no-interpreter-rationale = 通訳が幹細胞治療を正確に説明できたかどうかは、死亡例から問われている点の一つです。
checklist-r12-no-interpreter-resolves = 医療通訳を手配して記録してください。
checklist-r12-interpreter-qualification-title = 通訳の医療通訳資格が記録されていません:{ $name }
checklist-r12-interpreter-qualification-rationale = 医療の内容を正確に伝えられる通訳かどうかは、安全に直結します。仲介業者のスタッフが通訳を兼ねることもあります。
checklist-r12-interpreter-qualification-resolves = 通訳の医療通訳資格(名称・番号)を確認して記録してください。
checklist-r12-interpreter-language-mismatch-title = 通訳の言語が患者の言語と合いません:{ $name }(患者の言語 { $language })
checklist-r12-interpreter-language-mismatch-rationale = 患者が話す言語で通訳できなければ、病歴も説明も正確には伝わりません。
checklist-r12-interpreter-language-mismatch-resolves = 患者の言語で医療通訳ができる通訳を手配するか、記録を訂正してください。

## R13 説明と同意
checklist-r13-explanation-not-recorded-title = 説明の記録がありません
checklist-r13-explanation-not-recorded-rationale = 患者が治療の説明を十分に理解したかどうかは、死亡例から問われている点の一つです。
checklist-r13-explanation-not-recorded-resolves = 説明した項目と、患者が自分の言葉で説明し返せたかを記録してください。
checklist-r13-teach-back-missing-title = 説明項目 { $number }:{ $state ->
    [not-understood] 理解が不十分でした
   *[not-done] 患者による言い直し(ティーチバック)が未実施です
}
checklist-r13-teach-back-missing-rationale = 「分かりました」という返事だけでは理解を確かめられません。患者が自分の言葉で説明できて初めて伝わったと言えます。
checklist-r13-teach-back-missing-resolves = もう一度説明し、患者の言葉を記録してください。
checklist-r13-topic-not-explained-title = 必要な説明項目がありません:{ $topic ->
    [what-is-administered] 体内に入れるもの
    [risks] リスクと副作用
   *[may-be-advised-not-to-proceed] 治療を勧めない場合があること
}
checklist-r13-topic-not-explained-rationale = 体内に何を入れるのか(細胞か、エクソソームか、培養上清か)、リスク、そして治療を勧めない場合があることは、患者が判断するための基本です。
checklist-r13-topic-not-explained-resolves = この項目を説明し、ティーチバックとともに記録してください。
checklist-r13-no-consent-to-share-title = 要配慮個人情報を第三者に提供する同意がありません
checklist-r13-no-consent-to-share-rationale = 病歴などの要配慮個人情報は、本人の同意がなければ第三者に渡せません(オプトアウト不可)。
checklist-r13-no-consent-to-share-resolves = 提供先を説明したうえで同意を得て、日付とともに記録してください。それまで印刷・書き出しはできません。
checklist-r13-no-consent-to-acquire-title = 要配慮個人情報を取得する同意がありません
checklist-r13-no-consent-to-acquire-rationale = 病歴などの要配慮個人情報を取得するには、あらかじめ本人の同意が必要です。
checklist-r13-no-consent-to-acquire-resolves = 同意を得て、日付とともに記録してください。それまで印刷・書き出しはできません。

## R14 緊急時の対応
checklist-r14-emergency-care-missing-title = 緊急時の搬送先が記録されていません
checklist-r14-emergency-care-missing-rationale = 治療中に急変したとき、どこに運ぶかが決まっていなければ対応が遅れます。緊急時の体制がないクリニックには改善命令が出ています。
checklist-r14-emergency-care-missing-resolves = 搬送先の病院と連絡先を確認して記録してください。
checklist-r14-no-emergency-arrangement-title = 緊急時の搬送先がありません
checklist-r14-no-emergency-arrangement-rationale = 緊急時の体制がないまま治療を行い、改善命令を受けたクリニックがあります。急変時に患者を守れません。
checklist-r14-no-emergency-arrangement-resolves = 搬送先が決まるまで進めないでください。

## R15 妊娠
checklist-r15-pregnancy-unknown-title = 妊娠の可能性が未確認です
# REVIEW: 妊娠中の再生医療の安全性に関する出典は未確認。年齢の範囲(10〜55歳)も目安。
checklist-r15-pregnancy-unknown-rationale = 妊娠中にこれらの治療を受けた場合の安全性は確かめられていません。分からないことは「妊娠していない」ではありません。
checklist-r15-pregnancy-unknown-resolves = 妊娠の可能性を確認し、該当しない場合はその旨を記録してください。
checklist-r15-pregnant-or-possibly-title = 妊娠中、または妊娠の可能性があります
# REVIEW: 同上。
checklist-r15-pregnant-or-possibly-rationale = 妊娠中にこれらの治療を受けた場合の安全性は確かめられていません。
checklist-r15-pregnant-or-possibly-resolves = 医師に伝え、治療の可否を判断してもらってください。

## R16 検証型・非検証型
checklist-r16-unverification-type-title = 無検証診療です(レジストリでのデータ収集なし)
checklist-r16-unverification-type-rationale = 日本再生医療学会は「YOKOHAMA宣言2025」で、独立したレジストリでデータを集めて安全性と有効性を検証する「検証型診療」と、そうでない「無検証診療」を区別し、後者を抑制する方針を示しました。
checklist-r16-unverification-type-resolves = 医師の参考情報です。患者にも説明してください。

## R17 何をどう入れるか
checklist-r17-product-not-asked-title = 体内に入れるもの(治療の種類)が未確認です
checklist-r17-product-not-asked-rationale = 細胞そのものか、エクソソームか、培養上清か。何を体内に入れるかで、リスクも確認すべき点も変わります。
checklist-r17-product-not-asked-resolves = 治療の種類をクリニックに確認して記録してください。
checklist-r17-product-unknown-title = 体内に入れるものが分かりません
checklist-r17-product-unknown-rationale = 何を入れるか分からない治療は、リスクを評価できません。
checklist-r17-product-unknown-resolves = 製剤の内容を書面で確認できるまで進めないでください。
checklist-r17-route-not-stated-title = 投与方法が未確認です
checklist-r17-route-not-stated-rationale = 死亡例はいずれも点滴による静脈内投与でした。投与方法によって注意すべき点が大きく変わります。
checklist-r17-route-not-stated-resolves = 投与方法(点滴、局所注射、関節内など)を確認して記録してください。

## R18 紹介元
checklist-r18-referral-not-asked-title = 紹介元(誰の紹介で来たか)が未確認です
checklist-r18-referral-not-asked-rationale = どのような組織が外国人患者をクリニックに紹介したかは、死亡例から問われている点の一つです。
checklist-r18-referral-not-asked-resolves = 紹介した仲介業者・医療機関・個人を記録してください。

## テキスト形式のレポート(CLI)
checklist-report-heading = 安全チェック:記録 { $record }(基準日 { $date })— 中止 { $stop }、未記入 { $missing }、要注意 { $attention }、参考 { $note }
checklist-report-blocks-print = 要配慮個人情報の同意がないため、印刷・書き出しはできません。
checklist-report-blocks-handoff = 解決するか、記録に残る上書きをするまで、引き継ぎ書は作成できません。
checklist-report-resolves = 解決するには:{ $text }
checklist-report-fields = 該当する項目:{ $fields }
checklist-report-source = 出典:{ $source }
checklist-severity-stop = 中止
checklist-severity-missing = 未記入
checklist-severity-attention = 要注意
checklist-severity-note = 参考
