import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core"
import * as common from "@zxcvbn-ts/language-common"

export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 200

/** The rules in words, shown beside every password field. */
export const PASSWORD_RULES =
  `At least ${PASSWORD_MIN_LENGTH} characters, and not a common password or an easy pattern (like "password123" or "qwertyuiop"). ` +
  "A short sentence of your own is easy to remember and hard to guess."

let configured = false

/**
 * Why a password would be refused, or null when it is acceptable: long enough, and not guessable from the
 * lists of leaked and common passwords, keyboard patterns, repeats and sequences (zxcvbn's score of 3 or more).
 * `context` holds words that must not carry the password (the customer's number, name, email).
 */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`
  if (!configured) {
    zxcvbnOptions.setOptions({ dictionary: common.dictionary, graphs: common.adjacencyGraphs })
    configured = true
  }
  const result = zxcvbn(password, context.filter(Boolean))
  if (result.score >= 3) return null
  return "This password is too common or too easy to guess. Try a short sentence of your own, or add unrelated words."
}
