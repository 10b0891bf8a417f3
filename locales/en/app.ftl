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

## User glossary (kept in the encrypted store) and the CLI import
glossary-user-unreadable = The user glossary could not be opened ({$detail}). Search uses the built-in terms only.
glossary-user-error-invalid = The term cannot be saved. Please correct {$count} field(s).
glossary-user-error-id-empty = The ID is missing.
glossary-user-error-id-form = The ID must be one line of at most {$max} characters.
glossary-user-error-id-taken = A user term with the ID {$id} already exists. Edit it or choose another ID.
glossary-user-error-not-found = There is no user term {$id}.
glossary-user-error-no-term = Enter a preferred term in at least one language.
glossary-user-error-preferred-missing = The {$locale} terms have no preferred term.
glossary-user-error-term-line = A term cannot contain line breaks, tabs or other control characters.
glossary-user-error-reading-ja-only = Only Japanese terms carry a reading.
glossary-user-error-reading-kana = The reading “{$reading}” must be written in kana (hiragana or katakana).
glossary-user-error-text-control = The text contains control characters that cannot be stored.
glossary-user-import-invalid = Entry {$id} cannot be imported ({$field} is not valid).
glossary-user-import-stale = This import preview is no longer current. Please read the file again.
glossary-cli-preview-only = No data folder named, so this was a preview only (name one with --data-dir to store the terms).
glossary-cli-preview = Preview: {$new} new, {$replaced} replacing user terms, {$extended} adding to built-in concepts, {$unchanged} unchanged, {$problems} problems.
glossary-cli-nothing-to-import = Nothing new to import.
glossary-cli-confirm = Import {$count} concept(s)? [y/N]
glossary-cli-confirm-partial = There are {$problems} problem(s); each one above says what is left out. Import the {$count} readable concept(s) anyway? [y/N]
glossary-cli-cancelled = Import cancelled. Nothing was stored.
glossary-cli-imported = Imported {$count} concept(s) ({$left} left out).
