/**
 * The editor's exchanges with the repository it pushes to (lib/editor/repo.ts): while the repository cannot be
 * reached (git's own words for it), each is tried again after a wait; after the last wait the save says so.
 */

/** The repository could not be reached (after waiting and trying again): nothing was saved. */
export class RepoUnreachableError extends Error {}

/** git's words when the other end cannot be reached, as opposed to a push refused because the branch moved. */
const UNREACHABLE =
  /could not read from remote|does not appear to be a git repository|unable to access|could not resolve host|connection (refused|timed out|reset)|no such file or directory|not found/i;
/** Waits before trying the repository again. */
const RETRY_WAITS_MS = [500, 1000, 2000];

/** An exchange with the repository, tried again after a wait while it cannot be reached. */
export async function reaching<T>(exchange: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await exchange();
    } catch (error) {
      const message = error instanceof Error ? error.message : "";
      if (!UNREACHABLE.test(message)) throw error;
      const wait = RETRY_WAITS_MS[attempt];
      if (wait === undefined) throw new RepoUnreachableError(message);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
