//! Coded values: closed lists the UI shows as choices, each with a Fluent id per choice.

/// A closed list of choices. Every choice has a literal Fluent id (defined in `locales/*/model.ftl`),
/// so the UI can show the list side by side in the staff and patient locales.
pub trait Coded: Sized + Copy + 'static {
    /// Every choice, in the order the UI offers them.
    const ALL: &'static [Self];
    /// The Fluent id naming this choice, e.g. `code-allergy-category-drug`.
    fn message_id(&self) -> &'static str;
    /// The choice as a [`kakehashi_i18n::Message`].
    fn message(&self) -> kakehashi_i18n::Message {
        kakehashi_i18n::Message::new(self.message_id())
    }
}

/// Declares a unit-only enum serialized in kebab-case, with its [`Coded`] impl.
/// The Fluent ids are literals here so a checker can find them in the source.
macro_rules! coded {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $id:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $crate::coded::Coded for $name {
            const ALL: &'static [Self] = &[$( Self::$variant ),+];
            fn message_id(&self) -> &'static str {
                match self {
                    $( Self::$variant => $id ),+
                }
            }
        }
    };
}
pub(crate) use coded;

fn ids_of<T: Coded>(out: &mut Vec<&'static str>) {
    out.extend(T::ALL.iter().map(Coded::message_id));
}

/// Every Fluent id used by a coded value of the model (for the locale checker and the UI).
pub fn coded_message_ids() -> Vec<&'static str> {
    use crate::*;
    let mut out = Vec::new();
    ids_of::<Sex>(&mut out);
    ids_of::<JapaneseAbility>(&mut out);
    ids_of::<ReferralSource>(&mut out);
    ids_of::<ConditionStatus>(&mut out);
    ids_of::<FamilyRelation>(&mut out);
    ids_of::<FamilyConditionKind>(&mut out);
    ids_of::<PregnancyStatus>(&mut out);
    ids_of::<BreastfeedingStatus>(&mut out);
    ids_of::<MedicationRoute>(&mut out);
    ids_of::<YesNo>(&mut out);
    ids_of::<AllergyCategory>(&mut out);
    ids_of::<AllergySeverity>(&mut out);
    ids_of::<AllergenGroup>(&mut out);
    ids_of::<TestGroup>(&mut out);
    ids_of::<InfectionTarget>(&mut out);
    ids_of::<Qualitative>(&mut out);
    ids_of::<Comparator>(&mut out);
    ids_of::<Abnormality>(&mut out);
    ids_of::<ImagingModality>(&mut out);
    ids_of::<TreatmentCategory>(&mut out);
    ids_of::<Origin>(&mut out);
    ids_of::<TissueSource>(&mut out);
    ids_of::<HarvestProcedure>(&mut out);
    ids_of::<AdministrationRoute>(&mut out);
    ids_of::<SiteLocation>(&mut out);
    ids_of::<RiskClass>(&mut out);
    ids_of::<RegistryStatus>(&mut out);
    ids_of::<ExplanationTopic>(&mut out);
    ids_of::<TeachBack>(&mut out);
    ids_of::<ConsentDecision>(&mut out);
    ids_of::<TranslationMethod>(&mut out);
    ids_of::<CompletionKind>(&mut out);
    ids_of::<SectionId>(&mut out);
    out.extend(crate::screening::catalog().iter().map(|t| t.message_id));
    out
}
