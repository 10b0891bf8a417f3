//! The rules. Each finding has its own id (`R07-allergies-not-asked`); the number is the rule of
//! the checklist issue it implements, R17 and R18 are rules the seeds imply beyond the list.

use kakehashi_i18n::{msg, Message};
use kakehashi_model::{
    is_stale, Abnormality, AdministrationRoute, AllergenGroup, Allergy, ConsentDecision, ExplanationTopic,
    Fact, InfectionTarget, InterpreterArrangement, InterpreterQualification, JapaneseAbility, Origin,
    PartialDate, PatientRecord, PregnancyStatus, ReferralSource, RegistryStatus, RiskClass, ScreeningResult,
    Section, Sex, SiteLocation, TeachBack, TestGroup, TreatmentCategory, YesNo,
};

use crate::{Blocks, Context, Item, RuleInfo, Severity, Source, SourceKind};

const SEED_000: Source = Source {
    kind: SourceKind::Seed,
    reference: "seed 000_d7d82a63396008f8 (deaths of two foreign patients during IV autologous adipose MSCs, Aug 2025 and Mar 2026)",
};
const SEED_001: Source = Source {
    kind: SourceKind::Seed,
    reference: "seed 001_fa4ca678617e878b (improvement order to the cell processing centre, 23 Jan 2026)",
};
const SEED_002: Source = Source {
    kind: SourceKind::Seed,
    reference: "seed 002_817b9dfb91948ded (exosomes and conditioned medium outside the Act; unknown or non-human origin; IV use)",
};
const SEED_003: Source = Source {
    kind: SourceKind::Seed,
    reference: "seed 003_8bf00fec8ba00afb (ask what exactly is introduced into the body)",
};
const SEED_004: Source = Source {
    kind: SourceKind::Seed,
    reference: "seed 004_0741b2c852fa5fb3 (Fukuoka MSC clinic improvement order, Mar 2025: no plans, no emergency arrangement)",
};
const ASRM_PLAN: Source = Source {
    kind: SourceKind::Regulation,
    reference: "Act on the Safety of Regenerative Medicine (Act No. 85 of 2013): provision plan reviewed by a certified committee and submitted before treatment",
};
const ASRM_FACILITY: Source = Source {
    kind: SourceKind::Regulation,
    reference: "Act on the Safety of Regenerative Medicine (Act No. 85 of 2013): licensed or notified cell processing facilities, facility numbers on the MHLW register",
};
const MHLW_2024: Source = Source {
    kind: SourceKind::Regulation,
    reference: "MHLW notice of 31 Jul 2024: exosomes and conditioned medium are outside the Act on the Safety of Regenerative Medicine",
};
const APPI_SHARE: Source = Source {
    kind: SourceKind::Regulation,
    reference: "Act on the Protection of Personal Information: special care-required information goes to a third party only with the person's consent (no opt-out)",
};
const APPI_ACQUIRE: Source = Source {
    kind: SourceKind::Regulation,
    reference: "Act on the Protection of Personal Information: acquiring special care-required information needs the person's prior consent",
};
const JSRM_2025: Source = Source {
    kind: SourceKind::Guideline,
    reference: "JSRM YOKOHAMA Declaration 2025, adopted 19 Mar 2025 (verification-type vs unverification-type care), cited in seed 004_0741b2c852fa5fb3",
};

macro_rules! rule {
    ($name:ident, $id:literal, $sev:ident, $blocks:ident, $overridable:literal, $source:expr, $title:literal, $review:literal) => {
        pub(crate) const $name: RuleInfo = RuleInfo {
            id: $id,
            severity: Severity::$sev,
            blocks: Blocks::$blocks,
            overridable: $overridable,
            source: $source,
            title_id: $title,
            needs_review: $review,
        };
    };
}

rule!(
    R01_IV,
    "R01-iv-living-cells",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r01-iv-living-cells-title",
    false
);
rule!(
    R01_COAG,
    "R01-coagulation-tests-missing",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r01-coagulation-tests-missing-title",
    true
);
rule!(
    R02_THAW,
    "R02-thaw-not-documented",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r02-thaw-not-documented-title",
    false
);
rule!(
    R02_ASK,
    "R02-cryopreservation-not-asked",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r02-cryopreservation-not-asked-title",
    false
);
rule!(
    R03_BAD,
    "R03-origin-unknown-or-non-human",
    Stop,
    Nothing,
    false,
    SEED_002,
    "checklist-r03-origin-unknown-or-non-human-title",
    false
);
rule!(
    R03_ASK,
    "R03-origin-not-asked",
    Missing,
    Nothing,
    false,
    SEED_002,
    "checklist-r03-origin-not-asked-title",
    false
);
rule!(
    R04_PLAN,
    "R04-no-provision-plan",
    Stop,
    Nothing,
    false,
    ASRM_PLAN,
    "checklist-r04-no-provision-plan-title",
    false
);
rule!(
    R04_CLASS,
    "R04-risk-class-missing",
    Missing,
    Nothing,
    false,
    ASRM_PLAN,
    "checklist-r04-risk-class-missing-title",
    false
);
rule!(
    R04_COMMITTEE,
    "R04-committee-missing",
    Missing,
    Nothing,
    false,
    ASRM_PLAN,
    "checklist-r04-committee-missing-title",
    false
);
rule!(
    R05_IV,
    "R05-cell-free-product-iv",
    Stop,
    Nothing,
    false,
    SEED_002,
    "checklist-r05-cell-free-product-iv-title",
    false
);
rule!(
    R05_NOTE,
    "R05-outside-asrm",
    Note,
    Nothing,
    false,
    MHLW_2024,
    "checklist-r05-outside-asrm-title",
    false
);
rule!(
    R06_ASK,
    "R06-processing-not-asked",
    Missing,
    Nothing,
    false,
    SEED_001,
    "checklist-r06-processing-not-asked-title",
    false
);
rule!(
    R06_NUMBER,
    "R06-facility-unidentified",
    Missing,
    Nothing,
    false,
    ASRM_FACILITY,
    "checklist-r06-facility-unidentified-title",
    false
);
rule!(
    R06_SITES,
    "R06-overseas-or-several-sites",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r06-overseas-or-several-sites-title",
    false
);
rule!(
    R07_ASK,
    "R07-allergies-not-asked",
    Missing,
    Handoff,
    true,
    SEED_000,
    "checklist-r07-allergies-not-asked-title",
    false
);
rule!(
    R07_GROUP,
    "R07-allergen-of-concern",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r07-allergen-of-concern-title",
    true
);
rule!(
    R07_ANA,
    "R07-anaphylaxis-history",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r07-anaphylaxis-history-title",
    false
);
rule!(
    R08_MISSING,
    "R08-infection-screening-missing",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r08-infection-screening-missing-title",
    false
);
rule!(
    R08_STALE,
    "R08-infection-screening-stale",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r08-infection-screening-stale-title",
    false
);
rule!(
    R08_POSITIVE,
    "R08-infection-positive",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r08-infection-positive-title",
    false
);
rule!(
    R09_MISSING,
    "R09-tumour-markers-missing",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r09-tumour-markers-missing-title",
    false
);
rule!(
    R09_HIGH,
    "R09-tumour-marker-abnormal",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r09-tumour-marker-abnormal-title",
    true
);
rule!(
    R10_BLEED,
    "R10-antithrombotic-with-procedure",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r10-antithrombotic-with-procedure-title",
    true
);
rule!(
    R10_ASK,
    "R10-antithrombotic-not-assessed",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r10-antithrombotic-not-assessed-title",
    true
);
rule!(
    R11_ASK,
    "R11-medications-not-asked",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r11-medications-not-asked-title",
    false
);
rule!(
    R12_LANG,
    "R12-language-not-asked",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r12-language-not-asked-title",
    false
);
rule!(
    R12_NONE,
    "R12-no-interpreter",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r12-no-interpreter-title",
    false
);
rule!(
    R12_QUAL,
    "R12-interpreter-qualification",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r12-interpreter-qualification-title",
    false
);
rule!(
    R12_LANGUAGE_MISMATCH,
    "R12-interpreter-language-mismatch",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r12-interpreter-language-mismatch-title",
    false
);
rule!(
    R13_NONE,
    "R13-explanation-not-recorded",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r13-explanation-not-recorded-title",
    false
);
rule!(
    R13_TEACH,
    "R13-teach-back-missing",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r13-teach-back-missing-title",
    false
);
rule!(
    R13_TOPIC,
    "R13-topic-not-explained",
    Missing,
    Nothing,
    false,
    SEED_003,
    "checklist-r13-topic-not-explained-title",
    false
);
rule!(
    R13_SHARE,
    "R13-no-consent-to-share",
    Stop,
    PrintAndExport,
    // The physician of the same clinic may need the sheet before the form is signed; staff can
    // override, and the app names the override in the audit entry of the print.
    true,
    APPI_SHARE,
    "checklist-r13-no-consent-to-share-title",
    false
);
rule!(
    R13_ACQUIRE,
    "R13-no-consent-to-acquire",
    Stop,
    PrintAndExport,
    false,
    APPI_ACQUIRE,
    "checklist-r13-no-consent-to-acquire-title",
    false
);
rule!(
    R14_MISSING,
    "R14-emergency-care-missing",
    Missing,
    Nothing,
    false,
    SEED_004,
    "checklist-r14-emergency-care-missing-title",
    false
);
rule!(
    R14_NONE,
    "R14-no-emergency-arrangement",
    Stop,
    Nothing,
    false,
    SEED_004,
    "checklist-r14-no-emergency-arrangement-title",
    false
);
rule!(
    R15_ASK,
    "R15-pregnancy-unknown",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r15-pregnancy-unknown-title",
    true
);
rule!(
    R15_PREGNANT,
    "R15-pregnant-or-possibly",
    Attention,
    Nothing,
    false,
    SEED_000,
    "checklist-r15-pregnant-or-possibly-title",
    true
);
rule!(
    R16_NOTE,
    "R16-unverification-type",
    Note,
    Nothing,
    false,
    JSRM_2025,
    "checklist-r16-unverification-type-title",
    false
);
rule!(
    R17_ASK,
    "R17-product-not-asked",
    Missing,
    Nothing,
    false,
    SEED_003,
    "checklist-r17-product-not-asked-title",
    false
);
rule!(
    R17_UNKNOWN,
    "R17-product-unknown",
    Stop,
    Nothing,
    false,
    SEED_003,
    "checklist-r17-product-unknown-title",
    false
);
rule!(
    R17_ROUTE,
    "R17-route-not-stated",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r17-route-not-stated-title",
    false
);
rule!(
    R18_REFERRAL,
    "R18-referral-not-asked",
    Missing,
    Nothing,
    false,
    SEED_000,
    "checklist-r18-referral-not-asked-title",
    false
);

static RULES: &[RuleInfo] = &[
    R01_IV,
    R01_COAG,
    R02_THAW,
    R02_ASK,
    R03_BAD,
    R03_ASK,
    R04_PLAN,
    R04_CLASS,
    R04_COMMITTEE,
    R05_IV,
    R05_NOTE,
    R06_ASK,
    R06_NUMBER,
    R06_SITES,
    R07_ASK,
    R07_GROUP,
    R07_ANA,
    R08_MISSING,
    R08_STALE,
    R08_POSITIVE,
    R09_MISSING,
    R09_HIGH,
    R10_BLEED,
    R10_ASK,
    R11_ASK,
    R12_LANG,
    R12_NONE,
    R12_QUAL,
    R12_LANGUAGE_MISMATCH,
    R13_NONE,
    R13_TEACH,
    R13_TOPIC,
    R13_SHARE,
    R13_ACQUIRE,
    R14_MISSING,
    R14_NONE,
    R15_ASK,
    R15_PREGNANT,
    R16_NOTE,
    R17_ASK,
    R17_UNKNOWN,
    R17_ROUTE,
    R18_REFERRAL,
];

/// Every rule the checklist can raise, with its severity and source (for the closing note).
pub fn rules() -> &'static [RuleInfo] {
    RULES
}

struct Out<'a> {
    items: Vec<Item>,
    ctx: &'a Context,
}

impl Out<'_> {
    fn push(
        &mut self,
        rule: &RuleInfo,
        title: Message,
        rationale: Message,
        resolves: Message,
        fields: Vec<String>,
    ) {
        self.items.push(Item {
            rule_id: rule.id,
            severity: rule.severity,
            blocks: rule.blocks,
            overridable: rule.overridable,
            title,
            rationale,
            source: rule.source,
            fields,
            resolves,
        });
    }
}

fn f(s: &str) -> Vec<String> {
    vec![s.to_owned()]
}

pub(crate) fn evaluate_all(r: &PatientRecord, ctx: &Context) -> Vec<Item> {
    let mut out = Out {
        items: Vec::new(),
        ctx,
    };
    product(r, &mut out);
    iv_living_cells(r, &mut out);
    thaw(r, &mut out);
    origin(r, &mut out);
    provision_plan(r, &mut out);
    cell_free(r, &mut out);
    processing(r, &mut out);
    allergies(r, &mut out);
    infection(r, &mut out);
    tumour_markers(r, &mut out);
    antithrombotics(r, &mut out);
    medications_asked(r, &mut out);
    interpreter(r, &mut out);
    explanation(r, &mut out);
    consent(r, &mut out);
    emergency(r, &mut out);
    pregnancy(r, &mut out);
    registry(r, &mut out);
    referral(r, &mut out);
    out.items
}

fn planned(r: &PatientRecord) -> bool {
    r.planned_treatment.category != TreatmentCategory::NotAsked
}

/// The latest result (by collection date) among those matching, with its index.
fn latest(
    r: &PatientRecord,
    matches: impl Fn(&ScreeningResult) -> bool,
) -> Option<(usize, &ScreeningResult)> {
    r.screening
        .entries()
        .iter()
        .enumerate()
        .filter(|(_, s)| matches(s))
        .max_by_key(|(_, s)| {
            s.collected
                .as_ref()
                .and_then(|d| d.day_number())
                .unwrap_or(i64::MIN)
        })
}

fn fresh(s: &ScreeningResult, ctx: &Context) -> bool {
    s.collected
        .as_ref()
        .is_some_and(|c| !is_stale(c, &ctx.reference_date, ctx.stale_window_days))
}

// R17 — seed 003: the first question is what exactly goes into the body, and by which route.
fn product(r: &PatientRecord, out: &mut Out) {
    let t = &r.planned_treatment;
    match t.category {
        TreatmentCategory::NotAsked => out.push(
            &R17_ASK,
            msg!("checklist-r17-product-not-asked-title"),
            msg!("checklist-r17-product-not-asked-rationale"),
            msg!("checklist-r17-product-not-asked-resolves"),
            f("plannedTreatment.category"),
        ),
        TreatmentCategory::Unknown => out.push(
            &R17_UNKNOWN,
            msg!("checklist-r17-product-unknown-title"),
            msg!("checklist-r17-product-unknown-rationale"),
            msg!("checklist-r17-product-unknown-resolves"),
            f("plannedTreatment.category"),
        ),
        _ => {}
    }
    if planned(r)
        && matches!(
            t.route,
            AdministrationRoute::NotAsked | AdministrationRoute::Unknown
        )
    {
        out.push(
            &R17_ROUTE,
            msg!("checklist-r17-route-not-stated-title"),
            msg!("checklist-r17-route-not-stated-rationale"),
            msg!("checklist-r17-route-not-stated-resolves"),
            f("plannedTreatment.route"),
        );
    }
}

// R01 — seed 000: in the Aug 2025 death, damaged or dead cells may have aggregated and blocked
// fine lung vessels during an IV drip.
fn iv_living_cells(r: &PatientRecord, out: &mut Out) {
    let t = &r.planned_treatment;
    if !(t.category.is_cell_therapy() && t.route == AdministrationRoute::IvDrip) {
        return;
    }
    out.push(
        &R01_IV,
        msg!("checklist-r01-iv-living-cells-title"),
        msg!("checklist-r01-iv-living-cells-rationale"),
        msg!("checklist-r01-iv-living-cells-resolves"),
        vec![
            "plannedTreatment.category".into(),
            "plannedTreatment.route".into(),
        ],
    );
    for (test, ids) in [
        ("d-dimer", &["d-dimer"][..]),
        ("pt-inr", &["pt-inr", "pt"][..]),
        ("aptt", &["aptt"][..]),
    ] {
        let found = latest(r, |s| s.catalog_test().is_some_and(|c| ids.contains(&c.id)));
        if !found.is_some_and(|(_, s)| fresh(s, out.ctx)) {
            out.push(
                &R01_COAG,
                msg!("checklist-r01-coagulation-tests-missing-title", "test" => test),
                msg!("checklist-r01-coagulation-tests-missing-rationale"),
                msg!("checklist-r01-coagulation-tests-missing-resolves", "test" => test),
                f("screening"),
            );
        }
    }
}

// R02 — seed 000: the freeze–thaw process and the handling of cryoprotectant were review points.
fn thaw(r: &PatientRecord, out: &mut Out) {
    let t = &r.planned_treatment;
    if t.cryopreserved.is_yes()
        && t.thawed_on_site.is_yes()
        && t.thaw_handling_documented_by.trim().is_empty()
    {
        out.push(
            &R02_THAW,
            msg!("checklist-r02-thaw-not-documented-title"),
            msg!("checklist-r02-thaw-not-documented-rationale"),
            msg!("checklist-r02-thaw-not-documented-resolves"),
            vec![
                "plannedTreatment.thawHandlingDocumentedBy".into(),
                "plannedTreatment.thawedOnSite".into(),
            ],
        );
    }
    if t.category.is_cell_therapy() {
        let field = if t.cryopreserved == YesNo::NotAssessed {
            Some("plannedTreatment.cryopreserved")
        } else if t.cryopreserved.is_yes() && t.thawed_on_site == YesNo::NotAssessed {
            Some("plannedTreatment.thawedOnSite")
        } else {
            None
        };
        if let Some(field) = field {
            out.push(
                &R02_ASK,
                msg!("checklist-r02-cryopreservation-not-asked-title"),
                msg!("checklist-r02-cryopreservation-not-asked-rationale"),
                msg!("checklist-r02-cryopreservation-not-asked-resolves"),
                f(field),
            );
        }
    }
}

// R03 — seed 002: few clinics state that their products are autologous; some are not even of
// human origin, and some "exosome" products contain none.
fn origin(r: &PatientRecord, out: &mut Out) {
    let t = &r.planned_treatment;
    match t.origin {
        Origin::Unknown | Origin::NonHuman => out.push(
            &R03_BAD,
            msg!("checklist-r03-origin-unknown-or-non-human-title"),
            msg!("checklist-r03-origin-unknown-or-non-human-rationale"),
            msg!("checklist-r03-origin-unknown-or-non-human-resolves"),
            f("plannedTreatment.origin"),
        ),
        Origin::NotAsked if planned(r) && t.category != TreatmentCategory::Other => out.push(
            &R03_ASK,
            msg!("checklist-r03-origin-not-asked-title"),
            msg!("checklist-r03-origin-not-asked-rationale"),
            msg!("checklist-r03-origin-not-asked-resolves"),
            f("plannedTreatment.origin"),
        ),
        _ => {}
    }
}

// R04 — ASRM: a provision plan, reviewed by a certified committee, must be submitted before cell
// therapy is given; seed 004: treatments offered without submitted plans led to an order.
fn provision_plan(r: &PatientRecord, out: &mut Out) {
    let t = &r.planned_treatment;
    if !t.category.is_cell_therapy() {
        return;
    }
    if !t.provision_plan_number.is_known() {
        out.push(
            &R04_PLAN,
            msg!("checklist-r04-no-provision-plan-title"),
            msg!("checklist-r04-no-provision-plan-rationale"),
            msg!("checklist-r04-no-provision-plan-resolves"),
            f("plannedTreatment.provisionPlanNumber"),
        );
    }
    if !matches!(
        t.risk_class,
        RiskClass::ClassI | RiskClass::ClassIi | RiskClass::ClassIii
    ) {
        out.push(
            &R04_CLASS,
            msg!("checklist-r04-risk-class-missing-title"),
            msg!("checklist-r04-risk-class-missing-rationale"),
            msg!("checklist-r04-risk-class-missing-resolves"),
            f("plannedTreatment.riskClass"),
        );
    }
    if !t.committee.is_known() {
        out.push(
            &R04_COMMITTEE,
            msg!("checklist-r04-committee-missing-title"),
            msg!("checklist-r04-committee-missing-rationale"),
            msg!("checklist-r04-committee-missing-resolves"),
            f("plannedTreatment.committee"),
        );
    }
}

// R05 — seed 002: experts call IV exosomes or conditioned medium life-threatening; MHLW notice
// of 31 Jul 2024: these products are outside the Act.
fn cell_free(r: &PatientRecord, out: &mut Out) {
    let t = &r.planned_treatment;
    if !t.category.is_cell_free_product() {
        return;
    }
    if t.route == AdministrationRoute::IvDrip {
        out.push(
            &R05_IV,
            msg!("checklist-r05-cell-free-product-iv-title"),
            msg!("checklist-r05-cell-free-product-iv-rationale"),
            msg!("checklist-r05-cell-free-product-iv-resolves"),
            vec![
                "plannedTreatment.category".into(),
                "plannedTreatment.route".into(),
            ],
        );
    }
    out.push(
        &R05_NOTE,
        msg!("checklist-r05-outside-asrm-title"),
        msg!("checklist-r05-outside-asrm-rationale"),
        msg!("checklist-r05-outside-asrm-resolves"),
        vec![
            "plannedTreatment.category".into(),
            "plannedTreatment.origin".into(),
        ],
    );
}

// R06 — seeds 000/001: the 2026 case was made across domestic and overseas sites; the 2025 case's
// processing centre had repeated contamination without deviation handling.
fn processing(r: &PatientRecord, out: &mut Out) {
    let t = &r.planned_treatment;
    if !(t.category.is_cell_therapy() || t.category.is_cell_free_product()) {
        return;
    }
    match &t.processing_sites {
        Section::NotAsked => out.push(
            &R06_ASK,
            msg!("checklist-r06-processing-not-asked-title"),
            msg!("checklist-r06-processing-not-asked-rationale"),
            msg!("checklist-r06-processing-not-asked-resolves"),
            f("plannedTreatment.processingSites"),
        ),
        Section::ConfirmedNone(_) => {}
        Section::Entries { entries } => {
            for (i, site) in entries.iter().enumerate() {
                // Cell-free products have no facility number (they are outside the Act); where
                // they are made must still be known.
                let number_missing = t.category.is_cell_therapy() && site.facility_number.trim().is_empty();
                if number_missing || site.location == SiteLocation::Unknown {
                    let field = if number_missing {
                        "facilityNumber"
                    } else {
                        "location"
                    };
                    out.push(
                        &R06_NUMBER,
                        msg!("checklist-r06-facility-unidentified-title", "site" => site.name.as_str()),
                        msg!("checklist-r06-facility-unidentified-rationale"),
                        msg!("checklist-r06-facility-unidentified-resolves"),
                        f(&format!("plannedTreatment.processingSites[{i}].{field}")),
                    );
                }
            }
            let overseas = entries.iter().any(|s| s.location == SiteLocation::Overseas);
            if overseas || entries.len() > 1 {
                out.push(
                    &R06_SITES,
                    msg!("checklist-r06-overseas-or-several-sites-title", "count" => entries.len()),
                    msg!("checklist-r06-overseas-or-several-sites-rationale"),
                    msg!("checklist-r06-overseas-or-several-sites-resolves"),
                    f("plannedTreatment.processingSites"),
                );
            }
        }
    }
}

/// Words that point to an allergen group when staff have not tagged the allergy. Matched after
/// folding (case, width, kana, diacritics) against the original and the translation.
const ALLERGEN_WORDS: &[(AllergenGroup, &[&str])] = &[
    (
        AllergenGroup::Cryoprotectant,
        &[
            "dmso",
            "dimethyl sulfoxide",
            "dimethyl sulphoxide",
            "ジメチルスルホキシド",
            "二甲基亚砜",
            "二甲基亞碸",
            "диметилсульфоксид",
            "디메틸설폭사이드",
        ],
    ),
    (
        AllergenGroup::Antibiotic,
        &[
            "penicillin",
            "streptomycin",
            "gentamicin",
            "amphotericin",
            "ペニシリン",
            "ストレプトマイシン",
            "ゲンタマイシン",
            "青霉素",
            "盤尼西林",
            "пенициллин",
            "페니실린",
        ],
    ),
    (
        AllergenGroup::AnimalProtein,
        &[
            "bovine",
            "fetal bovine serum",
            "fbs",
            "ウシ",
            "牛血清",
            "牛肉",
            "бычий",
            "소혈청",
        ],
    ),
    (
        AllergenGroup::LocalAnaesthetic,
        &[
            "lidocaine",
            "xylocaine",
            "lignocaine",
            "リドカイン",
            "キシロカイン",
            "局所麻酔",
            "利多卡因",
            "лидокаин",
            "리도카인",
        ],
    ),
    (
        AllergenGroup::ContrastMedium,
        &[
            "contrast",
            "iodine",
            "gadolinium",
            "造影剤",
            "ヨード",
            "造影剂",
            "顯影劑",
            "контраст",
            "조영제",
        ],
    ),
];

fn folded_allergen_words() -> &'static [(AllergenGroup, Vec<String>)] {
    static FOLDED: std::sync::OnceLock<Vec<(AllergenGroup, Vec<String>)>> = std::sync::OnceLock::new();
    FOLDED.get_or_init(|| {
        ALLERGEN_WORDS
            .iter()
            .map(|(g, words)| (*g, words.iter().map(|w| kakehashi_fold::fold(w)).collect()))
            .collect()
    })
}

fn allergen_groups(a: &Allergy) -> Vec<AllergenGroup> {
    let mut groups: Vec<AllergenGroup> = Vec::new();
    for g in &a.groups {
        if !groups.contains(g) {
            groups.push(*g);
        }
    }
    let folded: Vec<String> = a.substance.all_text().map(kakehashi_fold::fold).collect();
    for (group, words) in folded_allergen_words() {
        if !groups.contains(group)
            && words
                .iter()
                .any(|w| folded.iter().any(|t| t.contains(w.as_str())))
        {
            groups.push(*group);
        }
    }
    groups
}

fn group_key(g: AllergenGroup) -> &'static str {
    match g {
        AllergenGroup::Cryoprotectant => "cryoprotectant",
        AllergenGroup::Antibiotic => "antibiotic",
        AllergenGroup::AnimalProtein => "animal-protein",
        AllergenGroup::LocalAnaesthetic => "local-anaesthetic",
        AllergenGroup::ContrastMedium => "contrast-medium",
        AllergenGroup::Latex => "latex",
    }
}

// R07 — seed 000: whether allergies reached the physician accurately is one of the questions the
// deaths raise. Cryoprotectant handling was a review point in the Aug 2025 case.
fn allergies(r: &PatientRecord, out: &mut Out) {
    match &r.allergies {
        Section::NotAsked => out.push(
            &R07_ASK,
            msg!("checklist-r07-allergies-not-asked-title"),
            msg!("checklist-r07-allergies-not-asked-rationale"),
            msg!("checklist-r07-allergies-not-asked-resolves"),
            f("allergies"),
        ),
        Section::ConfirmedNone(_) => {}
        Section::Entries { entries } => {
            for (i, a) in entries.iter().enumerate() {
                for g in allergen_groups(a) {
                    if g == AllergenGroup::Latex {
                        continue;
                    }
                    out.push(
                        &R07_GROUP,
                        msg!("checklist-r07-allergen-of-concern-title", "group" => group_key(g), "substance" => a.substance.original.as_str()),
                        msg!("checklist-r07-allergen-of-concern-rationale", "group" => group_key(g)),
                        msg!("checklist-r07-allergen-of-concern-resolves"),
                        f(&format!("allergies[{i}]")),
                    );
                }
                if a.is_anaphylaxis() {
                    out.push(
                        &R07_ANA,
                        msg!("checklist-r07-anaphylaxis-history-title", "substance" => a.substance.original.as_str()),
                        msg!("checklist-r07-anaphylaxis-history-rationale"),
                        msg!("checklist-r07-anaphylaxis-history-resolves"),
                        vec![format!("allergies[{i}].severity"), "plannedTreatment.emergencyCare".into()],
                    );
                }
            }
        }
    }
}

fn target_key(t: InfectionTarget) -> &'static str {
    match t {
        InfectionTarget::HepatitisB => "hepatitis-b",
        InfectionTarget::HepatitisC => "hepatitis-c",
        InfectionTarget::Hiv => "hiv",
        InfectionTarget::Syphilis => "syphilis",
        InfectionTarget::Htlv1 => "htlv-1",
    }
}

const TARGETS: [InfectionTarget; 5] = [
    InfectionTarget::HepatitisB,
    InfectionTarget::HepatitisC,
    InfectionTarget::Hiv,
    InfectionTarget::Syphilis,
    InfectionTarget::Htlv1,
];

// R08 — seed 000: how infection screening was handled before treatment is one of the questions;
// seed 002: contaminated NK cells gave two patients serious infections.
fn infection(r: &PatientRecord, out: &mut Out) {
    for target in TARGETS {
        let key = target_key(target);
        match latest(r, |s| s.infection_target() == Some(target)) {
            None => out.push(
                &R08_MISSING,
                msg!("checklist-r08-infection-screening-missing-title", "target" => key),
                msg!("checklist-r08-infection-screening-missing-rationale"),
                msg!("checklist-r08-infection-screening-missing-resolves"),
                f("screening"),
            ),
            Some((i, s)) if !fresh(s, out.ctx) => out.push(
                &R08_STALE,
                msg!(
                    "checklist-r08-infection-screening-stale-title",
                    "target" => key,
                    "date" => s.collected.as_ref().map(|d| d.as_str().to_owned()).unwrap_or_default(),
                    "days" => out.ctx.stale_window_days
                ),
                msg!("checklist-r08-infection-screening-stale-rationale", "days" => out.ctx.stale_window_days),
                msg!("checklist-r08-infection-screening-stale-resolves"),
                f(&format!("screening[{i}].collected")),
            ),
            Some(_) => {}
        }
    }
    for (i, s) in r.screening.entries().iter().enumerate() {
        let Some(target) = s.infection_target() else {
            continue;
        };
        let result = match s.abnormal() {
            Abnormality::Abnormal | Abnormality::High => "positive",
            Abnormality::Indeterminate => "indeterminate",
            _ => continue,
        };
        out.push(
            &R08_POSITIVE,
            msg!("checklist-r08-infection-positive-title", "target" => target_key(target), "result" => result),
            msg!("checklist-r08-infection-positive-rationale"),
            msg!("checklist-r08-infection-positive-resolves"),
            f(&format!("screening[{i}].value")),
        );
    }
}

// R09 — seed 000: how tumour markers were checked before cell therapy is one of the questions.
fn tumour_markers(r: &PatientRecord, out: &mut Out) {
    if !r.planned_treatment.category.is_cell_therapy() {
        return;
    }
    let any_fresh = r
        .screening
        .entries()
        .iter()
        .any(|s| s.group() == TestGroup::TumourMarker && fresh(s, out.ctx));
    if !any_fresh {
        out.push(
            &R09_MISSING,
            msg!("checklist-r09-tumour-markers-missing-title"),
            msg!("checklist-r09-tumour-markers-missing-rationale", "days" => out.ctx.stale_window_days),
            msg!("checklist-r09-tumour-markers-missing-resolves"),
            f("screening"),
        );
    }
    for (i, s) in r.screening.entries().iter().enumerate() {
        if s.group() != TestGroup::TumourMarker {
            continue;
        }
        if matches!(s.abnormal(), Abnormality::High | Abnormality::Abnormal) {
            let name = match &s.test {
                kakehashi_model::TestRef::Catalog { id } => id.clone(),
                kakehashi_model::TestRef::Custom { name, .. } => name.clone(),
            };
            out.push(
                &R09_HIGH,
                msg!("checklist-r09-tumour-marker-abnormal-title", "test" => name),
                msg!("checklist-r09-tumour-marker-abnormal-rationale"),
                msg!("checklist-r09-tumour-marker-abnormal-resolves"),
                f(&format!("screening[{i}].value")),
            );
        }
    }
}

// R10 — seed 000: medications must reach the physician; blood thinners matter wherever tissue is
// harvested or something is injected.
fn antithrombotics(r: &PatientRecord, out: &mut Out) {
    let t = &r.planned_treatment;
    let procedure_field = if t.harvest.is_tissue_harvest() {
        "plannedTreatment.harvest"
    } else if t.route.is_injection() {
        "plannedTreatment.route"
    } else {
        return;
    };
    for (i, m) in r.medications.entries().iter().enumerate() {
        let name = m.name_as_given.original.as_str();
        if m.anticoagulant.is_yes() || m.antiplatelet.is_yes() {
            let flag = if m.anticoagulant.is_yes() {
                "anticoagulant"
            } else {
                "antiplatelet"
            };
            out.push(
                &R10_BLEED,
                msg!("checklist-r10-antithrombotic-with-procedure-title", "medication" => name),
                msg!("checklist-r10-antithrombotic-with-procedure-rationale"),
                msg!("checklist-r10-antithrombotic-with-procedure-resolves"),
                vec![format!("medications[{i}].{flag}"), procedure_field.to_owned()],
            );
        } else if m.anticoagulant == YesNo::NotAssessed || m.antiplatelet == YesNo::NotAssessed {
            let flag = if m.anticoagulant == YesNo::NotAssessed {
                "anticoagulant"
            } else {
                "antiplatelet"
            };
            out.push(
                &R10_ASK,
                msg!("checklist-r10-antithrombotic-not-assessed-title", "medication" => name),
                msg!("checklist-r10-antithrombotic-not-assessed-rationale"),
                msg!("checklist-r10-antithrombotic-not-assessed-resolves"),
                vec![format!("medications[{i}].{flag}")],
            );
        }
    }
}

// R11 — seed 000: medications must reach the physician accurately.
fn medications_asked(r: &PatientRecord, out: &mut Out) {
    if r.medications.is_not_asked() {
        out.push(
            &R11_ASK,
            msg!("checklist-r11-medications-not-asked-title"),
            msg!("checklist-r11-medications-not-asked-rationale"),
            msg!("checklist-r11-medications-not-asked-resolves"),
            f("medications"),
        );
    }
}

// R12 — seed 000: could the interpreter explain stem-cell treatment accurately?
fn interpreter(r: &PatientRecord, out: &mut Out) {
    let p = &r.profile;
    let lang = p.preferred_language.as_str();
    let japanese = lang == "ja" || lang.starts_with("ja-");
    let needs = match p.japanese_ability {
        JapaneseAbility::Medical => Some(false),
        JapaneseAbility::None | JapaneseAbility::Basic | JapaneseAbility::Conversational => Some(true),
        JapaneseAbility::NotAsked if lang.is_empty() => None,
        JapaneseAbility::NotAsked => Some(!japanese),
    };
    match needs {
        None => out.push(
            &R12_LANG,
            msg!("checklist-r12-language-not-asked-title"),
            msg!("checklist-r12-language-not-asked-rationale"),
            msg!("checklist-r12-language-not-asked-resolves"),
            vec![
                "profile.preferredLanguage".into(),
                "profile.japaneseAbility".into(),
            ],
        ),
        Some(false) => {}
        Some(true) => match &p.interpreter {
            InterpreterArrangement::NotAsked | InterpreterArrangement::NotAssigned => out.push(
                &R12_NONE,
                msg!("checklist-r12-no-interpreter-title"),
                msg!("checklist-r12-no-interpreter-rationale"),
                msg!("checklist-r12-no-interpreter-resolves"),
                f("profile.interpreter"),
            ),
            InterpreterArrangement::NotNeeded => {}
            InterpreterArrangement::Assigned(a) => {
                if !matches!(a.qualification, InterpreterQualification::Held { .. }) {
                    out.push(
                        &R12_QUAL,
                        msg!("checklist-r12-interpreter-qualification-title", "name" => a.name.as_str()),
                        msg!("checklist-r12-interpreter-qualification-rationale"),
                        msg!("checklist-r12-interpreter-qualification-resolves"),
                        f("profile.interpreter.qualification"),
                    );
                }
                // An interpreter for the wrong language is no interpreter: compare primary
                // language subtags (zh-Hant and zh-Hans both count as zh; the script is a
                // reading matter the interpreter handles).
                let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
                let wanted = primary(lang);
                if !wanted.is_empty()
                    && !a.languages.is_empty()
                    && !a.languages.iter().any(|l| primary(l) == wanted)
                {
                    out.push(
                        &R12_LANGUAGE_MISMATCH,
                        msg!(
                            "checklist-r12-interpreter-language-mismatch-title",
                            "name" => a.name.as_str(),
                            "language" => lang
                        ),
                        msg!("checklist-r12-interpreter-language-mismatch-rationale"),
                        msg!("checklist-r12-interpreter-language-mismatch-resolves"),
                        vec![
                            "profile.interpreter.languages".into(),
                            "profile.preferredLanguage".into(),
                        ],
                    );
                }
            }
        },
    }
}

fn topic_key(t: ExplanationTopic) -> &'static str {
    match t {
        ExplanationTopic::WhatIsAdministered => "what-is-administered",
        ExplanationTopic::Risks => "risks",
        ExplanationTopic::MayBeAdvisedNotToProceed => "may-be-advised-not-to-proceed",
        _ => "other",
    }
}

/// Topics every explanation must cover: what goes in (seed 003), the risks, and that the patient
/// may be advised not to proceed (seed 000's checklist).
const ESSENTIAL_TOPICS: [ExplanationTopic; 3] = [
    ExplanationTopic::WhatIsAdministered,
    ExplanationTopic::Risks,
    ExplanationTopic::MayBeAdvisedNotToProceed,
];

// R13 — seed 000: whether the patient fully understood the explanation is one of the questions.
fn explanation(r: &PatientRecord, out: &mut Out) {
    let items = match &r.explanation.items {
        Section::Entries { entries } => entries,
        _ => {
            out.push(
                &R13_NONE,
                msg!("checklist-r13-explanation-not-recorded-title"),
                msg!("checklist-r13-explanation-not-recorded-rationale"),
                msg!("checklist-r13-explanation-not-recorded-resolves"),
                f("explanation.items"),
            );
            return;
        }
    };
    for (i, item) in items.iter().enumerate() {
        if item.teach_back != TeachBack::Confirmed {
            let state = if item.teach_back == TeachBack::NotUnderstood {
                "not-understood"
            } else {
                "not-done"
            };
            out.push(
                &R13_TEACH,
                msg!("checklist-r13-teach-back-missing-title", "number" => i + 1, "state" => state),
                msg!("checklist-r13-teach-back-missing-rationale"),
                msg!("checklist-r13-teach-back-missing-resolves"),
                f(&format!("explanation.items[{i}].teachBack")),
            );
        }
    }
    for topic in ESSENTIAL_TOPICS {
        if !items.iter().any(|i| i.topic == topic) {
            out.push(
                &R13_TOPIC,
                msg!("checklist-r13-topic-not-explained-title", "topic" => topic_key(topic)),
                msg!("checklist-r13-topic-not-explained-rationale"),
                msg!("checklist-r13-topic-not-explained-resolves"),
                f("explanation.items"),
            );
        }
    }
}

// R13 (consent) — APPI: special care-required information (medical history) needs consent to be
// acquired and separate consent to be given to anyone else; opt-out is not allowed.
fn consent(r: &PatientRecord, out: &mut Out) {
    if r.consent.acquire_special_care.decision != ConsentDecision::Given {
        out.push(
            &R13_ACQUIRE,
            msg!("checklist-r13-no-consent-to-acquire-title"),
            msg!("checklist-r13-no-consent-to-acquire-rationale"),
            msg!("checklist-r13-no-consent-to-acquire-resolves"),
            f("consent.acquireSpecialCare"),
        );
    }
    if r.consent.share_special_care.decision != ConsentDecision::Given {
        out.push(
            &R13_SHARE,
            msg!("checklist-r13-no-consent-to-share-title"),
            msg!("checklist-r13-no-consent-to-share-rationale"),
            msg!("checklist-r13-no-consent-to-share-resolves"),
            f("consent.shareSpecialCare"),
        );
    }
}

// R14 — seed 004: the Fukuoka clinic had no arrangement for emergency care.
fn emergency(r: &PatientRecord, out: &mut Out) {
    if !planned(r) {
        return;
    }
    match &r.planned_treatment.emergency_care {
        Fact::Known { .. } => {}
        Fact::ConfirmedNone(_) => out.push(
            &R14_NONE,
            msg!("checklist-r14-no-emergency-arrangement-title"),
            msg!("checklist-r14-no-emergency-arrangement-rationale"),
            msg!("checklist-r14-no-emergency-arrangement-resolves"),
            f("plannedTreatment.emergencyCare"),
        ),
        Fact::NotAsked | Fact::Unknown => out.push(
            &R14_MISSING,
            msg!("checklist-r14-emergency-care-missing-title"),
            msg!("checklist-r14-emergency-care-missing-rationale"),
            msg!("checklist-r14-emergency-care-missing-resolves"),
            f("plannedTreatment.emergencyCare"),
        ),
    }
}

/// Ages (in years, by year of birth) at which pregnancy is considered possible. A screening
/// convention, not a clinical rule: needs review.
const CHILDBEARING_AGES: std::ops::RangeInclusive<i32> = 10..=55;

fn could_be_pregnant(r: &PatientRecord, ctx: &Context) -> bool {
    if r.profile.sex == Sex::Male {
        return false;
    }
    let birth_year = r
        .profile
        .date_of_birth
        .as_ref()
        .and_then(|d: &PartialDate| d.parts().ok())
        .map(|p| match p {
            kakehashi_model::DateParts::Year(y)
            | kakehashi_model::DateParts::YearMonth(y, _)
            | kakehashi_model::DateParts::Full(y, _, _) => y,
        });
    let this_year = ctx.reference_date.parts().ok().map(|(y, _, _)| y);
    match (birth_year, this_year) {
        (Some(b), Some(t)) => CHILDBEARING_AGES.contains(&(t - b)),
        // Unknown age is not "too old".
        _ => true,
    }
}

// R15 — seed 000: the patient's condition and history must reach the physician; pregnancy is a
// section of the International Patient Summary (domain notes).
fn pregnancy(r: &PatientRecord, out: &mut Out) {
    if !could_be_pregnant(r, out.ctx) {
        return;
    }
    match r.history.pregnancy {
        PregnancyStatus::NotAsked | PregnancyStatus::Unknown => out.push(
            &R15_ASK,
            msg!("checklist-r15-pregnancy-unknown-title"),
            msg!("checklist-r15-pregnancy-unknown-rationale"),
            msg!("checklist-r15-pregnancy-unknown-resolves"),
            f("history.pregnancy"),
        ),
        PregnancyStatus::Pregnant | PregnancyStatus::PossiblyPregnant => out.push(
            &R15_PREGNANT,
            msg!("checklist-r15-pregnant-or-possibly-title"),
            msg!("checklist-r15-pregnant-or-possibly-rationale"),
            msg!("checklist-r15-pregnant-or-possibly-resolves"),
            f("history.pregnancy"),
        ),
        PregnancyStatus::NotPregnant | PregnancyStatus::NotApplicable => {}
    }
}

// R16 — JSRM Yokohama declaration: unverification-type care collects no registry data.
fn registry(r: &PatientRecord, out: &mut Out) {
    if r.planned_treatment.registry == RegistryStatus::UnverificationType {
        out.push(
            &R16_NOTE,
            msg!("checklist-r16-unverification-type-title"),
            msg!("checklist-r16-unverification-type-rationale"),
            msg!("checklist-r16-unverification-type-resolves"),
            f("plannedTreatment.registry"),
        );
    }
}

// R18 — seed 000: what kind of organisation introduced the foreign patient is one of the questions.
fn referral(r: &PatientRecord, out: &mut Out) {
    if r.profile.referral.source == ReferralSource::NotAsked {
        out.push(
            &R18_REFERRAL,
            msg!("checklist-r18-referral-not-asked-title"),
            msg!("checklist-r18-referral-not-asked-rationale"),
            msg!("checklist-r18-referral-not-asked-resolves"),
            f("profile.referral.source"),
        );
    }
}
