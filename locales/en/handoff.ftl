# The physician's handoff sheet (kakehashi-handoff). The printed sheet is Japanese; these English
# strings serve English-speaking staff, the CLI, and the patient-language subtitle.

## Errors

handoff-error-unrenderable = The character “{ $character }” ({ $codepoint }) in field “{ $field }” cannot be printed with the bundled fonts. Check the character or correct the field.
handoff-error-font-missing = Font file { $file } not found in { $dir }.
handoff-error-font-invalid = Font file { $file } could not be read.
handoff-error-invalid-record = The record file cannot be read (field { $field }, line { $line }, column { $column }).
handoff-error-invalid-timestamp = The time “{ $value }” of { $field } is not an RFC 3339 timestamp.
handoff-error-pdf-write = The PDF could not be written.

## Title, header, footer

handoff-title = Regenerative medicine: pre-consultation handoff sheet
handoff-title-patient = Regenerative medicine: pre-consultation handoff sheet
handoff-pdf-title = Regenerative medicine handoff sheet — record { $id }
handoff-pdf-subject = Pre-consultation information on an international patient (for the physician)
handoff-header-record = {"  "}Record { $id } version { $version }
handoff-header-name-see-page-1 = Name: see the patient block on page 1
handoff-footer-page = Page { $page } / { $pages }
handoff-confidential = Confidential: contains special care-required personal information. Use, copying or disclosure outside care is prohibited.
handoff-content-hash = Record content hash (SHA-256): { $hash }
handoff-sample = Fictional sample record — not a real patient.

handoff-clinic = Clinic
handoff-generated-at = Generated at
handoff-staff = Staff
handoff-staff-coordinator = Coordinator:{" "}
handoff-staff-interpreter = {"  "}Interpreter:{" "}
handoff-staff-physician = {"  "}Physician:{" "}
handoff-record = Record ID
handoff-record-version = {"  "}Version:{" "}

## Shared states

handoff-not-asked = NOT ASKED (not yet confirmed)
handoff-confirmed-none = None (confirmed)
handoff-confirmed-by = {"  "}Confirmed by:{" "}
handoff-confirmed-at = {"  "}Confirmed at:{" "}
handoff-unknown = Unknown (asked, nobody could say)
handoff-empty-list = The list is empty (not confirmed as “none”)
handoff-blank = (blank)
handoff-not-recorded = not recorded
handoff-untranslated = {"  "}[untranslated]
handoff-translated-by = {"  "}(translated by { $translator }, { $method })
handoff-note = Note
handoff-date = Date
handoff-when = {"  "}When:{" "}
handoff-reaction = {"  "}Reaction:{" "}

## Alert box

handoff-alert-title = Alerts
handoff-allergies = Allergies
handoff-checklist = Stop and attention items
handoff-checklist-not-supplied = No checklist results attached
handoff-checklist-clear = The checklist found no stop or attention items
handoff-severity-stop = STOP
handoff-severity-attention = Attention
handoff-severity-info = Info
handoff-anticoagulants = Anticoagulants and antiplatelets
handoff-anticoagulant = Anticoagulant
handoff-antiplatelet = Antiplatelet
handoff-anticoagulants-none-listed = None in the medication list
handoff-anticoagulants-unassessed = Medications not assessed for anticoagulant or antiplatelet action: { $count }

## Patient

handoff-section-patient = Patient
handoff-name = Name
handoff-dob-sex = Date of birth / sex
handoff-nationality = Nationality
handoff-languages = Languages
handoff-japanese-ability = {"  "}Japanese:{" "}
handoff-interpreter = Interpreter
handoff-interpreter-not-needed = Not needed
handoff-interpreter-not-assigned = Not arranged
handoff-qualification = {"  "}Qualification:{" "}
handoff-qualification-none = none
handoff-referral = Referred by
handoff-referral-name = {"  "}Name:{" "}
handoff-referral-contact = {"  "}Contact:{" "}
handoff-contact = Contact
handoff-phone = Phone:{" "}
handoff-email = Email:{" "}
handoff-messaging = Messaging:{" "}
handoff-address = Address:{" "}
handoff-emergency-contact = Emergency contact:{" "}
handoff-emergency-phone = Emergency phone:{" "}
handoff-emergency-relation = Relation:{" "}
handoff-pregnancy = Pregnancy
handoff-breastfeeding = Breastfeeding:{" "}

## Medications

handoff-section-medications = Medications
handoff-med-name = Name (as given)
handoff-med-generic = Generic name
handoff-med-dose = Dose, frequency, route
handoff-med-since = Since
handoff-med-reason = Reason
handoff-med-flags = Anticoagulant / antiplatelet

## History

handoff-section-conditions = Conditions
handoff-section-surgeries = Surgeries
handoff-section-family = Family history
handoff-condition = Condition
handoff-onset = Onset
handoff-status = Status
handoff-procedure = Procedure
handoff-relation = Relation
handoff-kind = Kind
handoff-age-at-onset = Age at onset

## Results

handoff-section-screening = Results (infection, tumour markers, coagulation, blood count)
handoff-section-imaging = Imaging
handoff-test = Test
handoff-codes = Codes
handoff-result = Result
handoff-range = Reference range
handoff-flag = Flag
handoff-collected = Collected
handoff-lab = Lab, note
handoff-stale = {"  "}[older than { $days } days — review]
handoff-modality = Modality
handoff-region = Region
handoff-imaging-summary = Findings (original / translation)
handoff-facility = Facility

## Planned treatment

handoff-section-treatment = Planned treatment
handoff-what = What is administered
handoff-origin = Origin, tissue
handoff-harvest = {"  "}Harvest:{" "}
handoff-route = Route
handoff-dose = Dose, cell count, sessions
handoff-cell-count = {"  "}Cells:{" "}
handoff-sessions = {"  "}Sessions:{" "}
handoff-handling = Freezing and thawing
handoff-cryopreserved = Cryopreserved:{" "}
handoff-thawed-on-site = {"  "}Thawed on site:{" "}
handoff-thaw-documented-by = {"  "}Documented by:{" "}
handoff-plan-number = Provision plan number
handoff-risk-class = Risk class
handoff-committee = Certified committee (name, number)
handoff-registry = Registry
handoff-emergency-care = Emergency transfer
handoff-indication = Indication
handoff-physician-date = Physician, planned date
handoff-planned-date = {"  "}Planned:{" "}
handoff-section-sites = Cell processing facilities
handoff-site-name = Facility
handoff-facility-number = Facility number
handoff-site-location = Location
handoff-site-role = Role

## Explanation and consent

handoff-section-explanation = Explanation and teach-back
handoff-topic = Topic
handoff-detail = What was explained
handoff-explained-by = By, date, language, interpreter
handoff-teach-back = Teach-back
handoff-section-questions = The patient's questions
handoff-question = Question (original / translation)
handoff-answer = Answer, answered by
handoff-section-consent = Consent (special care-required information)
handoff-consent-acquire = Consent to acquire
handoff-consent-share = Consent to share with third parties
handoff-recorded-by = {"  "}Recorded by:{" "}

## The patient's statement

handoff-section-statement = The patient's statement (original and translation)
handoff-statement-original = Original ({ $lang })
handoff-statement-translation = Translation (Japanese) by { $translator }, { $method }
handoff-statement-translation-missing = Translation (Japanese)
handoff-section-signatures = Signatures
handoff-sign-coordinator = Coordinator { $name }
handoff-sign-interpreter = Interpreter { $name }
handoff-sign-physician = Physician { $name }
