// The intake sections: profile, history, medications, allergies, screening results, planned
// treatment, explanation & consent. Each edits the record through `edit`, which the intake
// screen turns into an autosave.
import { useContext, useState } from "preact/hooks";
import type { Allergy } from "../bindings/Allergy";
import type { Condition } from "../bindings/Condition";
import type { ConsentRecord } from "../bindings/ConsentRecord";
import type { ExplanationItem } from "../bindings/ExplanationItem";
import type { Fact } from "../bindings/Fact";
import type { FamilyHistoryEntry } from "../bindings/FamilyHistoryEntry";
import type { ImagingStudy } from "../bindings/ImagingStudy";
import type { PatientQuestion } from "../bindings/PatientQuestion";
import type { Qualitative } from "../bindings/Qualitative";
import type { Medication } from "../bindings/Medication";
import type { InterpreterArrangement } from "../bindings/InterpreterArrangement";
import type { InterpreterQualification } from "../bindings/InterpreterQualification";
import type { ProcessingSite } from "../bindings/ProcessingSite";
import type { Committee } from "../bindings/Committee";
import type { EmergencyCare } from "../bindings/EmergencyCare";
import type { PatientRecord } from "../bindings/PatientRecord";
import type { Quantity } from "../bindings/Quantity";
import type { ScreeningResult } from "../bindings/ScreeningResult";
import type { Surgery } from "../bindings/Surgery";
import { CATALOG } from "../bindings/catalog";
import {
  ABNORMALITY,
  ADMINISTRATION_ROUTE,
  ALLERGEN_GROUP,
  ALLERGY_CATEGORY,
  ALLERGY_SEVERITY,
  BREASTFEEDING_STATUS,
  COMPARATOR,
  CONDITION_STATUS,
  CONSENT_DECISION,
  EXPLANATION_TOPIC,
  FAMILY_CONDITION_KIND,
  FAMILY_RELATION,
  HARVEST_PROCEDURE,
  IMAGING_MODALITY,
  JAPANESE_ABILITY,
  MEDICATION_ROUTE,
  ORIGIN,
  PREGNANCY_STATUS,
  QUALITATIVE,
  REFERRAL_SOURCE,
  REGISTRY_STATUS,
  RISK_CLASS,
  SEX,
  SITE_LOCATION,
  TEACH_BACK,
  TEST_GROUP,
  TISSUE_SOURCE,
  TREATMENT_CATEGORY,
  YES_NO,
} from "../bindings/codes";
import { CodeChecks, CodeSelect, ConfirmationStamp, emptyText, Field, FormCtx, PatientTextInput, SectionBlock, SectionItems, TextInput, biText } from "../components/fields";
import { Bi, Text } from "../components/text";
import { abnormality, confirmNone, fieldId, freshness, isAbnormal, PATIENT_LOCALES, todayIso } from "../logic";
import { LocaleContext } from "../state";

export type Edit = (change: (r: PatientRecord) => void) => void;

export interface SectionProps {
  record: PatientRecord;
  edit: Edit;
  /** Language tag the patient answers in. */
  patientLang: string;
}

const orNull = (s: string): string | null => (s === "" ? null : s);

function useConfirm<T>() {
  const { staff } = useContext(FormCtx);
  return () => confirmNone<T>(staff);
}

function QuantityInputs(p: { path: string; labelId: string; value: Quantity | null; onChange: (q: Quantity | null) => void }) {
  const q = p.value ?? { value: "", unit: "" };
  const set = (next: Quantity) => p.onChange(next.value === "" && next.unit === "" ? null : next);
  return (
    <>
      <TextInput path={`${p.path}.value`} labelId={p.labelId} inputMode="decimal" value={q.value} onInput={(v) => set({ ...q, value: v })} />
      <TextInput path={`${p.path}.unit`} labelId="ui-field-unit" value={q.unit} onInput={(v) => set({ ...q, unit: v })} />
    </>
  );
}

function LanguageSelect(p: { path: string; labelId: string; value: string; onChange: (v: string) => void }) {
  const known = PATIENT_LOCALES.some((l) => l.tag === p.value);
  return (
    <Field path={p.path} labelId={p.labelId}>
      <select id={fieldId(p.path)} data-path={p.path} value={p.value} onChange={(e) => p.onChange(e.currentTarget.value)}>
        <option value="">—</option>
        {!known && p.value !== "" && <option value={p.value}>{p.value}</option>}
        {PATIENT_LOCALES.map((l) => (
          <option key={l.tag} value={l.tag} lang={l.tag}>
            {l.autonym} ({l.tag})
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A whole number such as an age or a count of sessions; empty is "not recorded". */
function WholeNumberInput(p: { path: string; labelId: string; max: number; value: number | null; onChange: (n: number | null) => void }) {
  return (
    <Field path={p.path} labelId={p.labelId}>
      <input
        id={fieldId(p.path)}
        data-path={p.path}
        type="number"
        min={0}
        max={p.max}
        step={1}
        value={p.value ?? ""}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          const n = Number(raw);
          p.onChange(raw === "" || !Number.isInteger(n) || n < 0 ? null : n);
        }}
      />
    </Field>
  );
}

/** Codes typed as a comma-separated list ("CN, TW", "ja, zh-Hans"): kept as typed while editing. */
function TagListInput(p: { path: string; labelId: string; hintId?: string; value: string[]; onChange: (v: string[]) => void }) {
  const [draft, setDraft] = useState(p.value.join(", "));
  const joined = p.value.join(", ");
  const shown = draft.split(",").map((x) => x.trim()).filter(Boolean).join(", ") === joined ? draft : joined;
  return (
    <TextInput
      path={p.path}
      labelId={p.labelId}
      hintId={p.hintId}
      value={shown}
      onInput={(v) => {
        setDraft(v);
        p.onChange(v.split(",").map((x) => x.trim()).filter(Boolean));
      }}
    />
  );
}

/** Names typed one per line: a name may hold a comma ("Smith, John"), never a line break. */
function LineListInput(p: { path: string; labelId: string; hintId?: string; value: string[]; onChange: (v: string[]) => void }) {
  const [draft, setDraft] = useState(p.value.join("\n"));
  const kept = (text: string) => text.split("\n").filter((x) => x.trim() !== "");
  const shown = kept(draft).join("\n") === p.value.join("\n") ? draft : p.value.join("\n");
  return (
    <TextInput
      path={p.path}
      labelId={p.labelId}
      hintId={p.hintId}
      multiline
      value={shown}
      onInput={(v) => {
        setDraft(v);
        p.onChange(kept(v));
      }}
    />
  );
}

const INTERPRETER_KINDS = [
  { value: "not-asked", id: "ui-interpreter-not-asked" },
  { value: "not-needed", id: "ui-interpreter-not-needed" },
  { value: "not-assigned", id: "ui-interpreter-not-assigned" },
  { value: "assigned", id: "ui-interpreter-assigned" },
] as const;

const QUALIFICATION_KINDS = [
  { value: "not-recorded", id: "ui-qualification-not-recorded" },
  { value: "none-held", id: "ui-qualification-none-held" },
  { value: "held", id: "ui-qualification-held" },
] as const;

function InterpreterInputs(p: { value: InterpreterArrangement; onChange: (v: InterpreterArrangement) => void; patientLang: string }) {
  const v = p.value;
  const path = "profile.interpreter";
  return (
    <fieldset class="wide" id={fieldId(path)}>
      <legend>
        <Bi id="ui-field-interpreter-arrangement" />
      </legend>
      <div class="grid">
        <CodeSelect
          path={`${path}.kind`}
          labelId="ui-field-interpreter-arrangement"
          options={INTERPRETER_KINDS}
          value={v.kind}
          onChange={(k) =>
            p.onChange(
              k === "assigned"
                ? { kind: "assigned", name: "", organization: "", languages: ["ja", p.patientLang], qualification: { kind: "not-recorded" } }
                : { kind: k },
            )
          }
        />
        {v.kind === "assigned" && (
          <>
            <TextInput path={`${path}.name`} labelId="ui-field-interpreter-name" value={v.name} onInput={(x) => p.onChange({ ...v, name: x })} />
            <TextInput path={`${path}.organization`} labelId="ui-field-interpreter-organization" value={v.organization} onInput={(x) => p.onChange({ ...v, organization: x })} />
            <TagListInput path={`${path}.languages`} labelId="ui-field-interpreter-languages" hintId="ui-field-interpreter-languages-hint" value={v.languages} onChange={(x) => p.onChange({ ...v, languages: x })} />
            <CodeSelect
              path={`${path}.qualification.kind`}
              labelId="ui-field-interpreter-qualification"
              options={QUALIFICATION_KINDS}
              value={v.qualification.kind}
              onChange={(k) => p.onChange({ ...v, qualification: (k === "held" ? { kind: "held", name: "", number: "" } : { kind: k }) as InterpreterQualification })}
            />
            {v.qualification.kind === "held" && (
              <>
                <TextInput path={`${path}.qualification.name`} labelId="ui-field-qualification-name" value={v.qualification.name} onInput={(x) => v.qualification.kind === "held" && p.onChange({ ...v, qualification: { ...v.qualification, name: x } })} />
                <TextInput path={`${path}.qualification.number`} labelId="ui-field-qualification-number" value={v.qualification.number} onInput={(x) => v.qualification.kind === "held" && p.onChange({ ...v, qualification: { ...v.qualification, number: x } })} />
              </>
            )}
          </>
        )}
      </div>
    </fieldset>
  );
}

/** A single fact with its four states: not asked / unknown / none (confirmed) / known. */
function FactState<T>(p: { path: string; labelId: string; value: Fact<T>; blank: () => T; onChange: (f: Fact<T>) => void }) {
  const { staff, patient } = useContext(LocaleContext);
  const confirm = useConfirm<T>();
  return (
    <Field path={p.path} labelId={p.labelId}>
      <select
        id={fieldId(p.path)}
        data-path={`${p.path}.kind`}
        value={p.value.kind}
        onChange={(e) => {
          const k = e.currentTarget.value;
          if (k === "not-asked" || k === "unknown") p.onChange({ kind: k });
          else if (k === "confirmed-none") {
            const c = confirm();
            if (c.kind === "confirmed-none") p.onChange({ kind: "confirmed-none", confirmedBy: c.confirmedBy, confirmedAt: c.confirmedAt });
          } else p.onChange({ kind: "known", value: p.value.kind === "known" ? p.value.value : p.blank() });
        }}
      >
        <option value="not-asked">{biText("ui-state-not-asked", staff, patient)}</option>
        <option value="unknown">{biText("ui-state-unknown", staff, patient)}</option>
        <option value="confirmed-none">{biText("ui-state-confirmed-none", staff, patient)}</option>
        <option value="known">{biText("ui-state-known", staff, patient)}</option>
      </select>
      {p.value.kind === "confirmed-none" && <ConfirmationStamp path={p.path} by={p.value.confirmedBy} at={p.value.confirmedAt} />}
    </Field>
  );
}

export function ProfileSection({ record, edit, patientLang, onPreferredLanguage }: SectionProps & { onPreferredLanguage: (tag: string) => void }) {
  const p = record.profile;
  const n = p.names;
  return (
    <div class="grid" id="f-profile" tabIndex={-1}>
      <SectionItems prefix="profile" />
      <TextInput path="profile.names.native" labelId="ui-field-name-native" lang={n.nativeLang || patientLang} value={n.native} onInput={(v) => edit((r) => {
        r.profile.names.native = v;
        if (!r.profile.names.nativeLang) r.profile.names.nativeLang = patientLang;
      })} />
      <LanguageSelect path="profile.names.nativeLang" labelId="ui-field-name-native-lang" value={n.nativeLang} onChange={(v) => edit((r) => void (r.profile.names.nativeLang = v))} />
      <TextInput path="profile.names.latinFamily" labelId="ui-field-latin-family" value={n.latinFamily} onInput={(v) => edit((r) => void (r.profile.names.latinFamily = v))} />
      <TextInput path="profile.names.latinGiven" labelId="ui-field-latin-given" value={n.latinGiven} onInput={(v) => edit((r) => void (r.profile.names.latinGiven = v))} />
      <TextInput path="profile.names.katakana" labelId="ui-field-katakana" lang="ja" value={n.katakana} onInput={(v) => edit((r) => void (r.profile.names.katakana = v))} />
      <TextInput path="profile.dateOfBirth" labelId="ui-field-dob" hintId="ui-field-date-hint" value={p.dateOfBirth ?? ""} onInput={(v) => edit((r) => void (r.profile.dateOfBirth = orNull(v)))} />
      <CodeSelect path="profile.sex" labelId="ui-field-sex" options={SEX} value={p.sex} onChange={(v) => edit((r) => void (r.profile.sex = v))} />
      <TagListInput path="profile.nationality" labelId="ui-field-nationality" hintId="ui-field-nationality-hint" value={p.nationality} onChange={(v) => edit((r) => void (r.profile.nationality = v))} />
      <LineListInput path="profile.names.other" labelId="ui-field-other-names" hintId="ui-field-other-names-hint" value={n.other} onChange={(v) => edit((r) => void (r.profile.names.other = v))} />
      <LanguageSelect
        path="profile.preferredLanguage"
        labelId="ui-field-preferred-language"
        value={p.preferredLanguage}
        onChange={(v) => {
          edit((r) => void (r.profile.preferredLanguage = v));
          onPreferredLanguage(v);
        }}
      />
      <TagListInput
        path="profile.otherLanguages"
        labelId="ui-field-other-languages"
        hintId="ui-field-other-languages-hint"
        value={p.otherLanguages}
        onChange={(v) => edit((r) => void (r.profile.otherLanguages = v))}
      />
      <CodeSelect path="profile.japaneseAbility" labelId="ui-field-japanese-ability" options={JAPANESE_ABILITY} value={p.japaneseAbility} onChange={(v) => edit((r) => void (r.profile.japaneseAbility = v))} />
      <TextInput path="profile.contact.phone" labelId="ui-field-phone" value={p.contact.phone} onInput={(v) => edit((r) => void (r.profile.contact.phone = v))} />
      <TextInput path="profile.contact.email" labelId="ui-field-email" value={p.contact.email} onInput={(v) => edit((r) => void (r.profile.contact.email = v))} />
      <TextInput path="profile.contact.messaging" labelId="ui-field-messaging" value={p.contact.messaging} onInput={(v) => edit((r) => void (r.profile.contact.messaging = v))} />
      <TextInput path="profile.contact.address" labelId="ui-field-address" multiline value={p.contact.address} onInput={(v) => edit((r) => void (r.profile.contact.address = v))} />
      <TextInput path="profile.contact.emergencyContactName" labelId="ui-field-emergency-name" value={p.contact.emergencyContactName} onInput={(v) => edit((r) => void (r.profile.contact.emergencyContactName = v))} />
      <TextInput path="profile.contact.emergencyContactPhone" labelId="ui-field-emergency-phone" value={p.contact.emergencyContactPhone} onInput={(v) => edit((r) => void (r.profile.contact.emergencyContactPhone = v))} />
      <TextInput path="profile.contact.emergencyContactRelation" labelId="ui-field-emergency-relation" value={p.contact.emergencyContactRelation} onInput={(v) => edit((r) => void (r.profile.contact.emergencyContactRelation = v))} />
      <CodeSelect path="profile.referral.source" labelId="ui-field-referral-source" options={REFERRAL_SOURCE} value={p.referral.source} onChange={(v) => edit((r) => void (r.profile.referral.source = v))} />
      <TextInput path="profile.referral.name" labelId="ui-field-referral-name" value={p.referral.name} onInput={(v) => edit((r) => void (r.profile.referral.name = v))} />
      <TextInput path="profile.referral.contact" labelId="ui-field-referral-contact" value={p.referral.contact} onInput={(v) => edit((r) => void (r.profile.referral.contact = v))} />
      <TextInput path="profile.referral.note" labelId="ui-field-referral-note" multiline value={p.referral.note} onInput={(v) => edit((r) => void (r.profile.referral.note = v))} />
      <InterpreterInputs value={p.interpreter} patientLang={patientLang} onChange={(v) => edit((r) => void (r.profile.interpreter = v))} />
      <PatientTextInput path="patientStatement" labelId="ui-field-patient-statement" value={record.patientStatement} patientLang={patientLang} onChange={(v) => edit((r) => void (r.patientStatement = v))} />
    </div>
  );
}

export function HistorySection({ record, edit, patientLang }: SectionProps) {
  const h = record.history;
  const confirmC = useConfirm<Condition>();
  const confirmS = useConfirm<Surgery>();
  const confirmF = useConfirm<FamilyHistoryEntry>();
  return (
    <>
      <SectionBlock
        path="history.conditions"
        labelId="ui-sub-conditions"
        section={h.conditions}
        onChange={(s) => edit((r) => void (r.history.conditions = s))}
        confirmNone={confirmC}
        blank={(): Condition => ({ name: emptyText(patientLang), onset: null, status: "unknown", note: "" })}
      >
        {(c, i, set) => (
          <>
            <PatientTextInput path={`history.conditions[${i}].name`} labelId="ui-field-condition" required value={c.name} patientLang={patientLang} onChange={(v) => set({ ...c, name: v ?? emptyText(patientLang) })} />
            <TextInput path={`history.conditions[${i}].onset`} labelId="ui-field-onset" hintId="ui-field-date-hint" value={c.onset ?? ""} onInput={(v) => set({ ...c, onset: orNull(v) })} />
            <CodeSelect path={`history.conditions[${i}].status`} labelId="ui-field-condition-status" options={CONDITION_STATUS} value={c.status} onChange={(v) => set({ ...c, status: v })} />
            <TextInput path={`history.conditions[${i}].note`} labelId="ui-field-note" value={c.note} onInput={(v) => set({ ...c, note: v })} />
          </>
        )}
      </SectionBlock>
      <SectionBlock
        path="history.surgeries"
        labelId="ui-sub-surgeries"
        section={h.surgeries}
        onChange={(s) => edit((r) => void (r.history.surgeries = s))}
        confirmNone={confirmS}
        blank={(): Surgery => ({ procedure: emptyText(patientLang), date: null, note: "" })}
      >
        {(s, i, set) => (
          <>
            <PatientTextInput path={`history.surgeries[${i}].procedure`} labelId="ui-field-procedure" required value={s.procedure} patientLang={patientLang} onChange={(v) => set({ ...s, procedure: v ?? emptyText(patientLang) })} />
            <TextInput path={`history.surgeries[${i}].date`} labelId="ui-field-date" hintId="ui-field-date-hint" value={s.date ?? ""} onInput={(v) => set({ ...s, date: orNull(v) })} />
            <TextInput path={`history.surgeries[${i}].note`} labelId="ui-field-note" value={s.note} onInput={(v) => set({ ...s, note: v })} />
          </>
        )}
      </SectionBlock>
      <SectionBlock
        path="history.familyHistory"
        labelId="ui-sub-family-history"
        section={h.familyHistory}
        onChange={(s) => edit((r) => void (r.history.familyHistory = s))}
        confirmNone={confirmF}
        blank={(): FamilyHistoryEntry => ({ relation: "unknown", condition: emptyText(patientLang), kind: "other", ageAtOnset: null })}
      >
        {(f, i, set) => (
          <>
            <CodeSelect path={`history.familyHistory[${i}].relation`} labelId="ui-field-relation" options={FAMILY_RELATION} value={f.relation} onChange={(v) => set({ ...f, relation: v })} />
            <CodeSelect path={`history.familyHistory[${i}].kind`} labelId="ui-field-family-kind" options={FAMILY_CONDITION_KIND} value={f.kind} onChange={(v) => set({ ...f, kind: v })} />
            <WholeNumberInput path={`history.familyHistory[${i}].ageAtOnset`} labelId="ui-field-age-at-onset" max={130} value={f.ageAtOnset} onChange={(n) => set({ ...f, ageAtOnset: n })} />
            <PatientTextInput path={`history.familyHistory[${i}].condition`} labelId="ui-field-condition" required value={f.condition} patientLang={patientLang} onChange={(v) => set({ ...f, condition: v ?? emptyText(patientLang) })} />
          </>
        )}
      </SectionBlock>
      <div class="grid" id="f-history" tabIndex={-1}>
        <CodeSelect path="history.pregnancy" labelId="ui-field-pregnancy" options={PREGNANCY_STATUS} value={h.pregnancy} onChange={(v) => edit((r) => void (r.history.pregnancy = v))} />
        <CodeSelect path="history.breastfeeding" labelId="ui-field-breastfeeding" options={BREASTFEEDING_STATUS} value={h.breastfeeding} onChange={(v) => edit((r) => void (r.history.breastfeeding = v))} />
        <SectionItems prefix="history.pregnancy" exact />
      </div>
    </>
  );
}

export function MedicationsSection({ record, edit, patientLang }: SectionProps) {
  const confirm = useConfirm<Medication>();
  return (
    <SectionBlock
      path="medications"
      labelId="section-medications"
      section={record.medications}
      onChange={(s) => edit((r) => void (r.medications = s))}
      confirmNone={confirm}
      blank={(): Medication => ({
        nameAsGiven: emptyText(patientLang),
        genericName: "",
        dose: null,
        frequency: "",
        route: "unknown",
        since: null,
        reason: null,
        anticoagulant: "not-assessed",
        antiplatelet: "not-assessed",
      })}
    >
      {(m, i, set) => (
        <>
          <PatientTextInput path={`medications[${i}].nameAsGiven`} labelId="ui-field-medication-name" required value={m.nameAsGiven} patientLang={patientLang} onChange={(v) => set({ ...m, nameAsGiven: v ?? emptyText(patientLang) })} />
          <TextInput path={`medications[${i}].genericName`} labelId="ui-field-generic-name" value={m.genericName} onInput={(v) => set({ ...m, genericName: v })} />
          <QuantityInputs path={`medications[${i}].dose`} labelId="ui-field-dose" value={m.dose} onChange={(q) => set({ ...m, dose: q })} />
          <TextInput path={`medications[${i}].frequency`} labelId="ui-field-frequency" value={m.frequency} onInput={(v) => set({ ...m, frequency: v })} />
          <CodeSelect path={`medications[${i}].route`} labelId="ui-field-medication-route" options={MEDICATION_ROUTE} value={m.route} onChange={(v) => set({ ...m, route: v })} />
          <TextInput path={`medications[${i}].since`} labelId="ui-field-since" hintId="ui-field-date-hint" value={m.since ?? ""} onInput={(v) => set({ ...m, since: orNull(v) })} />
          <CodeSelect path={`medications[${i}].anticoagulant`} labelId="ui-field-anticoagulant" options={YES_NO} value={m.anticoagulant} onChange={(v) => set({ ...m, anticoagulant: v })} />
          <CodeSelect path={`medications[${i}].antiplatelet`} labelId="ui-field-antiplatelet" options={YES_NO} value={m.antiplatelet} onChange={(v) => set({ ...m, antiplatelet: v })} />
          <PatientTextInput path={`medications[${i}].reason`} labelId="ui-field-medication-reason" value={m.reason} patientLang={patientLang} onChange={(v) => set({ ...m, reason: v })} />
        </>
      )}
    </SectionBlock>
  );
}

export function AllergiesSection({ record, edit, patientLang }: SectionProps) {
  const confirm = useConfirm<Allergy>();
  return (
    <SectionBlock
      path="allergies"
      labelId="section-allergies"
      section={record.allergies}
      onChange={(s) => edit((r) => void (r.allergies = s))}
      confirmNone={confirm}
      blank={(): Allergy => ({ substance: emptyText(patientLang), category: "drug", groups: [], reaction: null, severity: "unknown", when: null })}
    >
      {(a, i, set) => (
        <>
          <PatientTextInput path={`allergies[${i}].substance`} labelId="ui-field-substance" required value={a.substance} patientLang={patientLang} onChange={(v) => set({ ...a, substance: v ?? emptyText(patientLang) })} />
          <CodeSelect path={`allergies[${i}].category`} labelId="ui-field-allergy-category" options={ALLERGY_CATEGORY} value={a.category} onChange={(v) => set({ ...a, category: v })} />
          <CodeSelect path={`allergies[${i}].severity`} labelId="ui-field-allergy-severity" options={ALLERGY_SEVERITY} value={a.severity} onChange={(v) => set({ ...a, severity: v })} />
          <TextInput path={`allergies[${i}].when`} labelId="ui-field-allergy-when" hintId="ui-field-date-hint" value={a.when ?? ""} onInput={(v) => set({ ...a, when: orNull(v) })} />
          <PatientTextInput path={`allergies[${i}].reaction`} labelId="ui-field-reaction" value={a.reaction} patientLang={patientLang} onChange={(v) => set({ ...a, reaction: v })} />
          <CodeChecks path={`allergies[${i}].groups`} labelId="ui-field-allergen-groups" options={ALLERGEN_GROUP} value={a.groups} onChange={(v) => set({ ...a, groups: v })} />
        </>
      )}
    </SectionBlock>
  );
}

const CUSTOM = "custom";

function TestSelect(p: { index: number; result: ScreeningResult; set: (r: ScreeningResult) => void }) {
  const { staff, patient } = useContext(LocaleContext);
  const path = `screening[${p.index}].test`;
  const value = p.result.test.kind === "catalog" ? p.result.test.id : CUSTOM;
  const entry = CATALOG.find((c) => c.id === value);
  return (
    <Field path={path} labelId="ui-field-test">
      <select
        id={fieldId(path)}
        data-path={`${path}.kind`}
        data-view-path={`screening[${p.index}].loinc`}
        data-binds={`${path}.id`}
        value={value}
        onChange={(e) => {
          const id = e.currentTarget.value;
          if (id === CUSTOM) {
            // The name and LOINC code (if the report gives one) are typed next; nothing is kept from the catalog test.
            const old = CATALOG.find((c) => p.result.test.kind === "catalog" && c.id === p.result.test.id);
            p.set({ ...p.result, test: { kind: "custom", name: "", group: old?.group ?? "other" }, loinc: "" });
            return;
          }
          const c = CATALOG.find((x) => x.id === id);
          if (!c) return;
          const v = p.result.value;
          p.set({
            ...p.result,
            test: { kind: "catalog", id: c.id },
            loinc: c.loinc,
            value: v.kind === "numeric" && v.unit === "" ? { ...v, unit: c.defaultUnit } : v,
          });
        }}
      >
        {CATALOG.map((c) => (
          <option key={c.id} value={c.id}>
            {biText(c.messageId, staff, patient)} — LOINC {c.loinc}
          </option>
        ))}
        <option value={CUSTOM}>{biText("ui-custom-test", staff, patient)}</option>
      </select>
      {entry && (
        <p class="field-hint loinc" data-testid="loinc">
          <Text id="ui-loinc" args={{ code: entry.loinc }} />
          {!entry.verified && (
            <span class="review">
              {" "}
              (<Text id="ui-loinc-unverified" />)
            </span>
          )}
        </p>
      )}
    </Field>
  );
}

export function ScreeningSection({ record, edit, windowDays }: SectionProps & { windowDays: number }) {
  const confirm = useConfirm<ScreeningResult>();
  const loc = useContext(LocaleContext);
  const planned = record.plannedTreatment.plannedDate;
  const today = todayIso();
  const first = CATALOG[0];
  return (
    <>
      <p class="hint window-note" data-testid="stale-window-note">
        <Text id="ui-stale-window-in-settings" args={{ days: windowDays }} />
      </p>
      <SectionBlock
        path="screening"
        labelId="section-screening"
        section={record.screening}
        onChange={(s) => edit((r) => void (r.screening = s))}
        confirmNone={confirm}
        blank={(): ScreeningResult => ({
          test: { kind: "catalog", id: first?.id ?? "hbsag" },
          loinc: first?.loinc ?? "",
          labCode: "",
          value: { kind: "numeric", value: "", unit: first?.defaultUnit ?? "", comparator: "eq", interpretation: null },
          referenceRange: { low: null, high: null, text: "" },
          collected: null,
          lab: "",
          note: "",
        })}
      >
        {(s, i, set) => {
          const flag = abnormality(s);
          const fresh = freshness(s.collected, planned, windowDays, today);
          const flagId = ABNORMALITY.find((a) => a.value === flag)?.id ?? "code-abnormality-not-determined";
          const v = s.value;
          return (
            <>
              <div class="flags wide" data-testid="screening-flags">
                <span class={`flag ${isAbnormal(flag) ? "flag-abnormal" : "flag-normal"}`} data-flag={flag}>
                  <Bi id={flagId} />
                </span>
                {fresh === "stale" && (
                  <span class="flag flag-stale" data-flag="stale">
                    <Bi id="ui-screening-stale" args={{ days: windowDays }} />
                  </span>
                )}
              </div>
              <TestSelect index={i} result={s} set={set} />
              {s.test.kind === "custom" && (
                <>
                  <TextInput path={`screening[${i}].test.name`} labelId="ui-field-custom-test-name" value={s.test.name} onInput={(x) => s.test.kind === "custom" && set({ ...s, test: { ...s.test, name: x } })} />
                  <CodeSelect path={`screening[${i}].test.group`} labelId="ui-field-test-group" options={TEST_GROUP} value={s.test.group} onChange={(g) => s.test.kind === "custom" && set({ ...s, test: { ...s.test, group: g } })} />
                  <TextInput path={`screening[${i}].loinc`} labelId="ui-field-loinc" hintId="ui-field-loinc-hint" value={s.loinc} onInput={(x) => set({ ...s, loinc: x })} />
                </>
              )}
              <TextInput path={`screening[${i}].labCode`} labelId="ui-field-lab-code" value={s.labCode} onInput={(x) => set({ ...s, labCode: x })} />
              <Field path={`screening[${i}].value.kind`} labelId="ui-field-value-kind">
                <select
                  id={fieldId(`screening[${i}].value.kind`)}
                  data-path={`screening[${i}].value.kind`}
                  value={v.kind}
                  onChange={(e) =>
                    set({
                      ...s,
                      value:
                        e.currentTarget.value === "qualitative"
                          ? { kind: "qualitative", result: "negative", text: "" }
                          : { kind: "numeric", value: "", unit: CATALOG.find((c) => s.test.kind === "catalog" && c.id === s.test.id)?.defaultUnit ?? "", comparator: "eq", interpretation: null },
                    })
                  }
                >
                  <option value="numeric">{biText("ui-value-numeric", loc.staff, loc.patient)}</option>
                  <option value="qualitative">{biText("ui-value-qualitative", loc.staff, loc.patient)}</option>
                </select>
              </Field>
              {v.kind === "numeric" ? (
                <>
                  <CodeSelect path={`screening[${i}].value.comparator`} labelId="ui-field-comparator" options={COMPARATOR} value={v.comparator} onChange={(c) => set({ ...s, value: { ...v, comparator: c } })} />
                  <TextInput path={`screening[${i}].value.value`} labelId="ui-field-value" inputMode="decimal" value={v.value} onInput={(x) => set({ ...s, value: { ...v, value: x } })} />
                  <TextInput path={`screening[${i}].value.unit`} labelId="ui-field-unit" value={v.unit} onInput={(x) => set({ ...s, value: { ...v, unit: x } })} />
                  <InterpretationSelect path={`screening[${i}].value.interpretation`} value={v.interpretation} onChange={(q) => set({ ...s, value: { ...v, interpretation: q } })} />
                </>
              ) : (
                <>
                  <CodeSelect path={`screening[${i}].value.result`} labelId="ui-field-qualitative" options={QUALITATIVE} value={v.result} onChange={(c) => set({ ...s, value: { ...v, result: c } })} />
                  <TextInput path={`screening[${i}].value.text`} labelId="ui-field-qualitative-text" value={v.text} onInput={(x) => set({ ...s, value: { ...v, text: x } })} />
                </>
              )}
              <TextInput path={`screening[${i}].referenceRange.low`} labelId="ui-field-range-low" inputMode="decimal" value={s.referenceRange.low ?? ""} onInput={(x) => set({ ...s, referenceRange: { ...s.referenceRange, low: orNull(x) } })} />
              <TextInput path={`screening[${i}].referenceRange.high`} labelId="ui-field-range-high" inputMode="decimal" value={s.referenceRange.high ?? ""} onInput={(x) => set({ ...s, referenceRange: { ...s.referenceRange, high: orNull(x) } })} />
              <TextInput path={`screening[${i}].referenceRange.text`} labelId="ui-field-range-text" value={s.referenceRange.text} onInput={(x) => set({ ...s, referenceRange: { ...s.referenceRange, text: x } })} />
              <TextInput path={`screening[${i}].collected`} labelId="ui-field-collected" hintId="ui-field-full-date-hint" value={s.collected ?? ""} onInput={(x) => set({ ...s, collected: orNull(x) })} />
              <TextInput path={`screening[${i}].lab`} labelId="ui-field-lab" value={s.lab} onInput={(x) => set({ ...s, lab: x })} />
              <TextInput path={`screening[${i}].note`} labelId="ui-field-screening-note" multiline value={s.note} onInput={(x) => set({ ...s, note: x })} />
            </>
          );
        }}
      </SectionBlock>
    </>
  );
}

/** The lab's own reading printed beside a number ("0.1 S/CO, negative"), or none printed. */
function InterpretationSelect(p: { path: string; value: Qualitative | null; onChange: (q: Qualitative | null) => void }) {
  const { staff, patient } = useContext(LocaleContext);
  return (
    <Field path={p.path} labelId="ui-field-interpretation">
      <select id={fieldId(p.path)} data-path={p.path} value={p.value ?? ""} onChange={(e) => p.onChange(e.currentTarget.value === "" ? null : (e.currentTarget.value as Qualitative))}>
        <option value="">{biText("ui-interpretation-none", staff, patient)}</option>
        {QUALITATIVE.map((o) => (
          <option key={o.value} value={o.value}>
            {biText(o.id, staff, patient)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Imaging studies (MRI, CT …), often reported abroad: the findings in the report's language with a translation. */
export function ImagingSection({ record, edit, patientLang }: SectionProps) {
  const confirm = useConfirm<ImagingStudy>();
  return (
    <SectionBlock
      path="imaging"
      labelId="code-section-imaging"
      section={record.imaging}
      onChange={(s) => edit((r) => void (r.imaging = s))}
      confirmNone={confirm}
      blank={(): ImagingStudy => ({ modality: "mri", date: null, region: "", summary: emptyText(patientLang), facility: "" })}
    >
      {(m, i, set) => (
        <>
          <CodeSelect path={`imaging[${i}].modality`} labelId="ui-field-modality" options={IMAGING_MODALITY} value={m.modality} onChange={(v) => set({ ...m, modality: v })} />
          <TextInput path={`imaging[${i}].date`} labelId="ui-field-imaging-date" hintId="ui-field-date-hint" value={m.date ?? ""} onInput={(v) => set({ ...m, date: orNull(v) })} />
          <TextInput path={`imaging[${i}].region`} labelId="ui-field-region" value={m.region} onInput={(v) => set({ ...m, region: v })} />
          <TextInput path={`imaging[${i}].facility`} labelId="ui-field-imaging-facility" value={m.facility} onInput={(v) => set({ ...m, facility: v })} />
          <PatientTextInput path={`imaging[${i}].summary`} labelId="ui-field-imaging-summary" required value={m.summary} patientLang={patientLang} onChange={(v) => set({ ...m, summary: v ?? emptyText(patientLang) })} />
        </>
      )}
    </SectionBlock>
  );
}

function FactInput(p: { path: string; labelId: string; value: Fact<string>; onChange: (f: Fact<string>) => void }) {
  const { staff, patient } = useContext(LocaleContext);
  const confirm = useConfirm<string>();
  const statePath = `${p.path}.kind`;
  return (
    <>
      <Field path={p.path} labelId={p.labelId}>
        <select
          id={fieldId(p.path)}
          data-path={statePath}
          value={p.value.kind}
          onChange={(e) => {
            const k = e.currentTarget.value;
            if (k === "not-asked" || k === "unknown") p.onChange({ kind: k });
            else if (k === "confirmed-none") {
              const c = confirm();
              if (c.kind === "confirmed-none") p.onChange({ kind: "confirmed-none", confirmedBy: c.confirmedBy, confirmedAt: c.confirmedAt });
            } else p.onChange({ kind: "known", value: p.value.kind === "known" ? p.value.value : "" });
          }}
        >
          <option value="not-asked">{biText("ui-state-not-asked", staff, patient)}</option>
          <option value="unknown">{biText("ui-state-unknown", staff, patient)}</option>
          <option value="confirmed-none">{biText("ui-state-confirmed-none", staff, patient)}</option>
          <option value="known">{biText("ui-state-known", staff, patient)}</option>
        </select>
        {p.value.kind === "confirmed-none" && <ConfirmationStamp path={p.path} by={p.value.confirmedBy} at={p.value.confirmedAt} />}
      </Field>
      {p.value.kind === "known" && (
        <TextInput path={`${p.path}.value`} labelId={p.labelId} value={p.value.value} onInput={(v) => p.onChange({ kind: "known", value: v })} />
      )}
    </>
  );
}

export function TreatmentSection({ record, edit }: SectionProps) {
  const t = record.plannedTreatment;
  return (
    <div class="grid" id="f-plannedTreatment" tabIndex={-1}>
      <SectionItems prefix="plannedTreatment" />
      <CodeSelect path="plannedTreatment.category" labelId="ui-field-treatment-category" options={TREATMENT_CATEGORY} value={t.category} onChange={(v) => edit((r) => void (r.plannedTreatment.category = v))} />
      <TextInput path="plannedTreatment.productName" labelId="ui-field-product-name" value={t.productName} onInput={(v) => edit((r) => void (r.plannedTreatment.productName = v))} />
      <CodeSelect path="plannedTreatment.origin" labelId="ui-field-origin" options={ORIGIN} value={t.origin} onChange={(v) => edit((r) => void (r.plannedTreatment.origin = v))} />
      <CodeSelect path="plannedTreatment.tissueSource" labelId="ui-field-tissue-source" options={TISSUE_SOURCE} value={t.tissueSource} onChange={(v) => edit((r) => void (r.plannedTreatment.tissueSource = v))} />
      <TextInput path="plannedTreatment.tissueSourceDetail" labelId="ui-field-tissue-source-detail" value={t.tissueSourceDetail} onInput={(v) => edit((r) => void (r.plannedTreatment.tissueSourceDetail = v))} />
      <CodeSelect path="plannedTreatment.harvest" labelId="ui-field-harvest" options={HARVEST_PROCEDURE} value={t.harvest} onChange={(v) => edit((r) => void (r.plannedTreatment.harvest = v))} />
      <CodeSelect path="plannedTreatment.route" labelId="ui-field-administration-route" options={ADMINISTRATION_ROUTE} value={t.route} onChange={(v) => edit((r) => void (r.plannedTreatment.route = v))} />
      <TextInput path="plannedTreatment.routeDetail" labelId="ui-field-route-detail" value={t.routeDetail} onInput={(v) => edit((r) => void (r.plannedTreatment.routeDetail = v))} />
      <QuantityInputs path="plannedTreatment.dose" labelId="ui-field-dose" value={t.dose} onChange={(q) => edit((r) => void (r.plannedTreatment.dose = q))} />
      <TextInput path="plannedTreatment.cellCount" labelId="ui-field-cell-count" inputMode="decimal" value={t.cellCount ?? ""} onInput={(v) => edit((r) => void (r.plannedTreatment.cellCount = orNull(v)))} />
      <WholeNumberInput path="plannedTreatment.sessions" labelId="ui-field-sessions" max={65535} value={t.sessions} onChange={(n) => edit((r) => void (r.plannedTreatment.sessions = n))} />
      <TextInput path="plannedTreatment.plannedDate" labelId="ui-field-planned-date" hintId="ui-field-full-date-hint" value={t.plannedDate ?? ""} onInput={(v) => edit((r) => void (r.plannedTreatment.plannedDate = orNull(v)))} />
      <TextInput path="plannedTreatment.physician" labelId="ui-field-physician" value={t.physician} onInput={(v) => edit((r) => void (r.plannedTreatment.physician = v))} />
      <TextInput path="plannedTreatment.indication" labelId="ui-field-indication" value={t.indication} onInput={(v) => edit((r) => void (r.plannedTreatment.indication = v))} />
      <FactInput path="plannedTreatment.provisionPlanNumber" labelId="ui-field-provision-plan-number" value={t.provisionPlanNumber} onChange={(f) => edit((r) => void (r.plannedTreatment.provisionPlanNumber = f))} />
      <CodeSelect path="plannedTreatment.riskClass" labelId="ui-field-risk-class" options={RISK_CLASS} value={t.riskClass} onChange={(v) => edit((r) => void (r.plannedTreatment.riskClass = v))} />
      <CodeSelect path="plannedTreatment.registry" labelId="ui-field-registry" options={REGISTRY_STATUS} value={t.registry} onChange={(v) => edit((r) => void (r.plannedTreatment.registry = v))} />
      <TextInput path="plannedTreatment.registryName" labelId="ui-field-registry-name" value={t.registryName} onInput={(v) => edit((r) => void (r.plannedTreatment.registryName = v))} />
      <CodeSelect path="plannedTreatment.cryopreserved" labelId="ui-field-cryopreserved" options={YES_NO} value={t.cryopreserved} onChange={(v) => edit((r) => void (r.plannedTreatment.cryopreserved = v))} />
      <CodeSelect path="plannedTreatment.thawedOnSite" labelId="ui-field-thawed-on-site" options={YES_NO} value={t.thawedOnSite} onChange={(v) => edit((r) => void (r.plannedTreatment.thawedOnSite = v))} />
      <TextInput path="plannedTreatment.thawHandlingDocumentedBy" labelId="ui-field-thaw-documented-by" value={t.thawHandlingDocumentedBy} onInput={(v) => edit((r) => void (r.plannedTreatment.thawHandlingDocumentedBy = v))} />
      <TextInput path="plannedTreatment.thawHandlingNote" labelId="ui-field-thaw-note" multiline value={t.thawHandlingNote} onInput={(v) => edit((r) => void (r.plannedTreatment.thawHandlingNote = v))} />
      <FactState<Committee> path="plannedTreatment.committee" labelId="ui-field-committee" value={t.committee} blank={() => ({ name: "", number: "" })} onChange={(f) => edit((r) => void (r.plannedTreatment.committee = f))} />
      {t.committee.kind === "known" && (
        <>
          <TextInput path="plannedTreatment.committee.value.name" labelId="ui-field-committee-name" value={t.committee.value.name} onInput={(v) => edit((r) => void (r.plannedTreatment.committee.kind === "known" && (r.plannedTreatment.committee.value.name = v)))} />
          <TextInput path="plannedTreatment.committee.value.number" labelId="ui-field-committee-number" value={t.committee.value.number} onInput={(v) => edit((r) => void (r.plannedTreatment.committee.kind === "known" && (r.plannedTreatment.committee.value.number = v)))} />
        </>
      )}
      <FactState<EmergencyCare> path="plannedTreatment.emergencyCare" labelId="ui-field-emergency-care" value={t.emergencyCare} blank={() => ({ hospital: "", contact: "", note: "" })} onChange={(f) => edit((r) => void (r.plannedTreatment.emergencyCare = f))} />
      {t.emergencyCare.kind === "known" && (
        <>
          <TextInput path="plannedTreatment.emergencyCare.value.hospital" labelId="ui-field-emergency-hospital" value={t.emergencyCare.value.hospital} onInput={(v) => edit((r) => void (r.plannedTreatment.emergencyCare.kind === "known" && (r.plannedTreatment.emergencyCare.value.hospital = v)))} />
          <TextInput path="plannedTreatment.emergencyCare.value.contact" labelId="ui-field-emergency-contact" value={t.emergencyCare.value.contact} onInput={(v) => edit((r) => void (r.plannedTreatment.emergencyCare.kind === "known" && (r.plannedTreatment.emergencyCare.value.contact = v)))} />
          <TextInput path="plannedTreatment.emergencyCare.value.note" labelId="ui-field-emergency-note" multiline value={t.emergencyCare.value.note} onInput={(v) => edit((r) => void (r.plannedTreatment.emergencyCare.kind === "known" && (r.plannedTreatment.emergencyCare.value.note = v)))} />
        </>
      )}
      <div class="wide">
        <ProcessingSites record={record} edit={edit} />
      </div>
    </div>
  );
}

function ProcessingSites({ record, edit }: { record: PatientRecord; edit: Edit }) {
  const confirm = useConfirm<ProcessingSite>();
  return (
    <SectionBlock
      path="plannedTreatment.processingSites"
      labelId="ui-sub-processing-sites"
      section={record.plannedTreatment.processingSites}
      onChange={(s) => edit((r) => void (r.plannedTreatment.processingSites = s))}
      confirmNone={confirm}
      blank={(): ProcessingSite => ({ name: "", facilityNumber: "", location: "unknown", country: "", role: "" })}
    >
      {(site, i, set) => (
        <>
          <TextInput path={`plannedTreatment.processingSites[${i}].name`} labelId="ui-field-site-name" value={site.name} onInput={(v) => set({ ...site, name: v })} />
          <TextInput path={`plannedTreatment.processingSites[${i}].facilityNumber`} labelId="ui-field-facility-number" value={site.facilityNumber} onInput={(v) => set({ ...site, facilityNumber: v })} />
          <CodeSelect path={`plannedTreatment.processingSites[${i}].location`} labelId="ui-field-site-location" options={SITE_LOCATION} value={site.location} onChange={(v) => set({ ...site, location: v })} />
          <TextInput path={`plannedTreatment.processingSites[${i}].country`} labelId="ui-field-site-country" value={site.country} onInput={(v) => set({ ...site, country: v })} />
          <TextInput path={`plannedTreatment.processingSites[${i}].role`} labelId="ui-field-site-role" value={site.role} onInput={(v) => set({ ...site, role: v })} />
        </>
      )}
    </SectionBlock>
  );
}

function ConsentInputs(p: { path: string; labelId: string; value: ConsentRecord; onChange: (c: ConsentRecord) => void }) {
  const c = p.value;
  return (
    <fieldset class="consent wide" id={fieldId(p.path)}>
      <legend>
        <Bi id={p.labelId} />
      </legend>
      <div class="grid">
        <CodeSelect path={`${p.path}.decision`} labelId={p.labelId} options={CONSENT_DECISION} value={c.decision} onChange={(v) => p.onChange({ ...c, decision: v })} />
        <TextInput path={`${p.path}.date`} labelId="ui-field-consent-date" hintId="ui-field-full-date-hint" value={c.date ?? ""} onInput={(v) => p.onChange({ ...c, date: orNull(v) })} />
        <TextInput path={`${p.path}.recordedBy`} labelId="ui-field-recorded-by" value={c.recordedBy} onInput={(v) => p.onChange({ ...c, recordedBy: v })} />
        <TextInput path={`${p.path}.scope`} labelId="ui-field-consent-scope" multiline value={c.scope} onInput={(v) => p.onChange({ ...c, scope: v })} />
      </div>
    </fieldset>
  );
}

export function ConsentSection({ record, edit, patientLang }: SectionProps) {
  const confirm = useConfirm<ExplanationItem>();
  const confirmQ = useConfirm<PatientQuestion>();
  const { staff } = useContext(FormCtx);
  return (
    <>
      <SectionBlock
        path="explanation.items"
        labelId="ui-sub-explanation"
        section={record.explanation.items}
        onChange={(s) => edit((r) => void (r.explanation.items = s))}
        confirmNone={confirm}
        blank={(): ExplanationItem => ({
          topic: "what-is-administered",
          detail: "",
          language: patientLang,
          interpreter: "",
          explainedBy: staff,
          explainedOn: todayIso(),
          teachBack: "not-done",
          teachBackWords: null,
        })}
      >
        {(e, i, set) => (
          <>
            <CodeSelect path={`explanation.items[${i}].topic`} labelId="ui-field-topic" options={EXPLANATION_TOPIC} value={e.topic} onChange={(v) => set({ ...e, topic: v })} />
            <LanguageSelect path={`explanation.items[${i}].language`} labelId="ui-field-explained-language" value={e.language} onChange={(v) => set({ ...e, language: v })} />
            <TextInput path={`explanation.items[${i}].detail`} labelId="ui-field-detail" multiline value={e.detail} onInput={(v) => set({ ...e, detail: v })} />
            <TextInput path={`explanation.items[${i}].interpreter`} labelId="ui-field-interpreter" value={e.interpreter} onInput={(v) => set({ ...e, interpreter: v })} />
            <TextInput path={`explanation.items[${i}].explainedBy`} labelId="ui-field-explained-by" value={e.explainedBy} onInput={(v) => set({ ...e, explainedBy: v })} />
            <TextInput path={`explanation.items[${i}].explainedOn`} labelId="ui-field-explained-on" hintId="ui-field-full-date-hint" value={e.explainedOn ?? ""} onInput={(v) => set({ ...e, explainedOn: orNull(v) })} />
            <CodeSelect path={`explanation.items[${i}].teachBack`} labelId="ui-field-teach-back" options={TEACH_BACK} value={e.teachBack} onChange={(v) => set({ ...e, teachBack: v })} />
            <PatientTextInput path={`explanation.items[${i}].teachBackWords`} labelId="ui-field-teach-back-words" value={e.teachBackWords} patientLang={patientLang} onChange={(v) => set({ ...e, teachBackWords: v })} />
          </>
        )}
      </SectionBlock>
      <SectionBlock
        path="explanation.questions"
        labelId="code-section-patient-questions"
        section={record.explanation.questions}
        onChange={(s) => edit((r) => void (r.explanation.questions = s))}
        confirmNone={confirmQ}
        blank={(): PatientQuestion => ({ question: emptyText(patientLang), answer: "", answeredBy: "" })}
      >
        {(q, i, set) => (
          <>
            <PatientTextInput path={`explanation.questions[${i}].question`} labelId="ui-field-question" required value={q.question} patientLang={patientLang} onChange={(v) => set({ ...q, question: v ?? emptyText(patientLang) })} />
            <TextInput path={`explanation.questions[${i}].answer`} labelId="ui-field-answer" multiline value={q.answer} onInput={(v) => set({ ...q, answer: v })} />
            <TextInput path={`explanation.questions[${i}].answeredBy`} labelId="ui-field-answered-by" value={q.answeredBy} onInput={(v) => set({ ...q, answeredBy: v })} />
          </>
        )}
      </SectionBlock>
      <section class="list-section" id="f-consent" tabIndex={-1}>
        <header class="list-head">
          <h3>
            <Bi id="ui-sub-consent" />
          </h3>
        </header>
        <SectionItems prefix="consent" />
        <div class="grid">
          <ConsentInputs path="consent.acquireSpecialCare" labelId="ui-field-consent-acquire" value={record.consent.acquireSpecialCare} onChange={(c) => edit((r) => void (r.consent.acquireSpecialCare = c))} />
          <ConsentInputs path="consent.shareSpecialCare" labelId="ui-field-consent-share" value={record.consent.shareSpecialCare} onChange={(c) => edit((r) => void (r.consent.shareSpecialCare = c))} />
        </div>
      </section>
    </>
  );
}
