import Head from "next/head";
import type { ReactNode } from "react";
import type { LoginView as LoginViewData } from "@/lib/editor/pages";
import { editorPaths } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";
import styles from "./Editor.module.css";
import formStyles from "./EditorForm.module.css";

const t = viEditor.web;

/** Every editor page: its title, a header, and its content; never indexed. */
export function EditorShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Head>
        <title>{`${title} · ${t.title}`}</title>
        <meta name="robots" content="noindex, nofollow" />
      </Head>
      <div className={`${styles.editor} ${formStyles.editor}`}>
        <header className="editor-header">
          <p className="editor-brand">{t.title}</p>
        </header>
        <main className="editor-main">{children}</main>
      </div>
    </>
  );
}

/** What the page has to say (a refusal, a result): read out at once by screen readers. */
export function Message({ text }: { text: string | null }) {
  return text ? (
    <p className="editor-message" role="alert">
      {text}
    </p>
  ) : null;
}

/**
 * The login, step by step: password, then the authenticator's code (or its enrolment). Plain forms, no script. The
 * browser's own checks are off (`noValidate`): their messages come in the browser's language; the server answers an
 * empty field in Vietnamese instead. `required` still tells screen readers which fields are needed.
 */
export function LoginView({ view }: { view: LoginViewData }) {
  if (view.step === "password")
    return (
      <EditorShell title={t.loginTitle}>
        <h1>{t.loginTitle}</h1>
        <Message text={view.message} />
        <form method="post" action={editorPaths.login} className="editor-form" noValidate>
          <input type="hidden" name="buoc" value="mat-khau" />
          <label htmlFor="ten">{t.loginField}</label>
          <input
            id="ten"
            name="ten"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            defaultValue={view.login}
          />
          <label htmlFor="mat-khau">{t.passwordField}</label>
          <input id="mat-khau" name="mat-khau" type="password" autoComplete="current-password" required />
          <button type="submit">{t.loginButton}</button>
        </form>
      </EditorShell>
    );
  const enrol = view.step === "enrol";
  return (
    <EditorShell title={enrol ? t.enrolTitle : t.codeTitle}>
      <h1>{enrol ? t.enrolTitle : t.codeTitle}</h1>
      <Message text={view.message} />
      {enrol ? (
        <>
          <p>{t.enrolHelp}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: image made on the server, not a file */}
          <img src={view.qr} alt={t.enrolQr} width={240} height={240} className="editor-qr" />
          <p>
            {t.enrolKey}: <code className="editor-secret">{view.secret.match(/.{1,4}/g)!.join(" ")}</code>
          </p>
          <p>
            <a href={view.uri}>{t.enrolLink}</a>
          </p>
        </>
      ) : (
        <p>{t.codeHelp}</p>
      )}
      <form method="post" action={editorPaths.login} className="editor-form" noValidate>
        <input type="hidden" name="buoc" value="ma" />
        <label htmlFor="ma">{t.codeField}</label>
        <input
          id="ma"
          name="ma"
          inputMode="numeric"
          pattern="[0-9]{6}"
          maxLength={6}
          autoComplete="one-time-code"
          required
        />
        <button type="submit">{t.codeButton}</button>
      </form>
    </EditorShell>
  );
}

/** A refusal (forbidden origin, a bad form), with its status set by the page. */
export function EditorMessageView({ message }: { message: string }) {
  return (
    <EditorShell title={t.title}>
      <Message text={message} />
      <p>
        <a href={editorPaths.login}>{t.loginTitle}</a>
      </p>
    </EditorShell>
  );
}
