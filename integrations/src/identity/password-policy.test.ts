import { describe, expect, it } from "vitest"
import { passwordProblem } from "./password-policy.js"

describe("the password rules", () => {
  it("refuses short passwords with the rule in words", () => {
    expect(passwordProblem("Xy7#pQ2!")).toBe("Use at least 10 characters.")
  })

  it("refuses common passwords and easy patterns even when long enough", () => {
    for (const weak of ["password123", "qwertyuiop", "1234567890", "aaaaaaaaaaaa", "iloveyou123"]) {
      expect(passwordProblem(weak), weak).toMatch(/too common or too easy/)
    }
  })

  it("refuses a password built from the customer's own details", () => {
    expect(passwordProblem("C0001042C0001042", ["C0001042"])).toMatch(/too common/)
  })

  it("accepts a sentence a person can remember", () => {
    expect(passwordProblem("crates of lemons by friday")).toBeNull()
    expect(passwordProblem("Karoo-kitchen-orders-2026!")).toBeNull()
  })
})
