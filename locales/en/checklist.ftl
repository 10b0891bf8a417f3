## Safety checklist (kakehashi-checklist). Japanese is the source locale.
## Each item: title (-title), why it matters (-rationale), what resolves it (-resolves).

checklist-error-reference-date = The reference date for the check is not a valid date: “{ $value }”
checklist-error-unwritable = The check result could not be written.

## R01 Living cells given intravenously
checklist-r01-iv-living-cells-title = Living cells are to be given by IV drip
checklist-r01-iv-living-cells-rationale = In the August 2025 death, damaged or dead cells may have clumped together and blocked fine blood vessels in the lungs. Cells given into a vein pass through the lungs first.
checklist-r01-iv-living-cells-resolves = Have the physician review the clotting tests (D-dimer, PT-INR, APTT) and the record of how the cells are thawed and handled at the clinic.
checklist-r01-coagulation-tests-missing-title = Clotting test missing or out of date: { $test ->
    [d-dimer] D-dimer
    [pt-inr] PT-INR
   *[aptt] APTT
}
# REVIEW: asking for clotting tests is inferred from the review points of the death (cell clumping, blocked lung vessels); confirm against a society guideline.
checklist-r01-coagulation-tests-missing-rationale = Before cells are put into a vein, the physician needs to know how readily the patient’s blood clots.
checklist-r01-coagulation-tests-missing-resolves = Record a recent { $test ->
    [d-dimer] D-dimer
    [pt-inr] PT-INR
   *[aptt] APTT
} result.

## R02 Freezing and thawing
checklist-r02-thaw-not-documented-title = Frozen cells are thawed at the clinic, but nobody documents the handling
checklist-r02-thaw-not-documented-rationale = In the August 2025 death, the freeze–thaw process and the handling of the cryoprotectant were points of review.
checklist-r02-thaw-not-documented-resolves = Record who documents thawing and handling before administration, and the procedure used.
checklist-r02-cryopreservation-not-asked-title = Not known whether the cells are frozen, or where they are thawed
checklist-r02-cryopreservation-not-asked-rationale = Freezing and thawing strongly affect the state of the cells, and were a point of review in a death.
checklist-r02-cryopreservation-not-asked-resolves = Ask the clinic whether the cells are cryopreserved and where they are thawed.

## R03 Origin
checklist-r03-origin-unknown-or-non-human-title = The product’s origin is unknown or not human
checklist-r03-origin-unknown-or-non-human-rationale = Products have been reported whose source cells are unknown, that are not of human origin, or that do not contain what they claim.
checklist-r03-origin-unknown-or-non-human-resolves = Do not proceed until the origin (own or donor cells) and the raw material are confirmed in writing.
checklist-r03-origin-not-asked-title = The product’s origin (own cells, donor cells …) has not been asked
checklist-r03-origin-not-asked-rationale = The origin changes both the risks and the legal status. Few clinics are reported to state it clearly.
checklist-r03-origin-not-asked-resolves = Find out whether the product comes from the patient’s own cells, another person’s cells, or a non-human source.

## R04 Provision plan
checklist-r04-no-provision-plan-title = No provision plan number for this cell therapy
checklist-r04-no-provision-plan-rationale = Cell therapy may only be given after a provision plan, reviewed by a certified committee, has been submitted to the health ministry. A clinic that offered treatments without submitted plans received an improvement order.
checklist-r04-no-provision-plan-resolves = Obtain the provision plan number and check it against the ministry’s public register.
checklist-r04-risk-class-missing-title = The risk class (I–III) is not recorded
checklist-r04-risk-class-missing-rationale = The risk class decides which committee reviews the plan and what the physician should watch for.
checklist-r04-risk-class-missing-resolves = Record the risk class stated in the provision plan.
checklist-r04-committee-missing-title = The certified committee that reviewed the plan is not recorded
checklist-r04-committee-missing-rationale = A provision plan must have been reviewed by a certified committee.
checklist-r04-committee-missing-resolves = Record the committee’s name and certification number.

## R05 Exosomes and conditioned medium
checklist-r05-cell-free-product-iv-title = Exosomes or conditioned medium are to be given by IV drip
checklist-r05-cell-free-product-iv-rationale = Experts describe putting these products, which may contain impurities, into a vein as life-threatening. A case of sudden loss of consciousness needing emergency transport right after injection has been reported.
checklist-r05-cell-free-product-iv-resolves = Do not proceed until the physician stops or changes the intravenous route.
checklist-r05-outside-asrm-title = This product is outside the Act on the Safety of Regenerative Medicine
checklist-r05-outside-asrm-rationale = Exosomes and conditioned medium contain no cells, so the law requires no provision plan and no committee review (MHLW notice of 31 July 2024). Their quality and origin have not been checked by any authority.
checklist-r05-outside-asrm-resolves = Ask the clinic for the origin, maker and contents, and explain this to the patient.

## R06 Processing facilities
checklist-r06-processing-not-asked-title = The processing facility is not recorded
checklist-r06-processing-not-asked-rationale = At the processing centre behind the 2025 death, microbial limits were exceeded again and again without any response. Where a product is made bears directly on safety.
checklist-r06-processing-not-asked-resolves = Record every facility involved in processing, storage and transport.
checklist-r06-facility-unidentified-title = Facility number or location (in Japan or overseas) unknown: { $site }
checklist-r06-facility-unidentified-rationale = Cell processing facilities need a licence or notification and have a number on the ministry’s register. Without it the facility cannot be checked.
checklist-r06-facility-unidentified-resolves = Confirm the facility number and whether it is in Japan or overseas.
checklist-r06-overseas-or-several-sites-title = Overseas or several facilities are involved in making the product ({ $count })
checklist-r06-overseas-or-several-sites-rationale = In the March 2026 death, manufacturing spread across domestic and overseas sites. The more sites, the harder it is to see who is responsible for quality.
checklist-r06-overseas-or-several-sites-resolves = Confirm each facility’s role and who checks quality before administration.

## R07 Allergies
checklist-r07-allergies-not-asked-title = Allergies have not been asked
checklist-r07-allergies-not-asked-rationale = Whether allergies reached the physician accurately is one of the questions the deaths raise. “Not asked” is not “none”.
checklist-r07-allergies-not-asked-resolves = Ask about allergies and record the answer. The handoff sheet cannot be produced until then (an override is recorded).
checklist-r07-allergen-of-concern-title = Allergy that may concern this treatment: { $substance } ({ $group ->
    [cryoprotectant] cryoprotectant
    [antibiotic] antibiotic
    [animal-protein] animal protein
    [local-anaesthetic] local anaesthetic
   *[contrast-medium] contrast medium
})
# REVIEW: the links between antibiotics, animal proteins, local anaesthetics, contrast media and the treatment are general knowledge; confirm with a source.
checklist-r07-allergen-of-concern-rationale = { $group ->
    [cryoprotectant] Frozen cells may still contain a cryoprotectant such as DMSO; its handling was a point of review in a death.
    [antibiotic] Antibiotics may be used in cell culture and remain in the product.
    [animal-protein] Animal-derived materials such as bovine serum may be used to culture or process cells.
    [local-anaesthetic] Local anaesthetics are commonly used for fat or bone-marrow harvest and for injections.
   *[contrast-medium] Contrast media may be used for imaging or image-guided injection.
}
checklist-r07-allergen-of-concern-resolves = Ask the physician and the clinic whether this substance is used in the product or the procedure.
checklist-r07-anaphylaxis-history-title = History of anaphylaxis: { $substance }
checklist-r07-anaphylaxis-history-rationale = Someone who has had a severe allergic reaction may have one again during treatment. Help must be at hand immediately.
checklist-r07-anaphylaxis-history-resolves = Tell the physician and make sure the emergency transfer hospital is recorded.

## R08 Infection screening
checklist-r08-infection-screening-missing-title = No infection screening result: { $target ->
    [hepatitis-b] hepatitis B (HBsAg)
    [hepatitis-c] hepatitis C (HCV antibody)
    [hiv] HIV
    [syphilis] syphilis
   *[htlv-1] HTLV-1
}
checklist-r08-infection-screening-missing-rationale = How infection screening was handled before treatment is one of the questions the deaths raise. Contaminated cells have caused serious infections.
checklist-r08-infection-screening-missing-resolves = Record the result, linked to the test in the app’s list.
checklist-r08-infection-screening-stale-title = Infection screening result out of date: { $target ->
    [hepatitis-b] hepatitis B (HBsAg)
    [hepatitis-c] hepatitis C (HCV antibody)
    [hiv] HIV
    [syphilis] syphilis
   *[htlv-1] HTLV-1
} (collected { $date })
checklist-r08-infection-screening-stale-rationale = A result older than { $days } days, or without a collection date, may not show the patient’s current state.
checklist-r08-infection-screening-stale-resolves = Record a recent result or ask for the test to be repeated.
checklist-r08-infection-positive-title = Infection screening { $result ->
    [positive] positive
   *[indeterminate] indeterminate
}: { $target ->
    [hepatitis-b] hepatitis B (HBsAg)
    [hepatitis-c] hepatitis C (HCV antibody)
    [hiv] HIV
    [syphilis] syphilis
   *[htlv-1] HTLV-1
}
checklist-r08-infection-positive-rationale = With an infection, the physician must decide whether treatment can go ahead and what precautions are needed.
checklist-r08-infection-positive-resolves = Tell the physician and record confirmatory tests and any treatment history.

## R09 Tumour markers
checklist-r09-tumour-markers-missing-title = No tumour marker results
checklist-r09-tumour-markers-missing-rationale = How tumour markers were checked before cell therapy is one of the questions the deaths raise (a result from the last { $days } days is needed).
checklist-r09-tumour-markers-missing-resolves = Record recent tumour marker results.
checklist-r09-tumour-marker-abnormal-title = Tumour marker outside the reference range: { $test ->
    [cea] CEA
    [afp] AFP
    [ca19-9] CA19-9
    [psa] PSA
    [ca-125] CA125
   *[other] { $test }
}
# REVIEW: the link between a raised tumour marker and cell therapy is general knowledge; confirm with a source.
checklist-r09-tumour-marker-abnormal-rationale = The physician needs to consider a hidden cancer before cell therapy is considered.
checklist-r09-tumour-marker-abnormal-resolves = Tell the physician, who decides whether further tests are needed.

## R10 Anticoagulants and antiplatelets
checklist-r10-antithrombotic-with-procedure-title = Takes a blood thinner: { $medication }
# REVIEW: bleeding risk of antithrombotics at harvest and injection is general knowledge; confirm against a perioperative guideline.
checklist-r10-antithrombotic-with-procedure-rationale = Liposuction, bone-marrow harvest and injections bleed more on blood thinners. Stopping them without advice risks a clot.
checklist-r10-antithrombotic-with-procedure-resolves = Tell the physician; any pause must be agreed with the prescribing doctor.
checklist-r10-antithrombotic-not-assessed-title = Not known whether this medicine thins the blood: { $medication }
# REVIEW: as above.
checklist-r10-antithrombotic-not-assessed-rationale = Herbal medicines and supplements can also increase bleeding. Not known is not “no”.
checklist-r10-antithrombotic-not-assessed-resolves = Identify the medicine and its ingredients, and record whether it is an anticoagulant or antiplatelet.

## R11 Medications
checklist-r11-medications-not-asked-title = Medications have not been asked
checklist-r11-medications-not-asked-rationale = Whether medications reached the physician accurately is one of the questions the deaths raise.
checklist-r11-medications-not-asked-resolves = Ask about all medicines (including supplements and herbal medicines); if none, record “Confirmed: none”.

## R12 Interpreting
checklist-r12-language-not-asked-title = The patient’s language and Japanese ability are not recorded
checklist-r12-language-not-asked-rationale = Without knowing whether an interpreter is needed, nobody can tell whether the explanation got through.
checklist-r12-language-not-asked-resolves = Record the preferred language and whether the patient understands medical explanations in Japanese.
checklist-r12-no-interpreter-title = No interpreter for a patient who cannot follow medical Japanese
checklist-r12-no-interpreter-rationale = Whether the interpreter could explain stem-cell treatment accurately is one of the questions the deaths raise.
checklist-r12-no-interpreter-resolves = Arrange a medical interpreter and record them.
checklist-r12-interpreter-qualification-title = No medical-interpreting qualification recorded for the interpreter: { $name }
checklist-r12-interpreter-qualification-rationale = Whether the interpreter can convey medical content accurately bears directly on safety. Sometimes agency staff act as interpreters.
checklist-r12-interpreter-qualification-resolves = Check and record the interpreter’s medical-interpreting qualification (name and number).
checklist-r12-interpreter-language-mismatch-title = The interpreter does not cover the patient’s language: { $name } (patient’s language { $language })
checklist-r12-interpreter-language-mismatch-rationale = Without interpreting in the language the patient speaks, neither the history nor the explanation gets through accurately.
checklist-r12-interpreter-language-mismatch-resolves = Arrange a medical interpreter for the patient’s language, or correct the record.

## R13 Explanation and consent
checklist-r13-explanation-not-recorded-title = No record of the explanation
checklist-r13-explanation-not-recorded-rationale = Whether the patient fully understood the explanation of the treatment is one of the questions the deaths raise.
checklist-r13-explanation-not-recorded-resolves = Record each point explained and whether the patient could explain it back in their own words.
checklist-r13-teach-back-missing-title = Point { $number } explained: { $state ->
    [not-understood] not understood
   *[not-done] no teach-back yet
}
checklist-r13-teach-back-missing-rationale = “I understand” alone does not show understanding. Only when patients explain it in their own words do we know it got through.
checklist-r13-teach-back-missing-resolves = Explain again and record what the patient said.
checklist-r13-topic-not-explained-title = Essential point not explained: { $topic ->
    [what-is-administered] what goes into the body
    [risks] risks and side effects
   *[may-be-advised-not-to-proceed] the patient may be advised not to proceed
}
checklist-r13-topic-not-explained-rationale = What goes into the body (cells, exosomes or conditioned medium), the risks, and that treatment may be advised against are the basis of the patient’s decision.
checklist-r13-topic-not-explained-resolves = Explain this point and record it with teach-back.
checklist-r13-no-consent-to-share-title = No consent to share special-care personal information
checklist-r13-no-consent-to-share-rationale = Medical history is special care-required personal information; it may go to a third party only with the patient’s consent (no opt-out).
checklist-r13-no-consent-to-share-resolves = Explain who will receive it, obtain consent and record it with the date. Nothing can be printed or exported until then.
checklist-r13-no-consent-to-acquire-title = No consent to acquire special-care personal information
checklist-r13-no-consent-to-acquire-rationale = Acquiring special care-required personal information such as medical history needs the patient’s prior consent.
checklist-r13-no-consent-to-acquire-resolves = Obtain consent and record it with the date. Nothing can be printed or exported until then.

## R14 Emergency care
checklist-r14-emergency-care-missing-title = No emergency transfer hospital recorded
checklist-r14-emergency-care-missing-rationale = If the patient deteriorates during treatment, not knowing where to take them costs time. A clinic without emergency arrangements received an improvement order.
checklist-r14-emergency-care-missing-resolves = Confirm and record the transfer hospital and its contact.
checklist-r14-no-emergency-arrangement-title = There is no emergency transfer arrangement
checklist-r14-no-emergency-arrangement-rationale = A clinic that treated patients without emergency arrangements received an improvement order. The patient cannot be protected if their condition changes suddenly.
checklist-r14-no-emergency-arrangement-resolves = Do not proceed until a transfer hospital is arranged.

## R15 Pregnancy
checklist-r15-pregnancy-unknown-title = Possible pregnancy has not been asked
# REVIEW: no source yet on the safety of these treatments in pregnancy; the age range (10–55) is a convention.
checklist-r15-pregnancy-unknown-rationale = The safety of these treatments during pregnancy has not been established. Not known is not “not pregnant”.
checklist-r15-pregnancy-unknown-resolves = Ask about possible pregnancy; if it does not apply, record that.
checklist-r15-pregnant-or-possibly-title = Pregnant or possibly pregnant
# REVIEW: as above.
checklist-r15-pregnant-or-possibly-rationale = The safety of these treatments during pregnancy has not been established.
checklist-r15-pregnant-or-possibly-resolves = Tell the physician, who decides whether treatment can go ahead.

## R16 Verification-type care
checklist-r16-unverification-type-title = Unverification-type care (no registry data collected)
checklist-r16-unverification-type-rationale = In its YOKOHAMA Declaration 2025 the Japanese Society for Regenerative Medicine separated care that collects data in an independent registry to verify safety and efficacy (verification-type, “explorative therapy”) from care that does not (unverification-type, “uninvestigated therapy”), and intends to curb the latter.
checklist-r16-unverification-type-resolves = For the physician’s information; explain it to the patient as well.

## R17 What goes in, and how
checklist-r17-product-not-asked-title = What goes into the body (type of treatment) has not been asked
checklist-r17-product-not-asked-rationale = Cells themselves, exosomes or conditioned medium: what goes into the body changes the risks and what must be checked.
checklist-r17-product-not-asked-resolves = Ask the clinic what the treatment is and record it.
checklist-r17-product-unknown-title = Nobody knows what goes into the body
checklist-r17-product-unknown-rationale = The risks of a treatment whose contents are unknown cannot be assessed.
checklist-r17-product-unknown-resolves = Do not proceed until the product’s contents are confirmed in writing.
checklist-r17-route-not-stated-title = The route of administration is not recorded
checklist-r17-route-not-stated-rationale = Both deaths occurred during IV drips. The route changes what must be watched for.
checklist-r17-route-not-stated-resolves = Ask how it will be given (IV drip, local injection, into a joint …) and record it.

## R18 Referral
checklist-r18-referral-not-asked-title = Who referred the patient has not been asked
checklist-r18-referral-not-asked-rationale = What kind of organisation introduced the foreign patient to the clinic is one of the questions the deaths raise.
checklist-r18-referral-not-asked-resolves = Record the agency, clinic or person who referred the patient.

## Plain-text report (CLI)
checklist-report-heading = Safety check: record { $record } (reference date { $date }) — stop { $stop }, missing { $missing }, attention { $attention }, notes { $note }
checklist-report-blocks-print = Without consent for special-care personal information, nothing can be printed or exported.
checklist-report-blocks-handoff = The handoff sheet cannot be produced until this is resolved or overridden (the override is recorded).
checklist-report-resolves = To resolve: { $text }
checklist-report-fields = Fields: { $fields }
checklist-report-source = Source: { $source }
checklist-severity-stop = STOP
checklist-severity-missing = MISSING
checklist-severity-attention = ATTENTION
checklist-severity-note = NOTE
