/**
 * The text of a caught value, for messages shown to people and printed by scripts.
 *
 * `catch` binds `unknown`: usually an `Error`, but a rejected promise, a worker or a library may throw a string or
 * any other value. Every layer needs the same answer, so it is written once here.
 */

/** The message of an `Error` (its `message`, without the name or stack), else the value as `String` writes it. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
