//! Proptest strategies for every model type (feature `arbitrary`).
//!
//! Strings are arbitrary Unicode — any script, control characters, combining marks — and now and
//! then very long (up to 10,000 characters), because nothing a coordinator enters may be lost or
//! cut at any length. Structured values (dates, numbers, language tags, register numbers) are
//! generated valid, so that [`arb_patient_record`] always passes
//! [`crate::PatientRecord::validate`] and can go through a store that validates before saving.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

use crate::*;

/// Any Unicode text: usually short, sometimes up to 10,000 characters.
pub fn arb_text() -> BoxedStrategy<String> {
    prop_oneof![
        12 => vec(any::<char>(), 0..24).prop_map(String::from_iter),
        2 => select(SCRIPTS).prop_flat_map(|s| vec(select(s.chars().collect::<Vec<_>>()), 0..40))
            .prop_map(String::from_iter),
        1 => vec(any::<char>(), 0..10_000).prop_map(String::from_iter),
    ]
    .boxed()
}

const SCRIPTS: &[&str] = &[
    "王秀英李明华张伟刘洋陈静杨丽黄强赵敏周杰吴芳",
    "陳美玲林志明黃淑芬張家豪劉怡君",
    "김민준이서연박지훈최수아정예준",
    "Nguyễn Thị Lan Trần Văn Hùng Phạm Đức Anh ĐđƯưƠơ",
    "Анна Смирнова Иван Петров Ольга Кузнецова ёЁ",
    "ヤマダ タロウ やまだ たろう ｱｲｳｴｵ ー　",
    "\u{0}\t\n\r \u{200B}\u{FEFF}\u{202E}e\u{301}🩸💉",
];

/// Text with at least one non-space character (for fields a validator requires).
pub fn arb_required_text() -> BoxedStrategy<String> {
    (
        any::<char>().prop_filter("visible", |c| !c.is_whitespace()),
        arb_text(),
    )
        .prop_map(|(c, s)| {
            let mut out = String::new();
            out.push(c);
            out.push_str(&s);
            out
        })
        .boxed()
}

pub fn arb_lang() -> BoxedStrategy<String> {
    select(
        &[
            "ja", "zh-Hans", "zh-Hant", "ko", "vi", "en", "ru", "pt-BR", "th", "ar", "uk", "ne", "tl", "id",
        ][..],
    )
    .prop_map(str::to_owned)
    .boxed()
}

pub fn arb_coded<T: Coded + std::fmt::Debug + 'static>() -> BoxedStrategy<T> {
    select(T::ALL).boxed()
}

pub fn arb_translation() -> BoxedStrategy<Translation> {
    (
        arb_text(),
        arb_lang(),
        arb_required_text(),
        arb_coded::<TranslationMethod>(),
    )
        .prop_map(|(text, lang, translator, method)| Translation {
            text,
            lang,
            translator,
            method,
        })
        .boxed()
}

pub fn arb_patient_text() -> BoxedStrategy<PatientText> {
    (arb_text(), arb_lang(), option::of(arb_translation()))
        .prop_map(|(original, original_lang, translation)| PatientText {
            original,
            original_lang,
            translation,
        })
        .boxed()
}

pub fn arb_required_patient_text() -> BoxedStrategy<PatientText> {
    (arb_required_text(), arb_lang(), option::of(arb_translation()))
        .prop_map(|(original, original_lang, translation)| PatientText {
            original,
            original_lang,
            translation,
        })
        .boxed()
}

fn arb_ymd() -> impl Strategy<Value = (i32, u8, u8)> {
    (EARLIEST_YEAR..=LATEST_YEAR, 1u8..=12)
        .prop_flat_map(|(y, m)| (Just(y), Just(m), 1u8..=days_in_month(y, m)))
}

pub fn arb_partial_date() -> BoxedStrategy<PartialDate> {
    prop_oneof![
        (EARLIEST_YEAR..=LATEST_YEAR).prop_map(PartialDate::year),
        (EARLIEST_YEAR..=LATEST_YEAR, 1u8..=12).prop_map(|(y, m)| PartialDate::year_month(y, m)),
        arb_ymd().prop_map(|(y, m, d)| PartialDate::ymd(y, m, d)),
    ]
    .boxed()
}

pub fn arb_date() -> BoxedStrategy<Date> {
    arb_ymd().prop_map(|(y, m, d)| Date::ymd(y, m, d)).boxed()
}

pub fn arb_timestamp() -> BoxedStrategy<Timestamp> {
    (arb_ymd(), 0u8..24, 0u8..60, 0u8..60, any::<bool>())
        .prop_map(|((y, mo, d), h, mi, s, utc)| {
            let zone = if utc { "Z".to_owned() } else { "+09:00".to_owned() };
            Timestamp::from_text(format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{zone}"))
        })
        .boxed()
}

/// A positive decimal as a lab or prescription writes it, trailing zeros included.
pub fn arb_positive_decimal() -> BoxedStrategy<Decimal> {
    (1u32..100_000, option::of("[0-9]{1,4}"))
        .prop_map(|(i, frac)| match frac {
            Some(f) => Decimal::from_text(format!("{i}.{f}")),
            None => Decimal::from_text(i.to_string()),
        })
        .boxed()
}

pub fn arb_quantity() -> BoxedStrategy<Quantity> {
    (arb_positive_decimal(), arb_required_text())
        .prop_map(|(value, unit)| Quantity { value, unit })
        .boxed()
}

pub fn arb_register_number() -> BoxedStrategy<String> {
    "[A-Z]{0,3}[0-9]{1,12}".boxed()
}

pub fn arb_confirmation() -> BoxedStrategy<Confirmation> {
    (option::of(arb_text()), option::of(arb_timestamp()))
        .prop_map(|(confirmed_by, confirmed_at)| Confirmation {
            confirmed_by,
            confirmed_at,
        })
        .boxed()
}

pub fn arb_section<T: std::fmt::Debug + Clone + 'static>(
    entry: impl Strategy<Value = T>,
) -> impl Strategy<Value = Section<T>> {
    prop_oneof![
        Just(Section::NotAsked),
        arb_confirmation().prop_map(Section::ConfirmedNone),
        vec(entry, 1..4).prop_map(|entries| Section::Entries { entries }),
    ]
}

pub fn arb_fact<T: std::fmt::Debug + Clone + 'static>(
    value: impl Strategy<Value = T>,
) -> impl Strategy<Value = Fact<T>> {
    prop_oneof![
        Just(Fact::NotAsked),
        Just(Fact::Unknown),
        arb_confirmation().prop_map(Fact::ConfirmedNone),
        value.prop_map(|value| Fact::Known { value }),
    ]
}

pub fn arb_names() -> BoxedStrategy<Names> {
    (
        arb_text(),
        arb_lang(),
        arb_text(),
        arb_text(),
        arb_text(),
        vec(arb_text(), 0..3),
    )
        .prop_map(
            |(native, native_lang, latin_family, latin_given, katakana, other)| Names {
                native,
                native_lang,
                latin_family,
                latin_given,
                katakana,
                other,
            },
        )
        .boxed()
}

pub fn arb_contact() -> BoxedStrategy<Contact> {
    (
        arb_text(),
        arb_text(),
        arb_text(),
        arb_text(),
        arb_text(),
        arb_text(),
        arb_text(),
    )
        .prop_map(|(phone, email, messaging, address, n, p, r)| Contact {
            phone,
            email,
            messaging,
            address,
            emergency_contact_name: n,
            emergency_contact_phone: p,
            emergency_contact_relation: r,
        })
        .boxed()
}

pub fn arb_referral() -> BoxedStrategy<Referral> {
    (arb_coded::<ReferralSource>(), arb_text(), arb_text(), arb_text())
        .prop_map(|(source, name, contact, note)| Referral {
            source,
            name,
            contact,
            note,
        })
        .boxed()
}

pub fn arb_interpreter() -> BoxedStrategy<InterpreterArrangement> {
    let qualification = prop_oneof![
        Just(InterpreterQualification::NotRecorded),
        Just(InterpreterQualification::NoneHeld),
        (arb_required_text(), arb_text())
            .prop_map(|(name, number)| InterpreterQualification::Held { name, number }),
    ];
    prop_oneof![
        Just(InterpreterArrangement::NotAsked),
        Just(InterpreterArrangement::NotNeeded),
        Just(InterpreterArrangement::NotAssigned),
        (
            arb_required_text(),
            arb_text(),
            vec(arb_lang(), 0..3),
            qualification
        )
            .prop_map(|(name, organization, languages, qualification)| {
                InterpreterArrangement::Assigned(AssignedInterpreter {
                    name,
                    organization,
                    languages,
                    qualification,
                })
            }),
    ]
    .boxed()
}

pub fn arb_profile() -> BoxedStrategy<Profile> {
    (
        arb_names(),
        option::of(arb_partial_date()),
        arb_coded::<Sex>(),
        vec("[A-Z]{2}", 0..3),
        prop_oneof![Just(String::new()), arb_lang()],
        vec(arb_lang(), 0..3),
        arb_coded::<JapaneseAbility>(),
        arb_contact(),
        arb_referral(),
        arb_interpreter(),
    )
        .prop_map(
            |(
                names,
                date_of_birth,
                sex,
                nationality,
                preferred_language,
                other_languages,
                japanese_ability,
                contact,
                referral,
                interpreter,
            )| Profile {
                names,
                date_of_birth,
                sex,
                nationality,
                preferred_language,
                other_languages,
                japanese_ability,
                contact,
                referral,
                interpreter,
            },
        )
        .boxed()
}

pub fn arb_condition() -> BoxedStrategy<Condition> {
    (
        arb_required_patient_text(),
        option::of(arb_partial_date()),
        arb_coded::<ConditionStatus>(),
        arb_text(),
    )
        .prop_map(|(name, onset, status, note)| Condition {
            name,
            onset,
            status,
            note,
        })
        .boxed()
}

pub fn arb_surgery() -> BoxedStrategy<Surgery> {
    (
        arb_required_patient_text(),
        option::of(arb_partial_date()),
        arb_text(),
    )
        .prop_map(|(procedure, date, note)| Surgery {
            procedure,
            date,
            note,
        })
        .boxed()
}

pub fn arb_family_history_entry() -> BoxedStrategy<FamilyHistoryEntry> {
    (
        arb_coded::<FamilyRelation>(),
        arb_required_patient_text(),
        arb_coded::<FamilyConditionKind>(),
        option::of(0u16..=130),
    )
        .prop_map(|(relation, condition, kind, age_at_onset)| FamilyHistoryEntry {
            relation,
            condition,
            kind,
            age_at_onset,
        })
        .boxed()
}

pub fn arb_history() -> BoxedStrategy<History> {
    (
        arb_section(arb_condition()),
        arb_section(arb_surgery()),
        arb_section(arb_family_history_entry()),
        arb_coded::<PregnancyStatus>(),
        arb_coded::<BreastfeedingStatus>(),
    )
        .prop_map(
            |(conditions, surgeries, family_history, pregnancy, breastfeeding)| History {
                conditions,
                surgeries,
                family_history,
                pregnancy,
                breastfeeding,
            },
        )
        .boxed()
}

pub fn arb_medication() -> BoxedStrategy<Medication> {
    (
        arb_required_patient_text(),
        arb_text(),
        option::of(arb_quantity()),
        arb_text(),
        arb_coded::<MedicationRoute>(),
        option::of(arb_partial_date()),
        option::of(arb_patient_text()),
        arb_coded::<YesNo>(),
        arb_coded::<YesNo>(),
    )
        .prop_map(
            |(
                name_as_given,
                generic_name,
                dose,
                frequency,
                route,
                since,
                reason,
                anticoagulant,
                antiplatelet,
            )| {
                Medication {
                    name_as_given,
                    generic_name,
                    dose,
                    frequency,
                    route,
                    since,
                    reason,
                    anticoagulant,
                    antiplatelet,
                }
            },
        )
        .boxed()
}

pub fn arb_allergy() -> BoxedStrategy<Allergy> {
    (
        arb_required_patient_text(),
        arb_coded::<AllergyCategory>(),
        vec(arb_coded::<AllergenGroup>(), 0..3),
        option::of(arb_patient_text()),
        arb_coded::<AllergySeverity>(),
        option::of(arb_partial_date()),
    )
        .prop_map(
            |(substance, category, groups, reaction, severity, when)| Allergy {
                substance,
                category,
                groups,
                reaction,
                severity,
                when,
            },
        )
        .boxed()
}

/// A value inside the catalog test's plausible bounds, in its default unit.
fn arb_catalog_value(t: &'static CatalogTest) -> BoxedStrategy<LabValue> {
    let lo = t.plausible_min.unwrap_or(0.0);
    let hi = t.plausible_max.unwrap_or(lo + 1000.0);
    let numeric = (
        0u32..=1000,
        arb_coded::<Comparator>(),
        option::of(arb_coded::<Qualitative>()),
    )
        .prop_map(move |(step, comparator, interpretation)| {
            let v = lo + (hi - lo) * f64::from(step) / 1000.0;
            LabValue::Numeric {
                value: Decimal::from_text(format!("{v:.2}")),
                unit: t.default_unit.to_owned(),
                comparator,
                interpretation,
            }
        });
    let qualitative = (arb_coded::<Qualitative>(), arb_text())
        .prop_map(|(result, text)| LabValue::Qualitative { result, text });
    if t.default_unit.is_empty() && !t.unitless {
        // A panel or a purely qualitative test has no number to give.
        qualitative.boxed()
    } else {
        prop_oneof![numeric, qualitative].boxed()
    }
}

pub fn arb_reference_range() -> BoxedStrategy<ReferenceRange> {
    (option::of(0u32..500), option::of(0u32..500), arb_text())
        .prop_map(|(a, b, text)| {
            let (low, high) = match (a, b) {
                (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
                other => other,
            };
            ReferenceRange {
                low: low.map(|v| Decimal::from_text(format!("{v}.0"))),
                high: high.map(|v| Decimal::from_text(format!("{v}.00"))),
                text,
            }
        })
        .boxed()
}

pub fn arb_screening_result() -> BoxedStrategy<ScreeningResult> {
    let catalog_test = select(catalog()).prop_flat_map(|t: CatalogTest| {
        let t: &'static CatalogTest = find_test(t.id).unwrap_or(&catalog()[0]);
        (
            Just(TestRef::Catalog { id: t.id.to_owned() }),
            prop_oneof![Just(String::new()), Just(t.loinc.to_owned())],
            arb_catalog_value(t),
        )
    });
    let custom_test = (
        arb_required_text(),
        arb_coded::<TestGroup>(),
        arb_positive_decimal(),
        arb_required_text(),
    )
        .prop_map(|(name, group, value, unit)| {
            (
                TestRef::Custom { name, group },
                String::new(),
                LabValue::Numeric {
                    value,
                    unit,
                    comparator: Comparator::Eq,
                    interpretation: None,
                },
            )
        });
    (
        prop_oneof![3 => catalog_test, 1 => custom_test],
        arb_text(),
        arb_reference_range(),
        option::of(arb_date()),
        arb_text(),
        arb_text(),
    )
        .prop_map(
            |((test, loinc, value), lab_code, reference_range, collected, lab, note)| ScreeningResult {
                test,
                loinc,
                lab_code,
                value,
                reference_range,
                collected,
                lab,
                note,
            },
        )
        .boxed()
}

pub fn arb_imaging_study() -> BoxedStrategy<ImagingStudy> {
    (
        arb_coded::<ImagingModality>(),
        option::of(arb_partial_date()),
        arb_text(),
        arb_patient_text(),
        arb_text(),
    )
        .prop_map(|(modality, date, region, summary, facility)| ImagingStudy {
            modality,
            date,
            region,
            summary,
            facility,
        })
        .boxed()
}

pub fn arb_processing_site() -> BoxedStrategy<ProcessingSite> {
    (
        arb_required_text(),
        prop_oneof![Just(String::new()), arb_register_number()],
        arb_coded::<SiteLocation>(),
        arb_text(),
        arb_text(),
    )
        .prop_map(
            |(name, facility_number, location, country, role)| ProcessingSite {
                name,
                facility_number,
                location,
                country,
                role,
            },
        )
        .boxed()
}

pub fn arb_planned_treatment() -> BoxedStrategy<PlannedTreatment> {
    let what = (
        arb_coded::<TreatmentCategory>(),
        arb_text(),
        arb_coded::<Origin>(),
        arb_coded::<TissueSource>(),
        arb_text(),
        arb_coded::<HarvestProcedure>(),
        arb_coded::<AdministrationRoute>(),
        arb_text(),
        option::of(arb_quantity()),
        option::of(arb_positive_decimal()),
        option::of(1u16..100),
    );
    let handling = (
        arb_section(arb_processing_site()),
        arb_coded::<YesNo>(),
        arb_coded::<YesNo>(),
        arb_text(),
        arb_text(),
    );
    let oversight = (
        arb_fact(arb_register_number()),
        arb_coded::<RiskClass>(),
        arb_fact(
            (
                arb_required_text(),
                prop_oneof![Just(String::new()), arb_register_number()],
            )
                .prop_map(|(name, number)| Committee { name, number }),
        ),
        arb_coded::<RegistryStatus>(),
        arb_text(),
        arb_fact(
            (arb_required_text(), arb_text(), arb_text()).prop_map(|(hospital, contact, note)| {
                EmergencyCare {
                    hospital,
                    contact,
                    note,
                }
            }),
        ),
        arb_text(),
        option::of(arb_date()),
        arb_text(),
    );
    (what, handling, oversight)
        .prop_map(
            |(
                (
                    category,
                    product_name,
                    origin,
                    tissue_source,
                    tissue_source_detail,
                    harvest,
                    route,
                    route_detail,
                    dose,
                    cell_count,
                    sessions,
                ),
                (
                    processing_sites,
                    cryopreserved,
                    thawed_on_site,
                    thaw_handling_documented_by,
                    thaw_handling_note,
                ),
                (
                    provision_plan_number,
                    risk_class,
                    committee,
                    registry,
                    registry_name,
                    emergency_care,
                    physician,
                    planned_date,
                    indication,
                ),
            )| PlannedTreatment {
                category,
                product_name,
                origin,
                tissue_source,
                tissue_source_detail,
                harvest,
                route,
                route_detail,
                dose,
                cell_count,
                sessions,
                processing_sites,
                cryopreserved,
                thawed_on_site,
                thaw_handling_documented_by,
                thaw_handling_note,
                provision_plan_number,
                risk_class,
                committee,
                registry,
                registry_name,
                emergency_care,
                physician,
                planned_date,
                indication,
            },
        )
        .boxed()
}

pub fn arb_explanation_item() -> BoxedStrategy<ExplanationItem> {
    (
        arb_coded::<ExplanationTopic>(),
        arb_text(),
        prop_oneof![Just(String::new()), arb_lang()],
        arb_text(),
        arb_text(),
        option::of(arb_date()),
        arb_coded::<TeachBack>(),
        option::of(arb_patient_text()),
    )
        .prop_map(
            |(
                topic,
                detail,
                language,
                interpreter,
                explained_by,
                explained_on,
                teach_back,
                teach_back_words,
            )| {
                ExplanationItem {
                    topic,
                    detail,
                    language,
                    interpreter,
                    explained_by,
                    explained_on,
                    teach_back,
                    teach_back_words,
                }
            },
        )
        .boxed()
}

pub fn arb_patient_question() -> BoxedStrategy<PatientQuestion> {
    (arb_required_patient_text(), arb_text(), arb_text())
        .prop_map(|(question, answer, answered_by)| PatientQuestion {
            question,
            answer,
            answered_by,
        })
        .boxed()
}

pub fn arb_explanation() -> BoxedStrategy<Explanation> {
    (
        arb_section(arb_explanation_item()),
        arb_section(arb_patient_question()),
    )
        .prop_map(|(items, questions)| Explanation { items, questions })
        .boxed()
}

pub fn arb_consent_record() -> BoxedStrategy<ConsentRecord> {
    (arb_coded::<ConsentDecision>(), arb_date(), arb_text(), arb_text())
        .prop_map(|(decision, date, recorded_by, scope)| ConsentRecord {
            decision,
            date: (decision != ConsentDecision::NotAsked).then_some(date),
            recorded_by,
            scope,
        })
        .boxed()
}

pub fn arb_consent() -> BoxedStrategy<Consent> {
    (arb_consent_record(), arb_consent_record())
        .prop_map(|(acquire_special_care, share_special_care)| Consent {
            acquire_special_care,
            share_special_care,
        })
        .boxed()
}

pub fn arb_record_id() -> BoxedStrategy<RecordId> {
    "[A-Za-z0-9_-]{1,64}".prop_map(RecordId).boxed()
}

/// A whole record that passes validation, with arbitrary text everywhere text is free.
pub fn arb_patient_record() -> BoxedStrategy<PatientRecord> {
    (
        (
            arb_record_id(),
            any::<bool>(),
            arb_profile(),
            option::of(arb_patient_text()),
            arb_history(),
        ),
        (
            arb_section(arb_medication()),
            arb_section(arb_allergy()),
            arb_section(arb_screening_result()),
            arb_section(arb_imaging_study()),
        ),
        (arb_planned_treatment(), arb_explanation(), arb_consent()),
    )
        .prop_map(
            |(
                (id, sample, profile, patient_statement, history),
                (medications, allergies, screening, imaging),
                (planned_treatment, explanation, consent),
            )| PatientRecord {
                schema_version: SCHEMA_VERSION,
                id,
                sample,
                profile,
                patient_statement,
                history,
                medications,
                allergies,
                screening,
                imaging,
                planned_treatment,
                explanation,
                consent,
            },
        )
        .boxed()
}
