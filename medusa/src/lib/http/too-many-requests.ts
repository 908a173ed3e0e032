import { tryAgainAfter } from "../access/request-info"

/** A limit was reached: answered 429 with Retry-After and the time to try again (see portalErrorHandler). */
export class TooManyRequestsError extends Error {
  constructor(
    what: string,
    readonly retryAt: Date
  ) {
    super(`${what} ${tryAgainAfter(retryAt)}`)
    this.name = "TooManyRequestsError"
  }
}
