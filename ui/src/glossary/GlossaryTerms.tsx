// A free-text value with the glossary terms it contains marked; clicking one opens the glossary
// panel on that term. The text itself is shown in full, exactly as typed.
import { useEffect, useState } from "preact/hooks";
import type { TermInText } from "../bindings/TermInText";
import { glossaryFindInText } from "./ipc";
import { pieces } from "./logic";
import "./glossary.css";

/** Opens the glossary overlay on `query` (the overlay root listens for this event). */
export function openGlossary(query?: string): void {
  window.dispatchEvent(new CustomEvent("kakehashi:glossary", { detail: { query } }));
}

export function GlossaryTerms({ text }: { text: string }) {
  const [terms, setTerms] = useState<TermInText[]>([]);
  useEffect(() => {
    let live = true;
    if (text === "") {
      setTerms([]);
      return;
    }
    glossaryFindInText(text)
      .then((found) => live && setTerms(found))
      // Without recognition the text is still shown whole; marking is only a help.
      .catch(() => live && setTerms([]));
    return () => {
      live = false;
    };
  }, [text]);
  return (
    <span class="glossary-terms" data-testid="glossary-terms">
      {pieces(text, terms).map((p, i) =>
        p.term ? (
          <button type="button" key={i} class="glossary-term-link" data-concept={p.term.conceptId} onClick={() => openGlossary(p.text)}>
            {p.text}
          </button>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}
