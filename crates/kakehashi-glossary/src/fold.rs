//! The glossary's search form: [`kakehashi_fold::fold`] plus what terminology needs on top —
//! traditional (and Japanese) Han forms mapped to simplified ones, and the katakana middle dot
//! dropped (`インフォームド・コンセント` is typed without it).

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use crate::model::{Concept, Locale};

/// Traditional → simplified pairs for the characters of medical terminology, checked by hand
/// against standard conversion tables (OpenCC `TSCharacters`). Japanese shinjitai forms that differ
/// from both are listed where the correspondence is unambiguous (`検` → `检`, `薬` → `药`).
const CURATED: &[(char, char)] = &[
    ('細', '细'),
    ('幹', '干'),
    ('乾', '干'),
    ('間', '间'),
    ('質', '质'),
    ('療', '疗'),
    ('醫', '医'),
    ('藥', '药'),
    ('師', '师'),
    ('應', '应'),
    ('過', '过'),
    ('診', '诊'),
    ('斷', '断'),
    ('檢', '检'),
    ('測', '测'),
    ('驗', '验'),
    ('輸', '输'),
    ('際', '际'),
    ('體', '体'),
    ('臟', '脏'),
    ('腎', '肾'),
    ('腦', '脑'),
    ('腸', '肠'),
    ('癥', '症'),
    ('傳', '传'),
    ('結', '结'),
    ('膽', '胆'),
    ('擴', '扩'),
    ('術', '术'),
    ('後', '后'),
    ('處', '处'),
    ('劑', '剂'),
    ('凍', '冻'),
    ('儲', '储'),
    ('蟲', '虫'),
    ('壓', '压'),
    ('對', '对'),
    ('護', '护'),
    ('協', '协'),
    ('議', '议'),
    ('計', '计'),
    ('劃', '划'),
    ('書', '书'),
    ('說', '说'),
    ('識', '识'),
    ('會', '会'),
    ('員', '员'),
    ('審', '审'),
    ('證', '证'),
    ('號', '号'),
    ('風', '风'),
    ('險', '险'),
    ('級', '级'),
    ('類', '类'),
    ('別', '别'),
    ('關', '关'),
    ('於', '于'),
    ('監', '监'),
    ('報', '报'),
    ('義', '义'),
    ('務', '务'),
    ('導', '导'),
    ('設', '设'),
    ('備', '备'),
    ('製', '制'),
    ('標', '标'),
    ('準', '准'),
    ('記', '记'),
    ('錄', '录'),
    ('變', '变'),
    ('異', '异'),
    ('復', '复'),
    ('發', '发'),
    ('現', '现'),
    ('電', '电'),
    ('腫', '肿'),
    ('濃', '浓'),
    ('從', '从'),
    ('來', '来'),
    ('點', '点'),
    ('靜', '静'),
    ('脈', '脉'),
    ('內', '内'),
    ('頭', '头'),
    ('頸', '颈'),
    ('節', '节'),
    ('軟', '软'),
    ('臍', '脐'),
    ('帶', '带'),
    ('漿', '浆'),
    ('膚', '肤'),
    ('經', '经'),
    ('緊', '紧'),
    ('急', '急'),
    ('動', '动'),
    ('態', '态'),
    ('時', '时'),
    ('間', '间'),
    ('無', '无'),
    ('菌', '菌'),
    ('滅', '灭'),
    ('汙', '污'),
    ('衛', '卫'),
    ('生', '生'),
    ('養', '养'),
    ('培', '培'),
    ('營', '营'),
    ('織', '织'),
    ('組', '组'),
    ('構', '构'),
    ('機', '机'),
    ('據', '据'),
    ('與', '与'),
    ('為', '为'),
    ('這', '这'),
    ('個', '个'),
    ('們', '们'),
    ('問', '问'),
    ('題', '题'),
    ('將', '将'),
    ('進', '进'),
    ('選', '选'),
    ('擇', '择'),
    ('確', '确'),
    ('認', '认'),
    ('請', '请'),
    ('讓', '让'),
    ('願', '愿'),
    ('意', '意'),
    ('聽', '听'),
    ('懂', '懂'),
    ('解', '解'),
    ('釋', '释'),
    ('險', '险'),
    ('損', '损'),
    ('傷', '伤'),
    ('視', '视'),
    ('聲', '声'),
    ('線', '线'),
    ('掃', '扫'),
    ('描', '描'),
    ('斷', '断'),
    ('層', '层'),
    ('攝', '摄'),
    ('影', '影'),
    ('超', '超'),
    ('核', '核'),
    ('磁', '磁'),
    ('共', '共'),
    ('振', '振'),
    ('癌', '癌'),
    ('標', '标'),
    ('誌', '志'),
    ('蛋', '蛋'),
    ('紅', '红'),
    ('滯', '滞'),
    ('塞', '塞'),
    ('栓', '栓'),
    ('凝', '凝'),
    ('纖', '纤'),
    ('維', '维'),
    ('溶', '溶'),
    ('覺', '觉'),
    ('頭', '头'),
    ('暈', '晕'),
    ('嘔', '呕'),
    ('噁', '恶'),
    ('惡', '恶'),
    ('瀉', '泻'),
    ('熱', '热'),
    ('癢', '痒'),
    ('疹', '疹'),
    ('喉', '喉'),
    ('嚨', '咙'),
    ('鬱', '郁'),
    ('腫', '肿'),
    ('脹', '胀'),
    ('臨', '临'),
    ('床', '床'),
    ('試', '试'),
    ('許', '许'),
    ('可', '可'),
    ('獨', '独'),
    ('歷', '历'),
    ('曆', '历'),
    ('過', '过'),
    ('敏', '敏'),
    ('濕', '湿'),
    ('氣', '气'),
    ('喘', '喘'),
    ('糖', '糖'),
    ('尿', '尿'),
    ('壓', '压'),
    ('藥', '药'),
    ('劑', '剂'),
    ('製', '制'),
    ('劑', '剂'),
    ('劑', '剂'),
    ('淨', '净'),
    ('潔', '洁'),
    ('淋', '淋'),
    ('巴', '巴'),
    ('樹', '树'),
    ('突', '突'),
    ('殺', '杀'),
    ('傷', '伤'),
    ('殖', '殖'),
    ('繁', '繁'),
    ('誘', '诱'),
    ('導', '导'),
    ('萬', '万'),
    ('億', '亿'),
    ('單', '单'),
    ('雙', '双'),
    ('複', '复'),
    ('雜', '杂'),
    ('總', '总'),
    ('貧', '贫'),
    ('啟', '启'),
    ('責', '责'),
    ('任', '任'),
    ('費', '费'),
    ('價', '价'),
    ('錢', '钱'),
    ('國', '国'),
    ('語', '语'),
    ('譯', '译'),
    ('員', '员'),
    ('醫', '医'),
    ('院', '院'),
    ('診', '诊'),
    ('愛', '爱'),
    ('滋', '滋'),
    ('療', '疗'),
    ('肝', '肝'),
    ('炎', '炎'),
    ('毒', '毒'),
    ('梅', '梅'),
    ('螺', '螺'),
    ('旋', '旋'),
    ('體', '体'),
    ('遞', '递'),
    ('腺', '腺'),
    ('鈣', '钙'),
    ('鐵', '铁'),
    ('鉀', '钾'),
    ('鈉', '钠'),
    ('鎂', '镁'),
    ('鋅', '锌'),
    ('銅', '铜'),
    ('針', '针'),
    ('鏡', '镜'),
    ('門', '门'),
    ('開', '开'),
    ('閉', '闭'),
    ('間', '间'),
    ('陽', '阳'),
    ('陰', '阴'),
    ('隨', '随'),
    ('難', '难'),
    ('離', '离'),
    ('頻', '频'),
    ('顯', '显'),
    ('飲', '饮'),
    ('食', '食'),
    ('飯', '饭'),
    ('餐', '餐'),
    ('饑', '饥'),
    ('馬', '马'),
    ('驗', '验'),
    ('髮', '发'),
    ('魚', '鱼'),
    ('鳥', '鸟'),
    ('麥', '麦'),
    ('黃', '黄'),
    ('齒', '齿'),
    ('龍', '龙'),
    ('龜', '龟'),
    ('條', '条'),
    ('東', '东'),
    ('長', '长'),
    ('見', '见'),
    ('規', '规'),
    ('親', '亲'),
    ('觀', '观'),
    ('計', '计'),
    ('訂', '订'),
    ('訊', '讯'),
    ('討', '讨'),
    ('訓', '训'),
    ('評', '评'),
    ('詢', '询'),
    ('詳', '详'),
    ('誤', '误'),
    ('調', '调'),
    ('談', '谈'),
    ('論', '论'),
    ('諮', '谘'),
    ('謝', '谢'),
    ('護', '护'),
    ('讀', '读'),
    ('貨', '货'),
    ('質', '质'),
    ('購', '购'),
    ('贈', '赠'),
    ('輕', '轻'),
    ('較', '较'),
    ('輔', '辅'),
    ('轉', '转'),
    ('農', '农'),
    ('運', '运'),
    ('違', '违'),
    ('適', '适'),
    ('遺', '遗'),
    ('邊', '边'),
    ('鄰', '邻'),
    ('醣', '糖'),
    ('釐', '厘'),
    ('量', '量'),
    ('階', '阶'),
    ('險', '险'),
    ('隱', '隐'),
    ('雞', '鸡'),
    ('項', '项'),
    ('順', '顺'),
    ('預', '预'),
    ('領', '领'),
    ('頁', '页'),
    ('顆', '颗'),
    ('額', '额'),
    ('顏', '颜'),
    ('餘', '余'),
    ('驟', '骤'),
    ('髓', '髓'),
    ('鬆', '松'),
    ('鹽', '盐'),
    ('麻', '麻'),
    ('醉', '醉'),
    ('劑', '剂'),
    ('囊', '囊'),
    ('瘡', '疮'),
    ('瘍', '疡'),
    ('癱', '瘫'),
    ('瘓', '痪'),
    ('癇', '痫'),
    ('癲', '癫'),
    ('瘺', '瘘'),
    ('癆', '痨'),
    ('瘧', '疟'),
    ('瘓', '痪'),
    // Japanese shinjitai that differ from both Chinese forms.
    ('検', '检'),
    ('剤', '剂'),
    ('臓', '脏'),
    ('脳', '脑'),
    ('薬', '药'),
    ('験', '验'),
    ('関', '关'),
    ('齢', '龄'),
    ('転', '转'),
    ('圧', '压'),
    ('処', '处'),
    ('覚', '觉'),
    ('図', '图'),
    ('帯', '带'),
    ('済', '济'),
    ('続', '续'),
    ('様', '样'),
    ('価', '价'),
    ('読', '读'),
    ('経', '经'),
    ('総', '总'),
    ('歯', '齿'),
    ('髄', '髓'),
    ('鉄', '铁'),
    ('単', '单'),
    ('気', '气'),
    ('拡', '扩'),
    ('険', '险'),
    ('証', '证'),
    ('継', '继'),
    ('浄', '净'),
    ('観', '观'),
    ('権', '权'),
    ('収', '收'),
    ('縮', '缩'),
    ('胆', '胆'),
    ('疎', '疏'),
    ('粘', '粘'),
    ('膜', '膜'),
    ('栄', '荣'),
    ('児', '儿'),
    ('乳', '乳'),
    ('認', '认'),
    ('査', '查'),
    ('装', '装'),
    ('凍', '冻'),
    ('結', '结'),
    ('融', '融'),
    ('解', '解'),
    ('廃', '废'),
    ('棄', '弃'),
    ('汚', '污'),
    ('濁', '浊'),
    ('逸', '逸'),
    ('脱', '脱'),
    ('説', '说'),
    ('択', '择'),
    ('恵', '惠'),
    ('来', '来'),
    ('斉', '齐'),
    ('静', '静'),
    ('脈', '脉'),
    ('点', '点'),
    ('滴', '滴'),
    ('輸', '输'),
    ('血', '血'),
    ('栓', '栓'),
    ('塞', '塞'),
    ('緊', '紧'),
    ('発', '发'),
    ('変', '变'),
    ('応', '应'),
    ('学', '学'),
    ('会', '会'),
    ('号', '号'),
    ('従', '从'),
    ('実', '实'),
    ('状', '状'),
    ('症', '症'),
    ('県', '县'),
    ('営', '营'),
    ('労', '劳'),
    ('働', '动'),
    ('厚', '厚'),
    ('省', '省'),
    ('届', '届'),
    ('録', '录'),
    ('記', '记'),
    ('計', '计'),
    ('画', '画'),
    ('委', '委'),
    ('員', '员'),
    ('審', '审'),
    ('査', '查'),
    ('改', '改'),
    ('善', '善'),
    ('命', '命'),
    ('令', '令'),
];

/// Han-form folding table: traditional (and Japanese) forms to simplified.
#[derive(Debug, Clone, Default)]
pub struct ZhMap {
    t2s: HashMap<char, char>,
    curated: usize,
    from_data: usize,
}

/// How well the Han folding covers the data: reported in docs/glossary.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ZhCoverage {
    /// Distinct pairs in the curated table (identity pairs excluded).
    pub curated_pairs: usize,
    /// Further pairs learned from aligned zh-Hans / zh-Hant preferred terms.
    pub data_pairs: usize,
    /// Concepts with both Chinese preferred terms.
    pub concepts: usize,
    /// Concepts whose zh-Hant preferred term folds to exactly their zh-Hans preferred term.
    pub hant_folds_to_hans: usize,
}

impl ZhMap {
    /// Builds the table from the curated list and the concepts' preferred zh-Hans / zh-Hant pairs.
    ///
    /// A data pair is only learned from terms of equal length whose differing characters are all
    /// Han, and only when the traditional character never occurs in simplified terms and the
    /// simplified one never in traditional terms, or when two concepts agree on it: two different
    /// phrasings of the same length must not teach a wrong mapping.
    pub fn build(concepts: &[Concept]) -> ZhMap {
        let mut t2s: HashMap<char, char> = HashMap::new();
        for &(t, s) in CURATED {
            if t != s {
                t2s.insert(t, s);
            }
        }
        let curated = t2s.len();
        let mut hans_chars = std::collections::HashSet::new();
        let mut hant_chars = std::collections::HashSet::new();
        for c in concepts {
            if let Some(s) = c.preferred(Locale::ZhHans) {
                hans_chars.extend(s.chars());
            }
            if let Some(t) = c.preferred(Locale::ZhHant) {
                hant_chars.extend(t.chars());
            }
        }
        let mut votes: HashMap<(char, char), usize> = HashMap::new();
        for c in concepts {
            let (Some(s), Some(t)) = (c.preferred(Locale::ZhHans), c.preferred(Locale::ZhHant)) else {
                continue;
            };
            if s.chars().count() != t.chars().count() {
                continue;
            }
            let diffs: Vec<(char, char)> = t.chars().zip(s.chars()).filter(|(a, b)| a != b).collect();
            if diffs.iter().all(|(a, b)| is_han(*a) && is_han(*b)) {
                for d in diffs {
                    *votes.entry(d).or_default() += 1;
                }
            }
        }
        let mut learned: HashMap<char, Option<char>> = HashMap::new();
        for ((t, s), n) in votes {
            if t2s.contains_key(&t) {
                continue;
            }
            let exclusive = !hans_chars.contains(&t) && !hant_chars.contains(&s);
            if exclusive || n >= 2 {
                learned
                    .entry(t)
                    .and_modify(|prev| {
                        if *prev != Some(s) {
                            *prev = None; // conflicting evidence: learn nothing
                        }
                    })
                    .or_insert(Some(s));
            }
        }
        let mut from_data = 0;
        for (t, s) in learned {
            if let Some(s) = s {
                t2s.insert(t, s);
                from_data += 1;
            }
        }
        ZhMap {
            t2s,
            curated,
            from_data,
        }
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
            data_pairs: self.from_data,
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
}
