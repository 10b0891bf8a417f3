// The patient list: search by any form of the name, open, create, load the fictional samples.
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import type { AppError } from "../bindings/AppError";
import type { PatientSummary } from "../bindings/PatientSummary";
import { Bi, Text } from "../components/text";
import { localizer } from "../i18n";
import { patientList, patientSearch, samplesLoad } from "../ipc";
import { LocaleContext } from "../state";

function displayName(p: PatientSummary): string {
  const forms = p.names.map((n) => n.text).filter((t) => t.trim() !== "");
  return forms.join(" / ");
}

export function PatientsScreen(props: { onOpen: (id: string) => void; onNew: () => void }) {
  const { staff } = useContext(LocaleContext);
  const l10n = localizer();
  const [query, setQuery] = useState("");
  const [rows, setRows] = useState<PatientSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const seq = useRef(0);
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => searchRef.current?.focus(), []);

  const refresh = (q: string) => {
    const mine = ++seq.current;
    (q.trim() === "" ? patientList() : patientSearch(q))
      .then((r) => {
        if (mine === seq.current) setRows(r);
      })
      .catch((e: AppError) => setError(e));
  };

  useEffect(() => {
    const t = setTimeout(() => refresh(query), query === "" ? 0 : 150);
    return () => clearTimeout(t);
  }, [query]);

  const loadSamples = () => {
    setBusy(true);
    setError(null);
    samplesLoad()
      .then(() => refresh(query))
      .catch((e: AppError) => setError(e))
      .finally(() => setBusy(false));
  };

  return (
    <div class="patients" data-testid="patients-screen">
      <section class="card">
        <div class="card-head">
          <h2>
            <Text id="ui-patients-heading" />
          </h2>
          <div class="actions">
            <button type="button" class="primary" data-testid="patient-new" onClick={props.onNew}>
              + <Text id="ui-patients-new" />
            </button>
          </div>
        </div>
        {error && (
          <div class="error" role="alert">
            {l10n.formatMessage(staff, error.message)}
          </div>
        )}
        <div class="field search">
          <label for="patient-search">
            <Text id="ui-patients-search" />
          </label>
          <input id="patient-search" ref={searchRef} data-testid="patient-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <p class="field-hint">
            <Text id="ui-patients-search-hint" />
          </p>
        </div>
        {rows === null ? (
          <p class="hint">
            <Text id="ui-loading" />
          </p>
        ) : rows.length === 0 ? (
          <p class="empty" data-testid="patients-empty">
            {query.trim() === "" ? <Text id="ui-patients-empty" /> : <Text id="ui-patients-no-match" />}
          </p>
        ) : (
          <table class="patient-table" data-testid="patient-table">
            <thead>
              <tr>
                <th scope="col">
                  <Text id="ui-patients-col-name" />
                </th>
                <th scope="col">
                  <Text id="ui-patients-col-dob" />
                </th>
                <th scope="col">
                  <Text id="ui-patients-col-updated" />
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} data-testid="patient-row">
                  <td>
                    <button type="button" class="link patient-open" data-id={p.id} onClick={() => props.onOpen(p.id)}>
                      {displayName(p) || l10n.format(staff, "ui-patients-unnamed")}
                    </button>
                    {p.sample && (
                      <span class="sample-badge" data-testid="sample-badge">
                        <Text id="ui-sample-badge" />
                      </span>
                    )}
                  </td>
                  <td>{p.dateOfBirth ?? "—"}</td>
                  <td>{new Date(p.updatedAt).toLocaleString(staff)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="card samples">
        <p class="hint">
          <Bi id="ui-patients-samples-hint" />
        </p>
        <div class="actions">
          <button type="button" data-testid="samples-load" disabled={busy} onClick={loadSamples}>
            <Text id="ui-patients-samples" />
          </button>
          {busy && (
            <span class="progress" role="status" data-testid="progress">
              <span class="spinner" aria-hidden="true" />
              <Text id="ui-working" />
            </span>
          )}
        </div>
      </section>
    </div>
  );
}
