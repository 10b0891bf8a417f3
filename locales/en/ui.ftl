## Intake workflow screens (staff locale; every question is also shown in the patient locale).
## Japanese is the source locale. Medical wording follows crates/kakehashi-glossary/data.

## Setup, unlock, recovery

ui-setup-heading = First-run setup
ui-setup-intro = Create the encrypted vault that keeps patient records on this computer. The passphrase needs at least { $min } characters.
ui-field-staff-name = Your name
ui-field-staff-name-hint = This name is written to the audit trail.
ui-field-passphrase = Passphrase
ui-field-passphrase-confirm = Passphrase (again)
ui-setup-submit = Create vault
ui-setup-working = Creating the vault…
ui-recovery-heading = Recovery key
ui-recovery-instruction = This recovery key is shown only now. Write it on paper and keep it locked away. If the passphrase is forgotten, the records cannot be opened without it.
ui-recovery-ack = I have written the recovery key down
ui-recovery-continue = Continue
ui-unlock-heading = Unlock
ui-unlock-intro = Enter your name and the passphrase to start work.
ui-unlock-submit = Unlock
ui-unlock-working = Checking…
ui-unlock-use-recovery = Forgot the passphrase? Use the recovery key
ui-unlock-use-passphrase = Unlock with the passphrase
ui-field-recovery-key = Recovery key
ui-field-new-passphrase = New passphrase
ui-field-new-passphrase-confirm = New passphrase (again)
ui-unlock-recovery-submit = Unlock with the recovery key and set a new passphrase
ui-lock = Lock
ui-signed-in = Working as { $staff }
ui-locked-idle = Locked after a period without activity.

## Patient list

ui-patients-heading = Patients
ui-patients-search = Search patients
ui-patients-search-hint = Search by any form of the name: native script, Latin letters, katakana or hiragana.
ui-patients-new = New patient
ui-patients-samples = Load sample patients
ui-patients-samples-hint = Fictional patients (not real people), for trying the app.
ui-patients-empty = No patients yet.
ui-patients-no-match = No patient matches.
ui-patients-col-name = Name
ui-patients-col-dob = Date of birth
ui-patients-col-updated = Last updated
ui-patients-unnamed = (no name yet)
ui-working = Working…

## Intake frame

ui-back-to-list = Back to patients
ui-tab-summary = Summary
ui-intake-sections = Intake sections
ui-save = Save
ui-handoff-open = Handoff sheet
ui-glossary-open = Glossary (Ctrl+K)
ui-next-section = Next section
ui-save-new = Not saved yet
ui-save-dirty = Unsaved changes
ui-save-saving = Saving…
ui-save-saved = Saved ({ $time })
ui-save-rejected = Not saved: check { $count } field(s). What was saved before is unchanged.
ui-save-failed = Not saved. Your entries are still on this screen.
ui-shortcuts = Keys: Alt+N add row / Ctrl+S save / Alt+→ next section / Alt+← previous section
ui-close-saving = Saving before closing…
ui-sample-badge = Sample (fictional)

## Three states of a section (wording from the glossary: not-asked, confirmed-none)

ui-state-not-asked = Not asked
ui-state-confirmed-none = None (confirmed)
ui-state-entries = { $count } recorded
ui-state-unknown = Unknown
ui-state-known = Recorded
ui-state-action-not-asked = Back to not asked
ui-state-action-confirm-none = Confirmed: none
ui-state-question = State
ui-add-row = Add row
ui-remove-row = Remove this row
ui-row = Entry { $n }
ui-confirmed-by = Confirmed by { $who }

## The patient's own words

ui-pt-original = Patient's words
ui-pt-original-lang = Language of the words
ui-pt-translation = Japanese translation
ui-pt-translator = Translated by
ui-pt-method = How translated

## Profile

ui-field-name-native = Name (patient's own script)
ui-field-name-native-lang = Script language
ui-field-latin-family = Family name (Latin, as in passport)
ui-field-latin-given = Given name(s) (Latin, as in passport)
ui-field-katakana = Name in katakana
ui-field-dob = Date of birth
ui-field-date-hint = Year or year-month is fine (e.g. 1968, 1968-04, 1968-04-12)
ui-field-full-date-hint = Year-month-day (e.g. 2026-11-21)
ui-field-sex = Sex
ui-field-nationality = Nationality
ui-field-nationality-hint = Two-letter country code (e.g. CN, KR, VN); separate several with commas.
ui-field-preferred-language = Language for medical conversation
ui-field-japanese-ability = Understanding of Japanese
ui-field-phone = Phone
ui-field-messaging = Messaging app (ID)
ui-field-emergency-name = Emergency contact (name)
ui-field-emergency-phone = Emergency contact (phone)
ui-field-referral-source = Referred by
ui-field-referral-name = Name of the referrer

## History

ui-sub-conditions = Medical history (conditions)
ui-sub-surgeries = Surgical history
ui-field-condition = Condition or symptom
ui-field-onset = Onset
ui-field-condition-status = Current status
ui-field-note = Staff note
ui-field-procedure = Operation or procedure
ui-field-date = Date
ui-field-pregnancy = Pregnancy
ui-field-breastfeeding = Breastfeeding

## Medications

ui-field-medication-name = Medicine name (as the patient said or as on the package)
ui-field-generic-name = Generic name
ui-field-dose = Dose per intake
ui-field-unit = Unit
ui-field-frequency = How often
ui-field-medication-route = How taken
ui-field-since = Taking since
ui-field-anticoagulant = Anticoagulant
ui-field-antiplatelet = Antiplatelet

## Allergies

ui-field-substance = Cause (in the patient's words)
ui-field-allergy-category = Kind
ui-field-allergen-groups = Groups that apply
ui-field-reaction = Reaction
ui-field-allergy-severity = Severity
ui-field-allergy-when = When it happened

## Screening results

ui-field-test = Test
ui-field-value-kind = Kind of result
ui-value-numeric = Number
ui-value-qualitative = Negative / positive
ui-field-comparator = Comparator
ui-field-value = Value
ui-field-qualitative = Reading
ui-field-qualitative-text = As printed on the report
ui-field-range-low = Reference range (low)
ui-field-range-high = Reference range (high)
ui-field-range-text = Reference range (as printed)
ui-field-collected = Sample collected on
ui-field-lab = Laboratory
ui-screening-flag = Flag
ui-screening-stale = Stale (more than { $days } days before the planned treatment)
ui-screening-fresh = Within the window
ui-screening-no-date = No date
ui-stale-window-hint = Results collected more than this many days before the planned treatment date are marked stale.
ui-settings-stale-window = Screening results valid for (days)
ui-settings-stale-window-out-of-range = Validity of screening results (days) must be between { $min } and { $max }.
ui-loinc = LOINC { $code }
ui-loinc-unverified = to be verified
ui-custom-test = Other test (type its name)
ui-field-custom-test-name = Test name

## Planned treatment

ui-field-treatment-category = What is given
ui-field-product-name = Product or treatment name (as the clinic calls it)
ui-field-origin = Origin
ui-field-tissue-source = Tissue harvested
ui-field-harvest = Harvest procedure
ui-field-administration-route = Route of administration
ui-field-cell-count = Cells per administration
ui-field-sessions = Sessions
ui-field-planned-date = Planned treatment date
ui-field-physician = Physician
ui-field-indication = Condition treated (as the clinic states it)
ui-field-provision-plan-number = Provision plan number
ui-field-risk-class = Risk class
ui-field-registry = Type of notification
ui-field-cryopreserved = Cryopreserved
ui-field-thawed-on-site = Thawed at the clinic

## Explanation and consent

ui-sub-explanation = What was explained
ui-field-topic = Topic
ui-field-detail = What was said
ui-field-explained-language = Language used
ui-field-interpreter = Interpreter
ui-field-explained-by = Explained by
ui-field-explained-on = Explained on
ui-field-teach-back = Teach-back (patient explains it back)
ui-field-teach-back-words = Patient's teach-back words
ui-sub-consent = Consent for special-care personal information
ui-field-consent-acquire = Consent to acquire
ui-field-consent-share = Consent to share with third parties
ui-field-consent-date = Consent date
ui-field-recorded-by = Recorded by

## Summary board

ui-summary-heading = Summary
ui-summary-completion = Sections
ui-summary-screening = Screening tests
ui-summary-checklist = Safety checklist
ui-summary-checklist-empty = No findings.
ui-grid-done = Done
ui-grid-abnormal = Abnormal
ui-grid-stale = Stale
ui-grid-missing = Missing
ui-checklist-in-section = Safety checklist for this section
ui-checklist-jump = Go to the field
ui-severity-stop = Stop
ui-severity-missing = Missing
ui-severity-attention = Attention
ui-severity-note = Note
ui-progress = Working…

## Added fields

ui-field-patient-statement = Reason for the visit (patient's words)
ui-sub-family-history = Family history
ui-field-relation = Relation
ui-field-family-kind = Kind of condition
ui-field-age-at-onset = Age at onset
ui-field-fact-state = State
ui-field-screening-window-heading = How long results stay valid
ui-summary-sections-done = { $done } of { $total } sections answered
ui-save-up-to-date = Saved

## Interpreter, processing sites, committee, emergency care

ui-field-interpreter-arrangement = Interpreter
ui-interpreter-not-asked = Not asked
ui-interpreter-not-needed = Not needed
ui-interpreter-not-assigned = Needed, not yet arranged
ui-interpreter-assigned = Arranged
ui-field-interpreter-name = Interpreter's name
ui-field-interpreter-organization = Organisation
ui-field-interpreter-languages = Languages interpreted
ui-field-interpreter-languages-hint = Language tags separated by commas (e.g. ja, zh-Hans)
ui-field-interpreter-qualification = Medical interpreting qualification
ui-qualification-not-recorded = Not recorded
ui-qualification-none-held = None held
ui-qualification-held = Held
ui-field-qualification-name = Qualification
ui-field-qualification-number = Qualification number
ui-sub-processing-sites = Cell processing facilities
ui-field-site-name = Facility name
ui-field-facility-number = Facility number
ui-field-site-location = Location
ui-field-site-country = Country (if overseas, two-letter code)
ui-field-site-role = Role (culture, storage, final preparation …)
ui-field-committee = Certified committee
ui-field-committee-name = Committee name
ui-field-committee-number = Certification number
ui-field-emergency-care = Emergency transfer
ui-field-emergency-hospital = Transfer hospital
ui-field-emergency-contact = Transfer hospital contact
ui-field-thaw-documented-by = Who documents thaw and handling

## Every field of the record editable: profile, screening, imaging, treatment, questions

ui-field-other-names = Other names (maiden name, English name, name on earlier reports)
ui-field-other-names-hint = One name per line.
ui-field-other-languages = Other languages spoken
ui-field-other-languages-hint = Language tags separated by commas (e.g. en, yue)
ui-field-email = Email
ui-field-address = Address (where staying, or home)
ui-field-emergency-relation = Emergency contact (relationship)
ui-field-referral-contact = Referrer's contact
ui-field-referral-note = Note on the referral (e.g. whether the clinic pays the agency)
ui-field-medication-reason = Why it is taken (patient's words)
ui-field-test-group = Test group
ui-field-loinc = LOINC code (if on the report)
ui-field-loinc-hint = e.g. 5196-1. Leave empty if not known.
ui-field-lab-code = Lab's own test code
ui-field-screening-note = Staff note
ui-field-interpretation = Lab's reading (as printed)
ui-interpretation-none = None printed
ui-stale-window-in-settings = Results from more than { $days } days before the planned treatment are marked stale (change the number of days in the settings at the top).
ui-field-modality = Modality
ui-field-imaging-date = Date of the study
ui-field-region = Body region
ui-field-imaging-facility = Where it was done
ui-field-imaging-summary = Findings (in the report's language)
ui-field-tissue-source-detail = Tissue source detail (site etc.)
ui-field-route-detail = Route detail (site, duration …)
ui-field-registry-name = Registry name
ui-field-thaw-note = Note on thawing and handling
ui-field-emergency-note = Note on the transfer
ui-field-consent-scope = Scope of the consent
ui-field-question = The patient's question (their words)
ui-field-answer = Answer given
ui-field-answered-by = Answered by
ui-pt-translation-lang = Language of the translation
ui-pt-terms = In the glossary:
ui-confirmed-at = ({ $at })
