## Application chrome (staff locale). Japanese is the source locale.

app-title = Kakehashi
app-tagline = Intake support for coordinators and interpreters of foreign patients in regenerative medicine

## Language names, each in its own language (the same in every locale file)

locale-autonym = English

## Main screen

ui-staff-locale = Staff language
ui-patient-locale = Patient language
ui-home-heading = Intake at a glance
ui-home-intro = Every item is shown side by side in the staff language and the patient's language.
ui-version = Version { $version }
ui-data-dir = Data folder: { $path }
ui-loading = Loading…

## Intake sections

section-profile = Profile
section-history = Medical history
section-medications = Current medications
section-allergies = Allergies
section-screening = Test results
section-treatment = Planned treatment
section-consent = Explanation and consent

## Errors of the application layer

app-error-data-dir = The data folder “{ $path }” cannot be used: { $detail }
app-error-in-use = The data folder “{ $path }” is in use by another Kakehashi process. Please use that window.
app-error-internal = Something unexpected went wrong ({ $context }). What was already saved is unchanged.
app-error-settings-unreadable = The settings file “{ $path }” cannot be read: { $detail }
app-error-unknown-locale = “{ $locale }” is not an available language.
app-error-out-of-range = Enter a value from { $min } to { $max }.
app-error-invalid-settings = The settings were not saved. Please check the fields shown.
app-error-record-invalid = Not saved: { $count } field(s) need attention. What was saved before is unchanged.
app-error-record-id = The record id is not valid.
app-error-already-set-up = This data folder already has a store.
app-error-needs-setup = No store has been set up yet. Please complete the first-run setup.
app-error-staff-required = Enter the staff member’s name (it is recorded in the audit trail).
app-error-passphrase-short = The passphrase must have at least { $min } characters.
app-error-passphrase-mismatch = The confirmation does not match the passphrase.
app-error-passphrase-rejected = The passphrase was not set. Please check the fields shown.
app-error-handoff-blocked = The handoff sheet cannot be produced while checklist items { $rules } are unresolved. Resolve them, or override them explicitly after checking why (overrides are recorded in the audit trail).
app-error-write-file = Cannot write the file “{ $path }”: { $detail }
app-error-read-file = Cannot read the file “{ $path }”: { $detail }
