## Intake record (kakehashi-model): names of choices and input errors. Japanese is the source.

## Input errors (the screen shows the field name)
model-error-unreadable = The record cannot be read (field “{ $field }”, line { $line }, column { $column }).
model-error-invalid = { $count } problem(s) in the input. Nothing was saved.
model-error-unwritable = The record could not be written.
model-error-required = Please fill this in.
model-error-date-malformed = Not a date: “{ $value }” (enter YYYY, YYYY-MM or YYYY-MM-DD)
model-error-date-impossible = This date does not exist: “{ $value }”
model-error-date-not-full = Please enter year, month and day: “{ $value }”
model-error-date-out-of-range = Year out of range: “{ $value }” ({ $min }–{ $max })
model-error-timestamp = Not a valid date and time: “{ $value }”
model-error-language-missing = Please choose the language.
model-error-language-tag = Not a valid language code: “{ $value }”
model-error-translator-missing = Please record who translated this.
model-error-number = Not a number: “{ $value }” (use half-width digits)
model-error-below-min = Value too small: “{ $value }” (minimum { $min })
model-error-above-max = Value too large: “{ $value }” (maximum { $max })
model-error-unit-missing = The unit is missing: “{ $value }”
# REVIEW: the number format of the MHLW register is not confirmed; only half-width letters, digits and hyphens are allowed.
model-error-register-number = Not a valid register number: “{ $value }” (half-width letters, digits and hyphens, up to 20)
model-error-empty-section = There are no entries. If the answer was “none”, choose “Confirmed: none”.
model-error-consent-date-missing = Please enter the date of the consent.
model-error-unknown-test = Test not in the list: “{ $value }”
model-error-loinc = Not a valid LOINC code: “{ $value }”
model-error-range-inverted = The reference range’s lower limit ({ $low }) is above its upper limit ({ $high }).
model-error-schema-version = Record format version { $found } is not supported (supported: { $expected }).
model-error-record-id = Not a valid record id: “{ $value }”
model-error-country-code = Not a valid country code: “{ $value }” (two letters, ISO 3166-1)

## Record state
code-completion-not-asked = Not asked
code-completion-confirmed-none = Confirmed: none
code-completion-entries = Entered

code-section-conditions = Conditions
code-section-surgeries = Past surgery
code-section-family-history = Family history
code-section-medications = Medications
code-section-allergies = Allergies
code-section-screening = Test results
code-section-imaging = Imaging
code-section-processing-sites = Processing facilities
code-section-explanation-items = Points explained
code-section-patient-questions = Patient’s questions

code-translation-method-human = Human translation
code-translation-method-machine-reviewed = Machine translation (reviewed)
code-translation-method-machine = Machine translation (not reviewed)

## Profile
code-sex-not-asked = Not asked
code-sex-female = Female
code-sex-male = Male
code-sex-other = Other
code-sex-declined-to-answer = Declined to answer

code-japanese-ability-not-asked = Not asked
code-japanese-ability-none = None
code-japanese-ability-basic = Basic phrases only
code-japanese-ability-conversational = Everyday conversation
code-japanese-ability-medical = Understands medical explanations

code-referral-not-asked = Not asked
code-referral-self = Came directly
code-referral-agency = Medical tourism agency
code-referral-individual = Introduced by a person
code-referral-overseas-clinic = Clinic abroad
code-referral-japanese-clinic = Clinic in Japan
code-referral-other = Other
code-referral-unknown = Unknown

## History
code-condition-status-unknown = Unknown
code-condition-status-active = Active
code-condition-status-in-remission = In remission
code-condition-status-resolved = Resolved

code-family-relation-unknown = Unknown
code-family-relation-mother = Mother
code-family-relation-father = Father
code-family-relation-sibling = Sibling
code-family-relation-child = Child
code-family-relation-grandparent = Grandparent
code-family-relation-other = Other relative

code-family-condition-other = Other condition
code-family-condition-cancer = Cancer

code-pregnancy-not-asked = Not asked
code-pregnancy-unknown = Unknown
code-pregnancy-not-pregnant = Not pregnant
code-pregnancy-pregnant = Pregnant
code-pregnancy-possibly-pregnant = Possibly pregnant
code-pregnancy-not-applicable = Not applicable

code-breastfeeding-not-asked = Not asked
code-breastfeeding-unknown = Unknown
code-breastfeeding-no = Not breastfeeding
code-breastfeeding-yes = Breastfeeding
code-breastfeeding-not-applicable = Not applicable

## Medications
code-yes-no-not-assessed = Not assessed
code-yes-no-no = No
code-yes-no-yes = Yes

code-medication-route-unknown = Unknown
code-medication-route-oral = Oral
code-medication-route-topical = Topical
code-medication-route-subcutaneous = Subcutaneous injection
code-medication-route-intramuscular = Intramuscular injection
code-medication-route-intravenous = Intravenous
code-medication-route-inhaled = Inhaled
code-medication-route-other = Other

## Allergies
code-allergy-category-drug = Drug
code-allergy-category-food = Food
code-allergy-category-environmental = Environmental (pollen, mites …)
code-allergy-category-biological-product = Biological product
code-allergy-category-other = Other

code-allergy-severity-unknown = Unknown
code-allergy-severity-mild = Mild
code-allergy-severity-moderate = Moderate
code-allergy-severity-severe = Severe
code-allergy-severity-anaphylaxis = Anaphylaxis

code-allergen-group-cryoprotectant = Cryoprotectant (e.g. DMSO)
code-allergen-group-antibiotic = Antibiotic (incl. those used in cell culture)
code-allergen-group-animal-protein = Animal protein (e.g. bovine serum)
code-allergen-group-local-anaesthetic = Local anaesthetic
code-allergen-group-contrast-medium = Contrast medium
code-allergen-group-latex = Latex

## Tests
code-test-group-infection = Infection screening
code-test-group-tumour-marker = Tumour markers
code-test-group-coagulation = Coagulation
code-test-group-cbc = Blood count
code-test-group-other = Other

code-infection-hepatitis-b = Hepatitis B
code-infection-hepatitis-c = Hepatitis C
code-infection-hiv = HIV
code-infection-syphilis = Syphilis
code-infection-htlv-1 = HTLV-1

code-test-hbsag = HBsAg
code-test-hcv-ab = HCV antibody
code-test-hcv-ab-serum = HCV antibody (serum)
code-test-hiv-ag-ab = HIV antigen/antibody
code-test-tp-ab = Treponema pallidum antibody
code-test-rpr = RPR
code-test-htlv-ab = HTLV-I/II antibody
code-test-cea = CEA
code-test-afp = AFP
code-test-ca19-9 = CA 19-9
code-test-psa = PSA
code-test-ca-125 = CA-125
code-test-pt = Prothrombin time (PT)
code-test-pt-inr = PT-INR
code-test-aptt = aPTT
code-test-d-dimer = D-dimer
code-test-cbc = Complete blood count
code-test-wbc = White blood cells
code-test-rbc = Red blood cells
code-test-hb = Haemoglobin
code-test-hct = Haematocrit
code-test-mcv = MCV
code-test-plt = Platelets

code-qualitative-negative = Negative
code-qualitative-positive = Positive
code-qualitative-indeterminate = Indeterminate

code-comparator-eq = =
code-comparator-lt = less than
code-comparator-le = at most
code-comparator-gt = more than
code-comparator-ge = at least

code-abnormality-normal = Within range
code-abnormality-low = Low
code-abnormality-high = High
code-abnormality-abnormal = Abnormal (positive)
code-abnormality-indeterminate = Indeterminate
code-abnormality-not-determined = Cannot be judged

code-imaging-mri = MRI
code-imaging-ct = CT
code-imaging-xray = X-ray
code-imaging-ultrasound = Ultrasound
code-imaging-pet = PET
code-imaging-other = Other

## Planned treatment
code-treatment-not-asked = Not asked
code-treatment-stem-cells = Stem cells
code-treatment-exosomes = Exosomes
code-treatment-conditioned-medium = Conditioned medium (culture supernatant)
code-treatment-immune-cells = Immune cells
code-treatment-prp = PRP (platelet-rich plasma)
code-treatment-other = Other
code-treatment-unknown = Unknown

code-origin-not-asked = Not asked
code-origin-unknown = Unknown
code-origin-autologous = Autologous (patient’s own cells)
code-origin-allogeneic = Allogeneic (another person’s cells)
code-origin-non-human = Non-human

code-tissue-not-asked = Not asked
code-tissue-unknown = Unknown
code-tissue-adipose = Adipose tissue
code-tissue-bone-marrow = Bone marrow
code-tissue-umbilical-cord = Umbilical cord
code-tissue-peripheral-blood = Peripheral blood
code-tissue-dental-pulp = Dental pulp
code-tissue-placenta = Placenta
code-tissue-skin = Skin
code-tissue-other = Other
code-tissue-not-applicable = Not applicable

code-harvest-not-asked = Not asked
code-harvest-none = No harvest
code-harvest-liposuction = Liposuction
code-harvest-bone-marrow-aspiration = Bone marrow aspiration
code-harvest-blood-draw = Blood draw
code-harvest-skin-biopsy = Skin biopsy
code-harvest-other = Other harvest

code-route-not-asked = Not asked
code-route-iv-drip = IV drip
code-route-local-injection = Local injection
code-route-intra-articular = Intra-articular injection
code-route-intradermal = Intradermal injection
code-route-topical = Topical
code-route-intrathecal = Intrathecal
code-route-other = Other
code-route-unknown = Unknown

code-site-unknown = Unknown
code-site-domestic = In Japan
code-site-overseas = Overseas

code-risk-class-not-asked = Not asked
code-risk-class-unknown = Unknown
code-risk-class-i = Class I
code-risk-class-ii = Class II
code-risk-class-iii = Class III
code-risk-class-not-applicable = Outside the Act

# Terms of the JSRM YOKOHAMA Declaration 2025 (adopted 19 Mar 2025); JSRM's own English in parentheses.
code-registry-not-asked = Not asked
code-registry-unknown = Unknown
code-registry-verification-type = Verification-type care (explorative therapy, registered)
code-registry-unverification-type = Unverification-type care (uninvestigated therapy, no registry)

## Explanation and consent
code-topic-what-is-administered = What goes into the body (cells, exosomes, conditioned medium …)
code-topic-route = How it is given
code-topic-expected-effect = Expected effect
code-topic-risks = Risks and side effects
code-topic-alternatives = Other treatment options
code-topic-processing-facility = Processing facility and quality control
code-topic-regulatory-status = Legal status (provision plan, committee)
code-topic-costs = Costs
code-topic-may-be-advised-not-to-proceed = The patient may be advised not to proceed
code-topic-right-to-withdraw = Consent can be withdrawn at any time
code-topic-emergency-care = What happens in an emergency
code-topic-other = Other

code-teach-back-not-done = Not done
code-teach-back-confirmed = Patient explained it back in own words
code-teach-back-not-understood = Not understood

code-consent-not-asked = Not asked
code-consent-given = Given
code-consent-refused = Refused
code-consent-withdrawn = Withdrawn
