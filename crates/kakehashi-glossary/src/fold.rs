//! The glossary's search form: [`kakehashi_fold::fold`] plus what terminology needs on top —
//! traditional (and Japanese) Han forms mapped to simplified ones, and the katakana middle dot
//! dropped (`インフォームド・コンセント` is typed without it).

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use crate::model::{Concept, Locale};

/// Traditional → simplified pairs for the characters of medical terminology (identity pairs are
/// left out), checked by hand
/// against standard conversion tables (OpenCC `TSCharacters`), including the pairs the built-in
/// data suggested ([`ZhMap::candidates`]) that are genuine script variants. Japanese shinjitai forms that differ
/// from both are listed where the correspondence is unambiguous (`検` → `检`, `薬` → `药`).
#[rustfmt::skip]
const CURATED: &[(char, char)] = &[
    ('細', '细'), ('幹', '干'), ('乾', '干'), ('間', '间'), ('質', '质'), ('療', '疗'), ('醫', '医'), ('藥', '药'),
    ('師', '师'), ('應', '应'), ('過', '过'), ('診', '诊'), ('斷', '断'), ('檢', '检'), ('測', '测'), ('驗', '验'),
    ('輸', '输'), ('際', '际'), ('體', '体'), ('臟', '脏'), ('腎', '肾'), ('腦', '脑'), ('腸', '肠'), ('癥', '症'),
    ('傳', '传'), ('結', '结'), ('膽', '胆'), ('擴', '扩'), ('術', '术'), ('後', '后'), ('處', '处'), ('劑', '剂'),
    ('凍', '冻'), ('儲', '储'), ('蟲', '虫'), ('壓', '压'), ('對', '对'), ('護', '护'), ('協', '协'), ('議', '议'),
    ('計', '计'), ('劃', '划'), ('書', '书'), ('說', '说'), ('識', '识'), ('會', '会'), ('員', '员'), ('審', '审'),
    ('證', '证'), ('號', '号'), ('風', '风'), ('險', '险'), ('級', '级'), ('類', '类'), ('別', '别'), ('關', '关'),
    ('於', '于'), ('監', '监'), ('報', '报'), ('義', '义'), ('務', '务'), ('導', '导'), ('設', '设'), ('備', '备'),
    ('製', '制'), ('標', '标'), ('準', '准'), ('記', '记'), ('錄', '录'), ('變', '变'), ('異', '异'), ('復', '复'),
    ('發', '发'), ('現', '现'), ('電', '电'), ('腫', '肿'), ('濃', '浓'), ('從', '从'), ('來', '来'), ('點', '点'),
    ('靜', '静'), ('脈', '脉'), ('內', '内'), ('頭', '头'), ('頸', '颈'), ('節', '节'), ('軟', '软'), ('臍', '脐'),
    ('帶', '带'), ('漿', '浆'), ('膚', '肤'), ('經', '经'), ('緊', '紧'), ('動', '动'), ('態', '态'), ('時', '时'),
    ('無', '无'), ('滅', '灭'), ('汙', '污'), ('衛', '卫'), ('養', '养'), ('營', '营'), ('織', '织'), ('組', '组'),
    ('構', '构'), ('機', '机'), ('據', '据'), ('與', '与'), ('為', '为'), ('這', '这'), ('個', '个'), ('們', '们'),
    ('問', '问'), ('題', '题'), ('將', '将'), ('進', '进'), ('選', '选'), ('擇', '择'), ('確', '确'), ('認', '认'),
    ('請', '请'), ('讓', '让'), ('願', '愿'), ('聽', '听'), ('釋', '释'), ('損', '损'), ('傷', '伤'), ('視', '视'),
    ('聲', '声'), ('線', '线'), ('掃', '扫'), ('層', '层'), ('攝', '摄'), ('誌', '志'), ('紅', '红'), ('滯', '滞'),
    ('纖', '纤'), ('維', '维'), ('覺', '觉'), ('暈', '晕'), ('嘔', '呕'), ('噁', '恶'), ('惡', '恶'), ('瀉', '泻'),
    ('熱', '热'), ('癢', '痒'), ('嚨', '咙'), ('鬱', '郁'), ('脹', '胀'), ('臨', '临'), ('試', '试'), ('許', '许'),
    ('獨', '独'), ('歷', '历'), ('曆', '历'), ('濕', '湿'), ('氣', '气'), ('淨', '净'), ('潔', '洁'), ('樹', '树'),
    ('殺', '杀'), ('誘', '诱'), ('萬', '万'), ('億', '亿'), ('單', '单'), ('雙', '双'), ('複', '复'), ('雜', '杂'),
    ('總', '总'), ('貧', '贫'), ('啟', '启'), ('責', '责'), ('費', '费'), ('價', '价'), ('錢', '钱'), ('國', '国'),
    ('語', '语'), ('譯', '译'), ('愛', '爱'), ('遞', '递'), ('鈣', '钙'), ('鐵', '铁'), ('鉀', '钾'), ('鈉', '钠'),
    ('鎂', '镁'), ('鋅', '锌'), ('銅', '铜'), ('針', '针'), ('鏡', '镜'), ('門', '门'), ('開', '开'), ('閉', '闭'),
    ('陽', '阳'), ('陰', '阴'), ('隨', '随'), ('難', '难'), ('離', '离'), ('頻', '频'), ('顯', '显'), ('飲', '饮'),
    ('飯', '饭'), ('饑', '饥'), ('馬', '马'), ('髮', '发'), ('魚', '鱼'), ('鳥', '鸟'), ('麥', '麦'), ('黃', '黄'),
    ('齒', '齿'), ('龍', '龙'), ('龜', '龟'), ('條', '条'), ('東', '东'), ('長', '长'), ('見', '见'), ('規', '规'),
    ('親', '亲'), ('觀', '观'), ('訂', '订'), ('訊', '讯'), ('討', '讨'), ('訓', '训'), ('評', '评'), ('詢', '询'),
    ('詳', '详'), ('誤', '误'), ('調', '调'), ('談', '谈'), ('論', '论'), ('諮', '谘'), ('謝', '谢'), ('讀', '读'),
    ('貨', '货'), ('購', '购'), ('贈', '赠'), ('輕', '轻'), ('較', '较'), ('輔', '辅'), ('轉', '转'), ('農', '农'),
    ('運', '运'), ('違', '违'), ('適', '适'), ('遺', '遗'), ('邊', '边'), ('鄰', '邻'), ('醣', '糖'), ('釐', '厘'),
    ('階', '阶'), ('隱', '隐'), ('雞', '鸡'), ('項', '项'), ('順', '顺'), ('預', '预'), ('領', '领'), ('頁', '页'),
    ('顆', '颗'), ('額', '额'), ('顏', '颜'), ('餘', '余'), ('驟', '骤'), ('鬆', '松'), ('鹽', '盐'), ('瘡', '疮'),
    ('瘍', '疡'), ('癱', '瘫'), ('瘓', '痪'), ('癇', '痫'), ('癲', '癫'), ('瘺', '瘘'), ('癆', '痨'), ('瘧', '疟'),
    ('給', '给'), ('黴', '霉'), ('種', '种'), ('數', '数'), ('編', '编'), ('鏈', '链'), ('盤', '盘'), ('溫', '温'),
    ('訴', '诉'), ('屬', '属'), ('學', '学'), ('簽', '签'), ('鎮', '镇'), ('飽', '饱'), ('紀', '纪'), ('產', '产'),
    ('徑', '径'), ('髖', '髋'), ('韌', '韧'), ('蕁', '荨'), ('痙', '痉'), ('攣', '挛'), ('膠', '胶'), ('勞', '劳'),
    ('綜', '综'), ('嚴', '严'), ('橫', '横'), ('濱', '滨'), ('統', '统'), ('暫', '暂'), ('燒', '烧'), ('鳴', '鸣'),
    ('紺', '绀'), ('緩', '缓'), ('礙', '碍'), ('減', '减'), ('採', '采'), ('濾', '滤'), ('徵', '征'), ('蹤', '踪'),
    ('網', '网'), ('亞', '亚'), ('碸', '砜'), ('環', '环'), ('團', '团'), ('繼', '继'), ('櫃', '柜'), ('業', '业'),
    ('顧', '顾'), ('託', '托'), ('話', '话'), ('嗎', '吗'), ('絕', '绝'), ('補', '补'), ('償', '偿'), ('聯', '联'),
    ('絡', '络'), ('該', '该'), ('決', '决'), ('畫', '画'), ('資', '资'), ('實', '实'), ('臉', '脸'), ('場', '场'),
    // Reviewed from the data's candidates (ZhMap::candidates).
    ('傾', '倾'), ('兩', '两'), ('圖', '图'), ('島', '岛'), ('庫', '库'), ('張', '张'), ('慮', '虑'), ('樣', '样'),
    ('狀', '状'), ('篩', '筛'), ('紹', '绍'), ('絞', '绞'), ('華', '华'), ('菸', '烟'), ('裡', '里'), ('誰', '谁'),
    ('輻', '辐'), ('還', '还'), ('釓', '钆'), ('顫', '颤'),
    // Japanese shinjitai that differ from both Chinese forms.
    ('検', '检'), ('剤', '剂'), ('臓', '脏'), ('脳', '脑'), ('薬', '药'), ('験', '验'), ('関', '关'), ('齢', '龄'),
    ('転', '转'), ('圧', '压'), ('処', '处'), ('覚', '觉'), ('図', '图'), ('帯', '带'), ('済', '济'), ('続', '续'),
    ('様', '样'), ('価', '价'), ('読', '读'), ('経', '经'), ('総', '总'), ('歯', '齿'), ('髄', '髓'), ('鉄', '铁'),
    ('単', '单'), ('気', '气'), ('拡', '扩'), ('険', '险'), ('証', '证'), ('継', '继'), ('浄', '净'), ('観', '观'),
    ('権', '权'), ('収', '收'), ('縮', '缩'), ('疎', '疏'), ('栄', '荣'), ('児', '儿'), ('査', '查'), ('廃', '废'),
    ('棄', '弃'), ('汚', '污'), ('濁', '浊'), ('説', '说'), ('択', '择'), ('恵', '惠'), ('斉', '齐'), ('発', '发'),
    ('変', '变'), ('応', '应'), ('従', '从'), ('実', '实'), ('県', '县'), ('営', '营'), ('労', '劳'), ('働', '动'),
    ('録', '录'),
];

/// Han-form folding table: traditional (and Japanese) forms to simplified.
#[derive(Debug, Clone, Default)]
pub struct ZhMap {
    t2s: HashMap<char, char>,
    curated: usize,
}

/// How well the Han folding covers the data: reported in docs/glossary.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ZhCoverage {
    /// Distinct pairs in the curated table (identity pairs excluded).
    pub curated_pairs: usize,
    /// Pairs the data suggests that are not in the table (see [`ZhMap::candidates`]); not applied
    /// until reviewed.
    pub unreviewed_candidates: usize,
    /// Concepts with both Chinese preferred terms.
    pub concepts: usize,
    /// Concepts whose zh-Hant preferred term folds to exactly their zh-Hans preferred term.
    pub hant_folds_to_hans: usize,
}

impl ZhMap {
    /// The curated table. Character pairs are not learned from the data at run time: aligning
    /// differently worded terms of equal length (`血球` / `细胞`) would teach wrong mappings, and a
    /// wrong mapping makes free-text recognition report the wrong concept. Instead
    /// [`ZhMap::candidates`] lists what the data suggests, for review into the curated table.
    pub fn build(_concepts: &[Concept]) -> ZhMap {
        let t2s: HashMap<char, char> = CURATED.iter().copied().filter(|(t, s)| t != s).collect();
        let curated = t2s.len();
        ZhMap { t2s, curated }
    }

    /// Pairs suggested by the data and not yet in the table: from zh-Hant / zh-Hans preferred terms
    /// of equal length that differ only in Han characters and agree in at least as many positions
    /// as they differ, for characters the table does not map yet; the traditional character never occurs in simplified terms, and the pair is the
    /// clear majority for it. `(traditional, simplified, concepts agreeing)`, sorted.
    pub fn candidates(&self, concepts: &[Concept]) -> Vec<(char, char, usize)> {
        let hans_chars: std::collections::HashSet<char> = concepts
            .iter()
            .filter_map(|c| c.preferred(Locale::ZhHans))
            .flat_map(str::chars)
            .collect();
        let mut votes: HashMap<(char, char), usize> = HashMap::new();
        for c in concepts {
            let (Some(s), Some(t)) = (c.preferred(Locale::ZhHans), c.preferred(Locale::ZhHant)) else {
                continue;
            };
            if s.chars().count() != t.chars().count() {
                continue;
            }
            let diffs: Vec<(char, char)> = t
                .chars()
                .zip(s.chars())
                .filter(|(a, b)| self.map_char(*a) != *b)
                .collect();
            let same = s.chars().count() - diffs.len();
            if same >= diffs.len() && diffs.iter().all(|(a, b)| is_han(*a) && is_han(*b)) {
                for d in diffs {
                    *votes.entry(d).or_default() += 1;
                }
            }
        }
        let mut by_t: HashMap<char, Vec<(char, usize)>> = HashMap::new();
        for ((t, s), n) in votes {
            if !hans_chars.contains(&t) && !self.t2s.contains_key(&t) {
                by_t.entry(t).or_default().push((s, n));
            }
        }
        let mut out = Vec::new();
        for (t, mut options) in by_t {
            options.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let (s, n) = options[0];
            let others: usize = options[1..].iter().map(|o| o.1).sum();
            if n > others {
                out.push((t, s, n));
            }
        }
        out.sort_unstable();
        out
    }

    pub fn map_char(&self, c: char) -> char {
        if (c as u32) < 0x2E80 {
            return c;
        }
        self.t2s.get(&c).copied().unwrap_or(c)
    }

    pub fn coverage(&self, concepts: &[Concept]) -> ZhCoverage {
        let mut both = 0;
        let mut same = 0;
        for c in concepts {
            if let (Some(s), Some(t)) = (c.preferred(Locale::ZhHans), c.preferred(Locale::ZhHant)) {
                both += 1;
                if search_form(self, s) == search_form(self, t) {
                    same += 1;
                }
            }
        }
        ZhCoverage {
            curated_pairs: self.curated,
            unreviewed_candidates: self.candidates(concepts).len(),
            concepts: both,
            hant_folds_to_hans: same,
        }
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.t2s.capacity() * (std::mem::size_of::<(char, char)>() + 8)
    }
}

/// What [`kakehashi_fold::fold`] gives for printable ASCII (lower case, single spaces, trimmed),
/// without its Unicode normalisation passes: most typed queries are plain ASCII.
fn ascii_form(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    }
    out
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// The search form of `s` under this glossary's folding.
pub fn search_form(zh: &ZhMap, s: &str) -> String {
    if s.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
        return ascii_form(s);
    }
    let folded = kakehashi_fold::fold(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        match c {
            '・' => {}
            _ => out.push(zh.map_char(c)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_ascii_shortcut_folds_exactly_like_the_full_fold(s in "[ -~]{0,40}") {
            let zh = ZhMap::default();
            let full: String = kakehashi_fold::fold(&s).chars().filter(|c| *c != '・').collect();
            prop_assert_eq!(ascii_form(&s), full);
            prop_assert_eq!(search_form(&zh, &s), ascii_form(&s));
        }
    }

    fn concept(hans: &str, hant: &str) -> Concept {
        let mut c = Concept::new_user("c");
        c.terms.insert(Locale::ZhHans, crate::LocaleTerms::new(hans));
        c.terms.insert(Locale::ZhHant, crate::LocaleTerms::new(hant));
        c
    }

    #[test]
    fn the_data_suggests_pairs_but_never_rewrites_the_table() {
        // 血球 / 细胞 align character by character but are different words; 血 is blood in both
        // scripts. 鴉片 / 鸦片 is the same word in two scripts.
        let concepts = vec![
            concept("细胞", "血球"),
            concept("鸦片", "鴉片"),
            concept("血液", "血液"),
        ];
        let zh = ZhMap::build(&concepts);
        assert_eq!(zh.map_char('血'), '血');
        assert_eq!(zh.map_char('鴉'), '鴉');
        assert_eq!(zh.candidates(&concepts), vec![('鴉', '鸦', 1)]);
        assert_eq!(zh.map_char('細'), '细');
    }
}
