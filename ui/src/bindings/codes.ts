// Generated from the Rust model by kakehashi-app (ipc.rs). Do not edit.
import type { Abnormality } from "./Abnormality";
import type { AdministrationRoute } from "./AdministrationRoute";
import type { AllergenGroup } from "./AllergenGroup";
import type { AllergyCategory } from "./AllergyCategory";
import type { AllergySeverity } from "./AllergySeverity";
import type { BreastfeedingStatus } from "./BreastfeedingStatus";
import type { Comparator } from "./Comparator";
import type { CompletionKind } from "./CompletionKind";
import type { ConditionStatus } from "./ConditionStatus";
import type { ConsentDecision } from "./ConsentDecision";
import type { ExplanationTopic } from "./ExplanationTopic";
import type { FamilyConditionKind } from "./FamilyConditionKind";
import type { FamilyRelation } from "./FamilyRelation";
import type { HarvestProcedure } from "./HarvestProcedure";
import type { ImagingModality } from "./ImagingModality";
import type { InfectionTarget } from "./InfectionTarget";
import type { JapaneseAbility } from "./JapaneseAbility";
import type { MedicationRoute } from "./MedicationRoute";
import type { Origin } from "./Origin";
import type { PregnancyStatus } from "./PregnancyStatus";
import type { Qualitative } from "./Qualitative";
import type { ReferralSource } from "./ReferralSource";
import type { RegistryStatus } from "./RegistryStatus";
import type { RiskClass } from "./RiskClass";
import type { SectionId } from "./SectionId";
import type { Sex } from "./Sex";
import type { SiteLocation } from "./SiteLocation";
import type { TeachBack } from "./TeachBack";
import type { TestGroup } from "./TestGroup";
import type { TissueSource } from "./TissueSource";
import type { TranslationMethod } from "./TranslationMethod";
import type { TreatmentCategory } from "./TreatmentCategory";
import type { YesNo } from "./YesNo";

export const SEX: ReadonlyArray<{ value: Sex; id: string }> = [
  { value: "not-asked", id: "code-sex-not-asked" },
  { value: "female", id: "code-sex-female" },
  { value: "male", id: "code-sex-male" },
  { value: "other", id: "code-sex-other" },
  { value: "declined-to-answer", id: "code-sex-declined-to-answer" },
];

export const JAPANESE_ABILITY: ReadonlyArray<{ value: JapaneseAbility; id: string }> = [
  { value: "not-asked", id: "code-japanese-ability-not-asked" },
  { value: "none", id: "code-japanese-ability-none" },
  { value: "basic", id: "code-japanese-ability-basic" },
  { value: "conversational", id: "code-japanese-ability-conversational" },
  { value: "medical", id: "code-japanese-ability-medical" },
];

export const REFERRAL_SOURCE: ReadonlyArray<{ value: ReferralSource; id: string }> = [
  { value: "not-asked", id: "code-referral-not-asked" },
  { value: "self-referred", id: "code-referral-self" },
  { value: "medical-tourism-agency", id: "code-referral-agency" },
  { value: "individual", id: "code-referral-individual" },
  { value: "overseas-clinic", id: "code-referral-overseas-clinic" },
  { value: "japanese-clinic", id: "code-referral-japanese-clinic" },
  { value: "other", id: "code-referral-other" },
  { value: "unknown", id: "code-referral-unknown" },
];

export const CONDITION_STATUS: ReadonlyArray<{ value: ConditionStatus; id: string }> = [
  { value: "unknown", id: "code-condition-status-unknown" },
  { value: "active", id: "code-condition-status-active" },
  { value: "in-remission", id: "code-condition-status-in-remission" },
  { value: "resolved", id: "code-condition-status-resolved" },
];

export const FAMILY_RELATION: ReadonlyArray<{ value: FamilyRelation; id: string }> = [
  { value: "unknown", id: "code-family-relation-unknown" },
  { value: "mother", id: "code-family-relation-mother" },
  { value: "father", id: "code-family-relation-father" },
  { value: "sibling", id: "code-family-relation-sibling" },
  { value: "child", id: "code-family-relation-child" },
  { value: "grandparent", id: "code-family-relation-grandparent" },
  { value: "other-relative", id: "code-family-relation-other" },
];

export const FAMILY_CONDITION_KIND: ReadonlyArray<{ value: FamilyConditionKind; id: string }> = [
  { value: "other", id: "code-family-condition-other" },
  { value: "cancer", id: "code-family-condition-cancer" },
];

export const PREGNANCY_STATUS: ReadonlyArray<{ value: PregnancyStatus; id: string }> = [
  { value: "not-asked", id: "code-pregnancy-not-asked" },
  { value: "unknown", id: "code-pregnancy-unknown" },
  { value: "not-pregnant", id: "code-pregnancy-not-pregnant" },
  { value: "pregnant", id: "code-pregnancy-pregnant" },
  { value: "possibly-pregnant", id: "code-pregnancy-possibly-pregnant" },
  { value: "not-applicable", id: "code-pregnancy-not-applicable" },
];

export const BREASTFEEDING_STATUS: ReadonlyArray<{ value: BreastfeedingStatus; id: string }> = [
  { value: "not-asked", id: "code-breastfeeding-not-asked" },
  { value: "unknown", id: "code-breastfeeding-unknown" },
  { value: "no", id: "code-breastfeeding-no" },
  { value: "yes", id: "code-breastfeeding-yes" },
  { value: "not-applicable", id: "code-breastfeeding-not-applicable" },
];

export const MEDICATION_ROUTE: ReadonlyArray<{ value: MedicationRoute; id: string }> = [
  { value: "unknown", id: "code-medication-route-unknown" },
  { value: "oral", id: "code-medication-route-oral" },
  { value: "topical", id: "code-medication-route-topical" },
  { value: "subcutaneous", id: "code-medication-route-subcutaneous" },
  { value: "intramuscular", id: "code-medication-route-intramuscular" },
  { value: "intravenous", id: "code-medication-route-intravenous" },
  { value: "inhaled", id: "code-medication-route-inhaled" },
  { value: "other", id: "code-medication-route-other" },
];

export const YES_NO: ReadonlyArray<{ value: YesNo; id: string }> = [
  { value: "not-assessed", id: "code-yes-no-not-assessed" },
  { value: "no", id: "code-yes-no-no" },
  { value: "yes", id: "code-yes-no-yes" },
];

export const ALLERGY_CATEGORY: ReadonlyArray<{ value: AllergyCategory; id: string }> = [
  { value: "drug", id: "code-allergy-category-drug" },
  { value: "food", id: "code-allergy-category-food" },
  { value: "environmental", id: "code-allergy-category-environmental" },
  { value: "biological-product", id: "code-allergy-category-biological-product" },
  { value: "other", id: "code-allergy-category-other" },
];

export const ALLERGY_SEVERITY: ReadonlyArray<{ value: AllergySeverity; id: string }> = [
  { value: "unknown", id: "code-allergy-severity-unknown" },
  { value: "mild", id: "code-allergy-severity-mild" },
  { value: "moderate", id: "code-allergy-severity-moderate" },
  { value: "severe", id: "code-allergy-severity-severe" },
  { value: "anaphylaxis", id: "code-allergy-severity-anaphylaxis" },
];

export const ALLERGEN_GROUP: ReadonlyArray<{ value: AllergenGroup; id: string }> = [
  { value: "cryoprotectant", id: "code-allergen-group-cryoprotectant" },
  { value: "antibiotic", id: "code-allergen-group-antibiotic" },
  { value: "animal-protein", id: "code-allergen-group-animal-protein" },
  { value: "local-anaesthetic", id: "code-allergen-group-local-anaesthetic" },
  { value: "contrast-medium", id: "code-allergen-group-contrast-medium" },
  { value: "latex", id: "code-allergen-group-latex" },
];

export const TEST_GROUP: ReadonlyArray<{ value: TestGroup; id: string }> = [
  { value: "infection", id: "code-test-group-infection" },
  { value: "tumour-marker", id: "code-test-group-tumour-marker" },
  { value: "coagulation", id: "code-test-group-coagulation" },
  { value: "cbc", id: "code-test-group-cbc" },
  { value: "other", id: "code-test-group-other" },
];

export const INFECTION_TARGET: ReadonlyArray<{ value: InfectionTarget; id: string }> = [
  { value: "hepatitis-b", id: "code-infection-hepatitis-b" },
  { value: "hepatitis-c", id: "code-infection-hepatitis-c" },
  { value: "hiv", id: "code-infection-hiv" },
  { value: "syphilis", id: "code-infection-syphilis" },
  { value: "htlv1", id: "code-infection-htlv-1" },
];

export const QUALITATIVE: ReadonlyArray<{ value: Qualitative; id: string }> = [
  { value: "negative", id: "code-qualitative-negative" },
  { value: "positive", id: "code-qualitative-positive" },
  { value: "indeterminate", id: "code-qualitative-indeterminate" },
];

export const COMPARATOR: ReadonlyArray<{ value: Comparator; id: string }> = [
  { value: "eq", id: "code-comparator-eq" },
  { value: "lt", id: "code-comparator-lt" },
  { value: "le", id: "code-comparator-le" },
  { value: "gt", id: "code-comparator-gt" },
  { value: "ge", id: "code-comparator-ge" },
];

export const ABNORMALITY: ReadonlyArray<{ value: Abnormality; id: string }> = [
  { value: "normal", id: "code-abnormality-normal" },
  { value: "low", id: "code-abnormality-low" },
  { value: "high", id: "code-abnormality-high" },
  { value: "abnormal", id: "code-abnormality-abnormal" },
  { value: "indeterminate", id: "code-abnormality-indeterminate" },
  { value: "not-determined", id: "code-abnormality-not-determined" },
];

export const IMAGING_MODALITY: ReadonlyArray<{ value: ImagingModality; id: string }> = [
  { value: "mri", id: "code-imaging-mri" },
  { value: "ct", id: "code-imaging-ct" },
  { value: "xray", id: "code-imaging-xray" },
  { value: "ultrasound", id: "code-imaging-ultrasound" },
  { value: "pet", id: "code-imaging-pet" },
  { value: "other", id: "code-imaging-other" },
];

export const TREATMENT_CATEGORY: ReadonlyArray<{ value: TreatmentCategory; id: string }> = [
  { value: "not-asked", id: "code-treatment-not-asked" },
  { value: "stem-cells", id: "code-treatment-stem-cells" },
  { value: "exosomes", id: "code-treatment-exosomes" },
  { value: "conditioned-medium", id: "code-treatment-conditioned-medium" },
  { value: "immune-cells", id: "code-treatment-immune-cells" },
  { value: "prp", id: "code-treatment-prp" },
  { value: "other", id: "code-treatment-other" },
  { value: "unknown", id: "code-treatment-unknown" },
];

export const ORIGIN: ReadonlyArray<{ value: Origin; id: string }> = [
  { value: "not-asked", id: "code-origin-not-asked" },
  { value: "unknown", id: "code-origin-unknown" },
  { value: "autologous", id: "code-origin-autologous" },
  { value: "allogeneic", id: "code-origin-allogeneic" },
  { value: "non-human", id: "code-origin-non-human" },
];

export const TISSUE_SOURCE: ReadonlyArray<{ value: TissueSource; id: string }> = [
  { value: "not-asked", id: "code-tissue-not-asked" },
  { value: "unknown", id: "code-tissue-unknown" },
  { value: "adipose", id: "code-tissue-adipose" },
  { value: "bone-marrow", id: "code-tissue-bone-marrow" },
  { value: "umbilical-cord", id: "code-tissue-umbilical-cord" },
  { value: "peripheral-blood", id: "code-tissue-peripheral-blood" },
  { value: "dental-pulp", id: "code-tissue-dental-pulp" },
  { value: "placenta", id: "code-tissue-placenta" },
  { value: "skin", id: "code-tissue-skin" },
  { value: "other", id: "code-tissue-other" },
  { value: "not-applicable", id: "code-tissue-not-applicable" },
];

export const HARVEST_PROCEDURE: ReadonlyArray<{ value: HarvestProcedure; id: string }> = [
  { value: "not-asked", id: "code-harvest-not-asked" },
  { value: "no-harvest", id: "code-harvest-none" },
  { value: "liposuction", id: "code-harvest-liposuction" },
  { value: "bone-marrow-aspiration", id: "code-harvest-bone-marrow-aspiration" },
  { value: "blood-draw", id: "code-harvest-blood-draw" },
  { value: "skin-biopsy", id: "code-harvest-skin-biopsy" },
  { value: "other", id: "code-harvest-other" },
];

export const ADMINISTRATION_ROUTE: ReadonlyArray<{ value: AdministrationRoute; id: string }> = [
  { value: "not-asked", id: "code-route-not-asked" },
  { value: "iv-drip", id: "code-route-iv-drip" },
  { value: "local-injection", id: "code-route-local-injection" },
  { value: "intra-articular", id: "code-route-intra-articular" },
  { value: "intradermal", id: "code-route-intradermal" },
  { value: "topical", id: "code-route-topical" },
  { value: "intrathecal", id: "code-route-intrathecal" },
  { value: "other", id: "code-route-other" },
  { value: "unknown", id: "code-route-unknown" },
];

export const SITE_LOCATION: ReadonlyArray<{ value: SiteLocation; id: string }> = [
  { value: "unknown", id: "code-site-unknown" },
  { value: "domestic", id: "code-site-domestic" },
  { value: "overseas", id: "code-site-overseas" },
];

export const RISK_CLASS: ReadonlyArray<{ value: RiskClass; id: string }> = [
  { value: "not-asked", id: "code-risk-class-not-asked" },
  { value: "unknown", id: "code-risk-class-unknown" },
  { value: "class-i", id: "code-risk-class-i" },
  { value: "class-ii", id: "code-risk-class-ii" },
  { value: "class-iii", id: "code-risk-class-iii" },
  { value: "not-applicable", id: "code-risk-class-not-applicable" },
];

export const REGISTRY_STATUS: ReadonlyArray<{ value: RegistryStatus; id: string }> = [
  { value: "not-asked", id: "code-registry-not-asked" },
  { value: "unknown", id: "code-registry-unknown" },
  { value: "verification-type", id: "code-registry-verification-type" },
  { value: "unverification-type", id: "code-registry-unverification-type" },
];

export const EXPLANATION_TOPIC: ReadonlyArray<{ value: ExplanationTopic; id: string }> = [
  { value: "what-is-administered", id: "code-topic-what-is-administered" },
  { value: "route", id: "code-topic-route" },
  { value: "expected-effect", id: "code-topic-expected-effect" },
  { value: "risks", id: "code-topic-risks" },
  { value: "alternatives", id: "code-topic-alternatives" },
  { value: "processing-facility", id: "code-topic-processing-facility" },
  { value: "regulatory-status", id: "code-topic-regulatory-status" },
  { value: "costs", id: "code-topic-costs" },
  { value: "may-be-advised-not-to-proceed", id: "code-topic-may-be-advised-not-to-proceed" },
  { value: "right-to-withdraw", id: "code-topic-right-to-withdraw" },
  { value: "emergency-care", id: "code-topic-emergency-care" },
  { value: "other", id: "code-topic-other" },
];

export const TEACH_BACK: ReadonlyArray<{ value: TeachBack; id: string }> = [
  { value: "not-done", id: "code-teach-back-not-done" },
  { value: "confirmed", id: "code-teach-back-confirmed" },
  { value: "not-understood", id: "code-teach-back-not-understood" },
];

export const CONSENT_DECISION: ReadonlyArray<{ value: ConsentDecision; id: string }> = [
  { value: "not-asked", id: "code-consent-not-asked" },
  { value: "given", id: "code-consent-given" },
  { value: "refused", id: "code-consent-refused" },
  { value: "withdrawn", id: "code-consent-withdrawn" },
];

export const TRANSLATION_METHOD: ReadonlyArray<{ value: TranslationMethod; id: string }> = [
  { value: "human", id: "code-translation-method-human" },
  { value: "machine-reviewed", id: "code-translation-method-machine-reviewed" },
  { value: "machine", id: "code-translation-method-machine" },
];

export const COMPLETION_KIND: ReadonlyArray<{ value: CompletionKind; id: string }> = [
  { value: "not-asked", id: "code-completion-not-asked" },
  { value: "confirmed-none", id: "code-completion-confirmed-none" },
  { value: "entries", id: "code-completion-entries" },
];

export const SECTION_ID: ReadonlyArray<{ value: SectionId; id: string }> = [
  { value: "conditions", id: "code-section-conditions" },
  { value: "surgeries", id: "code-section-surgeries" },
  { value: "family-history", id: "code-section-family-history" },
  { value: "medications", id: "code-section-medications" },
  { value: "allergies", id: "code-section-allergies" },
  { value: "screening", id: "code-section-screening" },
  { value: "imaging", id: "code-section-imaging" },
  { value: "processing-sites", id: "code-section-processing-sites" },
  { value: "explanation-items", id: "code-section-explanation-items" },
  { value: "patient-questions", id: "code-section-patient-questions" },
];
