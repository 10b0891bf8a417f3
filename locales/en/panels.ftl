# The glossary panel and the physician handoff preview (overlays).

panels-close = Close (Esc)
panels-required = required
panels-needs-review = Needs review

## Glossary

panels-glossary-title = Glossary
panels-glossary-search-label = Search terms
panels-glossary-search-placeholder = Kanji, kana, 中文, 한국어, tiếng Việt (accents optional), English
panels-glossary-hint = ↑↓ to choose, Tab to show all six languages (and back), Esc to close.
panels-glossary-expand = Show all six languages
panels-glossary-collapse = Back to two languages
panels-glossary-count = { $count ->
    [0] No match
    [one] 1 match
   *[other] { $count } matches
}
panels-glossary-failed = The search did not run. Please type again.
panels-glossary-no-term = (no term in this language)
panels-glossary-avoid = Avoid
panels-glossary-source = Source
panels-definition-ja = Definition (Japanese)
panels-definition-en = Definition (English)

panels-match-exact = Exact match
panels-match-prefix = Starts with
panels-match-substring = Contains
panels-match-fuzzy = Close match

panels-locale-ja = Japanese
panels-locale-en = English
panels-locale-zh-Hans = Chinese (Simplified)
panels-locale-zh-Hant = Chinese (Traditional)
panels-locale-ko = Korean
panels-locale-vi = Vietnamese

panels-domain-cell-types = Cell types
panels-domain-cell-sources = Cell sources
panels-domain-products = Products
panels-domain-procedures = Procedures
panels-domain-manufacturing-quality = Manufacturing and quality
panels-domain-regulation = Regulation
panels-domain-history-conditions = History and conditions
panels-domain-symptoms = Symptoms
panels-domain-drug-classes = Drug classes
panels-domain-allergy-reactions = Allergies and reactions
panels-domain-screening-tests = Screening tests
panels-domain-imaging = Imaging
panels-domain-consent-phrases = Consent phrases
panels-domain-anatomy-routes = Anatomy and routes

## Handoff preview

panels-handoff-title = Physician handoff sheet (preview)
panels-handoff-people = Handoff
panels-handoff-recipient = Receiving physician (name)
panels-handoff-clinic = Clinic
panels-handoff-interpreter = Interpreter
panels-handoff-blocking-title = Items blocking the sheet ({ $count })
panels-handoff-no-blocking = Nothing blocks the sheet.
panels-handoff-override = I have checked why and override this item for this sheet (recorded in the audit trail)
panels-handoff-not-overridable = This item cannot be overridden. Complete the record first.
panels-handoff-save = Save PDF…
panels-handoff-open = Open in viewer
panels-handoff-need-recipient = Enter the receiving physician's name.
panels-handoff-need-overrides = { $count ->
    [one] 1 item is unresolved. Resolve it, or override it explicitly.
   *[other] { $count } items are unresolved. Resolve them, or override each one explicitly.
}
panels-handoff-rendering = Drawing the sheet…
panels-handoff-saving = Saving the PDF…
panels-handoff-opening = Opening the PDF…
panels-handoff-saved = Saved: { $path }
panels-handoff-pages = Sheet pages
panels-handoff-page = Page { $n } of { $total }
panels-handoff-prev = Previous page
panels-handoff-next = Next page
panels-handoff-zoom-in = Zoom in
panels-handoff-zoom-out = Zoom out

panels-severity-stop = Stop
panels-severity-missing = Missing
panels-severity-attention = Attention
panels-severity-note = Note

## Glossary panel: user terms, import and export
panels-glossary-add = Add term
panels-glossary-user-term = User term
panels-glossary-edit = Edit
panels-glossary-delete = Delete
panels-glossary-delete-confirm = Delete this user term?
panels-glossary-delete-confirm-added = Delete the terms added to this concept? (The built-in terms stay.)
panels-glossary-cancel = Cancel
panels-glossary-copy = Copy to adapt
panels-glossary-form-add-title = Add a user term
panels-glossary-form-edit-title = Edit a user term
panels-glossary-form-preferred = Preferred term
panels-glossary-form-reading = Reading (kana)
panels-glossary-form-synonyms = Synonyms (one per line)
panels-glossary-form-avoid = Terms to avoid (one per line)
panels-glossary-form-definition = Definition
panels-glossary-form-id = ID
panels-glossary-form-id-placeholder = Left empty, one is made up
panels-glossary-form-domain = Domain
panels-glossary-form-domain-none = (none)
panels-glossary-form-review = Review state
panels-glossary-form-verified = Verified
panels-glossary-form-save = Save
panels-glossary-import = Import (TBX, CSV)…
panels-glossary-export-format = Export format
panels-glossary-export = Export…
panels-glossary-export-done = Exported to {$path}.
panels-glossary-import-reading = Reading the file…
panels-glossary-import-storing = Storing…
panels-glossary-import-review = What the import would do
panels-glossary-import-new = New: {$count}
panels-glossary-import-replaces = Replacing user terms: {$count}
panels-glossary-import-extends = Adding terms to built-in concepts: {$count}
panels-glossary-import-unchanged = Unchanged (skipped): {$count}
panels-glossary-import-problems = Problems: {$count}
panels-glossary-import-at-line = Line {$line}:
panels-glossary-import-at-entry = Entry {$entry}:
panels-glossary-import-confirm = Import {$count}
panels-glossary-import-confirm-partial = Import the {$count} readable entries anyway ({$problems} problems: what is left out is said above)
panels-glossary-import-done = Imported {$count} ({$left} left out).
