//! Who the patient is, how to reach them, who brought them, and who interprets for them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::coded::coded;
use crate::date::PartialDate;

/// The patient's identity and the people around the visit.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Profile {
    pub names: Names,
    /// Often only the year is known with certainty from an interview; the passport gives the day.
    pub date_of_birth: Option<PartialDate>,
    pub sex: Sex,
    /// ISO 3166-1 alpha-2 code(s) in upper case, e.g. `CN`, `TW`, `VN`.
    pub nationality: Vec<String>,
    /// BCP 47 tag of the language the patient prefers for medical talk, e.g. `zh-Hans`.
    pub preferred_language: String,
    /// Other languages the patient speaks (BCP 47).
    pub other_languages: Vec<String>,
    /// How well the patient follows a medical conversation in Japanese.
    pub japanese_ability: JapaneseAbility,
    pub contact: Contact,
    pub referral: Referral,
    pub interpreter: InterpreterArrangement,
}

/// Every form of the name staff may search by. All kept exactly as entered.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Names {
    /// In the patient's own script: `王秀英`, `김민준`, `Nguyễn Thị Lan`, `Анна Смирнова`.
    pub native: String,
    /// BCP 47 tag of the native form's language/script, e.g. `zh-Hans`, `ko`.
    pub native_lang: String,
    /// Family name in Latin letters as in the passport.
    pub latin_family: String,
    /// Given name(s) in Latin letters as in the passport.
    pub latin_given: String,
    /// Katakana reading used at the Japanese reception desk.
    pub katakana: String,
    /// Other names in use (maiden name, English name, a name on earlier lab reports).
    pub other: Vec<String>,
}

coded! {
    /// Sex as recorded for clinical purposes.
    #[derive(Default)]
    pub enum Sex {
        #[default]
        NotAsked => "code-sex-not-asked",
        Female => "code-sex-female",
        Male => "code-sex-male",
        Other => "code-sex-other",
        DeclinedToAnswer => "code-sex-declined-to-answer",
    }
}

coded! {
    /// Whether the patient can follow a medical explanation in Japanese without an interpreter.
    #[derive(Default)]
    pub enum JapaneseAbility {
        #[default]
        NotAsked => "code-japanese-ability-not-asked",
        None => "code-japanese-ability-none",
        Basic => "code-japanese-ability-basic",
        Conversational => "code-japanese-ability-conversational",
        Medical => "code-japanese-ability-medical",
    }
}

/// How to reach the patient (and someone close to them in an emergency).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Contact {
    pub phone: String,
    pub email: String,
    /// Messaging app and handle as given (WeChat, KakaoTalk, Zalo, LINE, Telegram …).
    pub messaging: String,
    /// Address in Japan during the stay (hotel) or at home.
    pub address: String,
    pub emergency_contact_name: String,
    pub emergency_contact_phone: String,
    pub emergency_contact_relation: String,
}

coded! {
    /// Who brought the patient to this clinic (seed 000 asks who introduced the patient).
    #[derive(Default)]
    pub enum ReferralSource {
        #[default]
        NotAsked => "code-referral-not-asked",
        SelfReferred => "code-referral-self",
        MedicalTourismAgency => "code-referral-agency",
        Individual => "code-referral-individual",
        OverseasClinic => "code-referral-overseas-clinic",
        JapaneseClinic => "code-referral-japanese-clinic",
        Other => "code-referral-other",
        Unknown => "code-referral-unknown",
    }
}

/// The referring agency or introducer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Referral {
    pub source: ReferralSource,
    /// Agency, clinic or person, as named.
    pub name: String,
    pub contact: String,
    /// e.g. whether the agency is paid by the clinic.
    pub note: String,
}

/// Whether an interpreter is arranged for the visit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum InterpreterArrangement {
    #[default]
    NotAsked,
    /// The patient follows medical Japanese (or the physician speaks the patient's language).
    NotNeeded,
    /// Needed but nobody is assigned yet.
    NotAssigned,
    Assigned(AssignedInterpreter),
}

/// The interpreter assigned to the patient.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct AssignedInterpreter {
    pub name: String,
    pub organization: String,
    /// BCP 47 tags of the languages interpreted.
    pub languages: Vec<String>,
    pub qualification: InterpreterQualification,
}

/// The interpreter's medical-interpreting qualification (seed 000: can they explain stem-cell
/// treatment accurately?).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum InterpreterQualification {
    #[default]
    NotRecorded,
    /// Asked: no medical-interpreting qualification.
    NoneHeld,
    /// e.g. a national medical-interpreter certification, with its number if any.
    Held { name: String, number: String },
}
