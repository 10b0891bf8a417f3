//! Every type survives the store's JSON form unchanged, whatever text it holds.

use proptest::prelude::*;

use crate::arbitrary::*;
use crate::*;

fn round_trip<T>(value: &T) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: T = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}: {json}")))?;
    prop_assert_eq!(&back, value);
    Ok(())
}

macro_rules! round_trips {
    ($($name:ident: $strategy:expr;)*) => {
        proptest! {
            #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
            $(
                #[test]
                fn $name(v in $strategy) {
                    round_trip(&v)?;
                }
            )*
        }
    };
}

round_trips! {
    patient_text_round_trips: arb_patient_text();
    partial_date_round_trips: arb_partial_date();
    date_round_trips: arb_date();
    timestamp_round_trips: arb_timestamp();
    quantity_round_trips: arb_quantity();
    confirmation_round_trips: arb_confirmation();
    names_round_trip: arb_names();
    contact_round_trips: arb_contact();
    referral_round_trips: arb_referral();
    interpreter_round_trips: arb_interpreter();
    profile_round_trips: arb_profile();
    condition_round_trips: arb_condition();
    surgery_round_trips: arb_surgery();
    family_history_round_trips: arb_family_history_entry();
    history_round_trips: arb_history();
    medication_round_trips: arb_medication();
    allergy_round_trips: arb_allergy();
    screening_result_round_trips: arb_screening_result();
    reference_range_round_trips: arb_reference_range();
    imaging_round_trips: arb_imaging_study();
    processing_site_round_trips: arb_processing_site();
    planned_treatment_round_trips: arb_planned_treatment();
    explanation_item_round_trips: arb_explanation_item();
    patient_question_round_trips: arb_patient_question();
    explanation_round_trips: arb_explanation();
    consent_round_trips: arb_consent();
    record_id_round_trips: arb_record_id();
    plan_number_fact_round_trips: arb_fact(arb_register_number());
    section_of_allergies_round_trips: arb_section(arb_allergy());
}

macro_rules! coded_round_trips {
    ($($name:ident: $t:ty;)*) => {
        $(
            #[test]
            fn $name() {
                for v in <$t as Coded>::ALL {
                    let json = serde_json::to_string(v).unwrap();
                    let back: $t = serde_json::from_str(&json).unwrap();
                    assert_eq!(&back, v, "{json}");
                }
            }
        )*
    };
}

coded_round_trips! {
    every_sex_round_trips: Sex;
    every_japanese_ability_round_trips: JapaneseAbility;
    every_referral_source_round_trips: ReferralSource;
    every_condition_status_round_trips: ConditionStatus;
    every_family_relation_round_trips: FamilyRelation;
    every_family_condition_kind_round_trips: FamilyConditionKind;
    every_pregnancy_status_round_trips: PregnancyStatus;
    every_breastfeeding_status_round_trips: BreastfeedingStatus;
    every_medication_route_round_trips: MedicationRoute;
    every_yes_no_round_trips: YesNo;
    every_allergy_category_round_trips: AllergyCategory;
    every_allergy_severity_round_trips: AllergySeverity;
    every_allergen_group_round_trips: AllergenGroup;
    every_test_group_round_trips: TestGroup;
    every_infection_target_round_trips: InfectionTarget;
    every_qualitative_round_trips: Qualitative;
    every_comparator_round_trips: Comparator;
    every_abnormality_round_trips: Abnormality;
    every_imaging_modality_round_trips: ImagingModality;
    every_treatment_category_round_trips: TreatmentCategory;
    every_origin_round_trips: Origin;
    every_tissue_source_round_trips: TissueSource;
    every_harvest_round_trips: HarvestProcedure;
    every_route_round_trips: AdministrationRoute;
    every_site_location_round_trips: SiteLocation;
    every_risk_class_round_trips: RiskClass;
    every_registry_status_round_trips: RegistryStatus;
    every_topic_round_trips: ExplanationTopic;
    every_teach_back_round_trips: TeachBack;
    every_consent_decision_round_trips: ConsentDecision;
    every_translation_method_round_trips: TranslationMethod;
    every_completion_kind_round_trips: CompletionKind;
    every_section_id_round_trips: SectionId;
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn a_whole_record_round_trips_and_still_validates(record in arb_patient_record()) {
        prop_assert_eq!(record.validate(), Ok(()));
        let json = record.to_json_pretty().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = PatientRecord::from_json(&json).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(back, record);
    }

    #[test]
    fn long_text_in_any_script_is_kept_to_the_last_character(s in proptest::collection::vec(any::<char>(), 9_000..10_000)) {
        let text: String = s.into_iter().collect();
        let original = PatientText::new(text.clone(), "zh-Hans");
        let back: PatientText = serde_json::from_str(&serde_json::to_string(&original).unwrap()).unwrap();
        prop_assert_eq!(back.original.chars().count(), text.chars().count());
        prop_assert_eq!(back.original, text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn whatever_is_typed_into_a_date_or_number_field_is_judged_never_panics(text in ".{0,40}") {
        let _ = parse_date_text(&text);
        let _ = Timestamp::from_text(text.clone()).is_valid();
        let _ = Decimal::from_text(text.clone()).value();
        let _ = is_valid_loinc(&text);
        let mut r = PatientRecord::new(RecordId("r".into()));
        r.profile.date_of_birth = Some(PartialDate::from_text(text.clone()));
        r.planned_treatment.planned_date = Some(Date::from_text(text.clone()));
        r.planned_treatment.cell_count = Some(Decimal::from_text(text.clone()));
        r.allergies = Section::ConfirmedNone(Confirmation {
            confirmed_by: None,
            confirmed_at: Some(Timestamp::from_text(text.clone())),
        });
        // Either valid or rejected with named fields; the text itself is kept as typed.
        if let Err(errors) = r.validate() {
            prop_assert!(errors.iter().all(|e| !e.field.is_empty()));
        }
        prop_assert_eq!(r.profile.date_of_birth.as_ref().map(|d| d.as_str()), Some(text.as_str()));
    }
}
