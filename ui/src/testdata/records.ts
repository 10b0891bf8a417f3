// Records for tests that must see every field of the model. `maximalRecord` fills every optional
// value and every list, and takes the data-carrying variant of every union; `confirmedRecord`
// takes the other variants (confirmed none, qualitative values, custom tests …) so that together
// they reach every leaf the record format has.
import type { PatientRecord } from "../bindings/PatientRecord";
import type { PatientText } from "../bindings/PatientText";

const pt = (original: string, lang: string, translation: string): PatientText => ({
  original,
  originalLang: lang,
  translation: { text: translation, lang: "ja", translator: "通訳 佐藤", method: "human" },
});

export function maximalRecord(): PatientRecord {
  return {
    schemaVersion: 1,
    id: "maximal-0001",
    sample: true,
    profile: {
      names: { native: "王秀英", nativeLang: "zh-Hans", latinFamily: "WANG", latinGiven: "XIUYING", katakana: "ワン シュウエイ", other: ["Helen Wang"] },
      dateOfBirth: "1961-04",
      sex: "female",
      nationality: ["CN"],
      preferredLanguage: "zh-Hans",
      otherLanguages: ["en"],
      japaneseAbility: "basic",
      contact: {
        phone: "+86 138 0000 0000",
        email: "wang@example.com",
        messaging: "WeChat: wxy61",
        address: "東京都港区 ホテル 1201",
        emergencyContactName: "王明",
        emergencyContactPhone: "+86 139 0000 0000",
        emergencyContactRelation: "息子",
      },
      referral: { source: "medical-tourism-agency", name: "上海康途", contact: "+86 21 0000 0000", note: "クリニックから紹介料" },
      interpreter: { kind: "assigned", name: "佐藤", organization: "医療通訳協会", languages: ["ja", "zh-Hans"], qualification: { kind: "held", name: "医療通訳士", number: "A-123" } },
    },
    patientStatement: pt("膝痛了五年", "zh-Hans", "5年間膝が痛い"),
    history: {
      conditions: { kind: "entries", entries: [{ name: pt("糖尿病", "zh-Hans", "糖尿病"), onset: "2015", status: "active", note: "HbA1c 7.2" }] },
      surgeries: { kind: "entries", entries: [{ procedure: pt("阑尾切除", "zh-Hans", "虫垂切除"), date: "1990", note: "合併症なし" }] },
      familyHistory: { kind: "entries", entries: [{ relation: "mother", condition: pt("乳腺癌", "zh-Hans", "乳がん"), kind: "cancer", ageAtOnset: 58 }] },
      pregnancy: "not-applicable",
      breastfeeding: "no",
    },
    medications: {
      kind: "entries",
      entries: [
        {
          nameAsGiven: pt("拜阿司匹灵", "zh-Hans", "バイアスピリン"),
          genericName: "aspirin",
          dose: { value: "100", unit: "mg" },
          frequency: "1日1回",
          route: "oral",
          since: "2019",
          reason: pt("预防中风", "zh-Hans", "脳卒中予防"),
          anticoagulant: "no",
          antiplatelet: "yes",
        },
      ],
    },
    allergies: {
      kind: "entries",
      entries: [{ substance: pt("青霉素", "zh-Hans", "ペニシリン"), category: "drug", groups: ["antibiotic"], reaction: pt("全身起疹子", "zh-Hans", "全身の発疹"), severity: "severe", when: "2001" }],
    },
    screening: {
      kind: "entries",
      entries: [
        {
          test: { kind: "catalog", id: "cea" },
          loinc: "2039-6",
          labCode: "CEA-01",
          value: { kind: "numeric", value: "7.5", unit: "ng/mL", comparator: "eq", interpretation: "positive" },
          referenceRange: { low: "0", high: "5.0", text: "<5.0" },
          collected: "2026-07-01",
          lab: "上海某检验所",
          note: "再検査予定",
        },
      ],
    },
    imaging: {
      kind: "entries",
      entries: [{ modality: "mri", date: "2026-06", region: "右膝", summary: pt("右膝半月板退行性变", "zh-Hans", "右膝半月板の変性"), facility: "上海某医院" }],
    },
    plannedTreatment: {
      category: "stem-cells",
      productName: "ADSC-IV",
      origin: "autologous",
      tissueSource: "adipose",
      tissueSourceDetail: "腹部皮下脂肪",
      harvest: "liposuction",
      route: "iv-drip",
      routeDetail: "末梢静脈 60分",
      dose: { value: "100", unit: "mL" },
      cellCount: "1.0e8",
      sessions: 3,
      processingSites: { kind: "entries", entries: [{ name: "細胞加工センター", facilityNumber: "FA3000000", location: "domestic", country: "JP", role: "培養" }] },
      cryopreserved: "yes",
      thawedOnSite: "yes",
      thawHandlingDocumentedBy: "看護師 田中",
      thawHandlingNote: "37℃ 湯浴で解凍",
      provisionPlanNumber: { kind: "known", value: "PB3000000" },
      riskClass: "class-ii",
      committee: { kind: "known", value: { name: "特定認定再生医療等委員会", number: "NA8000000" } },
      registry: "verification-type",
      registryName: "JSRM レジストリ",
      emergencyCare: { kind: "known", value: { hospital: "港総合病院", contact: "03-0000-0000", note: "救急外来へ直接" } },
      physician: "山田医師",
      plannedDate: "2026-11-30",
      indication: "変形性膝関節症",
    },
    explanation: {
      items: {
        kind: "entries",
        entries: [
          {
            topic: "risks",
            detail: "肺塞栓のリスク",
            language: "zh-Hans",
            interpreter: "佐藤",
            explainedBy: "山田医師",
            explainedOn: "2026-11-20",
            teachBack: "confirmed",
            teachBackWords: pt("可能会有血栓", "zh-Hans", "血栓ができるかもしれない"),
          },
        ],
      },
      questions: { kind: "entries", entries: [{ question: pt("打针以后可以坐飞机吗？", "zh-Hans", "投与後に飛行機に乗れますか？"), answer: "48時間は控える", answeredBy: "山田医師" }] },
    },
    consent: {
      acquireSpecialCare: { decision: "given", date: "2026-11-20", recordedBy: "受付 鈴木", scope: "診療情報" },
      shareSpecialCare: { decision: "given", date: "2026-11-20", recordedBy: "受付 鈴木", scope: "加工施設へ" },
    },
  };
}

export function confirmedRecord(): PatientRecord {
  const r = maximalRecord();
  const stamp = { kind: "confirmed-none" as const, confirmedBy: "受付 鈴木", confirmedAt: "2026-11-20T10:00:00+09:00" };
  r.history.conditions = { ...stamp };
  r.history.surgeries = { ...stamp };
  r.history.familyHistory = { ...stamp };
  r.medications = { ...stamp };
  r.allergies = { ...stamp };
  r.imaging = { ...stamp };
  r.plannedTreatment.processingSites = { ...stamp };
  r.explanation.items = { ...stamp };
  r.explanation.questions = { ...stamp };
  r.plannedTreatment.provisionPlanNumber = { ...stamp };
  r.plannedTreatment.committee = { ...stamp };
  r.plannedTreatment.emergencyCare = { ...stamp };
  r.screening = {
    kind: "entries",
    entries: [
      {
        test: { kind: "custom", name: "HBc抗体", group: "infection" },
        loinc: "",
        labCode: "HBC",
        value: { kind: "qualitative", result: "negative", text: "(-)" },
        referenceRange: { low: null, high: null, text: "陰性" },
        collected: "2026-10-01",
        lab: "港検査センター",
        note: "",
      },
    ],
  };
  return r;
}
