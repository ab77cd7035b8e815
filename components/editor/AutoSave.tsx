import { useEffect, useRef, useState } from "react";
import { AUTOSAVE_PATH } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";

const t = viEditor.autosave;

/** Kept in the browser every few seconds; sent to the server every minute, and said "still here" every 30 seconds. */
const LOCAL_MS = 5_000;
const SERVER_MS = 60_000;
const PRESENCE_MS = 30_000;
/** The page's own fields, not what is typed. */
const BOOKKEEPING = new Set(["buoc", "tep", "loai", "phien-ban"]);

interface Kept {
  version: string;
  fields: Record<string, string>;
  at: number;
}

/** The form's typed fields (files are not kept). */
function fieldsOf(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new FormData(form))
    if (typeof value === "string" && !BOOKKEEPING.has(name)) fields[name] = value;
  return fields;
}

/** Put kept fields back into the form, with the version they were typed over (so a later change is a conflict). */
function fillForm(form: HTMLFormElement, kept: Kept) {
  for (const element of Array.from(form.elements)) {
    if (
      !(element instanceof HTMLInputElement) &&
      !(element instanceof HTMLTextAreaElement) &&
      !(element instanceof HTMLSelectElement)
    )
      continue;
    if (element.type === "file" || !element.name || BOOKKEEPING.has(element.name)) continue;
    if (element instanceof HTMLInputElement && element.type === "checkbox")
      element.checked = kept.fields[element.name] === element.value;
    else if (element.name in kept.fields) element.value = kept.fields[element.name]!;
    // Those who show the field otherwise (the visual editor of the body) follow it.
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }
  const version = form.elements.namedItem("phien-ban");
  if (version instanceof HTMLInputElement && kept.version) version.value = kept.version;
}

const clock = (time: number) => new Date(time).toLocaleTimeString("vi-VN", { hour12: false });
const same = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * What is typed in the edit form is never lost: kept in the browser every few seconds (offered back after a closed
 * tab, a lost connection or an ended session) and on the server every minute (offered back by the edit page from any
 * browser). Also says who else has the piece open. Without script the form works as before.
 */
export function AutoSave({
  formId,
  storageKey,
  others: othersAtFirst,
  posted,
}: {
  formId: string;
  storageKey: string;
  others: string[];
  /** The form is what was just posted: it replaces what the browser kept, with nothing to offer. */
  posted: boolean;
}) {
  const [offer, setOffer] = useState<Kept | null>(null);
  const [status, setStatus] = useState("");
  const [others, setOthers] = useState(othersAtFirst);
  const lastLocal = useRef<string>("");
  const lastServer = useRef<string>("");

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const key = `tu-luu:${storageKey}`;
    const params = new URLSearchParams(window.location.search);
    // The page after a save: what was kept is in the repository now (a new piece's too, kept under its kind's key).
    if (["da-luu", "khong-doi", "khoi-phuc"].some((name) => params.has(name))) {
      localStorage.removeItem(key);
      const kind = (form.elements.namedItem("loai") as HTMLInputElement | null)?.value;
      if (kind) localStorage.removeItem(`tu-luu:moi:${kind}`);
    }
    const opened = fieldsOf(form);
    lastLocal.current = lastServer.current = JSON.stringify(opened);
    const version = () => (form.elements.namedItem("phien-ban") as HTMLInputElement | null)?.value ?? "";
    if (posted)
      localStorage.setItem(key, JSON.stringify({ version: version(), fields: opened, at: Date.now() }));
    else
      try {
        const kept = JSON.parse(localStorage.getItem(key) ?? "null") as Kept | null;
        // The browser's storage exists only after hydration: read here, once, as the server cannot.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        if (kept && !same(kept.fields, opened)) setOffer(kept);
      } catch {
        localStorage.removeItem(key);
      }
    const keepLocal = () => {
      const fields = fieldsOf(form);
      const text = JSON.stringify(fields);
      if (text === lastLocal.current) return;
      lastLocal.current = text;
      const at = Date.now();
      try {
        localStorage.setItem(key, JSON.stringify({ version: version(), fields, at } satisfies Kept));
        setStatus(t.keptLocal(clock(at)));
      } catch {
        // Storage full or refused: the server's copy remains.
      }
    };
    const bodyOf = (fields: Record<string, string>, presenceOnly: boolean) =>
      new URLSearchParams({
        ...fields,
        tep: (form.elements.namedItem("tep") as HTMLInputElement | null)?.value ?? "",
        loai: (form.elements.namedItem("loai") as HTMLInputElement | null)?.value ?? "",
        "phien-ban": version(),
        ...(presenceOnly ? { "chi-bao": "1" } : {}),
      });
    const send = async (presenceOnly: boolean) => {
      const fields = fieldsOf(form);
      const text = JSON.stringify(fields);
      const changed = text !== lastServer.current;
      if (presenceOnly && changed) return;
      if (!presenceOnly && !changed) return send(true);
      try {
        const response = await fetch(AUTOSAVE_PATH, {
          method: "POST",
          body: bodyOf(fields, presenceOnly),
          credentials: "same-origin",
        });
        if (response.status === 401) return setStatus(t.expired);
        if (!response.ok) return setStatus(t.offline);
        const answer = (await response.json()) as { at: string; others: string[] };
        setOthers(answer.others);
        if (!presenceOnly) {
          lastServer.current = text;
          setStatus(t.keptServer(clock(Date.parse(answer.at))));
        }
      } catch {
        setStatus(t.offline);
      }
    };
    // Leaving the page (a closed tab, a phone putting the browser away, a button's post): kept here and, when it
    // changed, sent to the server as the page goes.
    let submitted = false;
    // A button's post saves the form itself: kept here only (the server's copy is dropped by the save).
    const submitting = (event: SubmitEvent) => {
      // Xem trước opens in another tab: this page stays.
      if ((event.submitter as HTMLButtonElement | null)?.formTarget === "_blank") return;
      submitted = true;
      keepLocal();
    };
    const leaving = () => {
      keepLocal();
      if (submitted) return;
      const fields = fieldsOf(form);
      const text = JSON.stringify(fields);
      if (text === lastServer.current) return;
      if (navigator.sendBeacon(AUTOSAVE_PATH, bodyOf(fields, false))) lastServer.current = text;
    };
    const timers = [
      window.setInterval(keepLocal, LOCAL_MS),
      window.setInterval(() => void send(false), SERVER_MS),
      window.setInterval(() => void send(true), PRESENCE_MS),
    ];
    const hidden = () => {
      if (document.visibilityState === "hidden") leaving();
    };
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", leaving);
    form.addEventListener("submit", submitting);
    return () => {
      form.removeEventListener("submit", submitting);
      timers.forEach((timer) => window.clearInterval(timer));
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", leaving);
    };
  }, [formId, storageKey, posted]);

  const form = () => document.getElementById(formId) as HTMLFormElement;
  return (
    <>
      {others.length > 0 && (
        <p className="editor-message editor-others" role="status">
          {t.others(others.join(", "))}
        </p>
      )}
      {offer && (
        <div className="editor-offer" role="alert">
          <p>{t.offerLocal(new Date(offer.at).toLocaleString("vi-VN", { hour12: false }))}</p>
          <button
            type="button"
            onClick={() => {
              fillForm(form(), offer);
              setOffer(null);
              setStatus(t.restored);
            }}
          >
            {t.restoreLocal}
          </button>{" "}
          <button
            type="button"
            onClick={() => {
              localStorage.removeItem(`tu-luu:${storageKey}`);
              setOffer(null);
            }}
          >
            {t.dismissLocal}
          </button>
        </div>
      )}
      <p className="editor-help editor-autosave" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
