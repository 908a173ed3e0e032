import { describe, expect, it } from "vitest"
import { AdmissionGate } from "./sign-in-admission"

describe("the sign-in admission gate", () => {
  it("lets a fixed number in, queues a bounded number, and refuses the rest at once", async () => {
    const gate = new AdmissionGate(2, 1)
    const first = await gate.enter()
    const second = await gate.enter()
    expect(first).toBeTypeOf("function")
    expect(second).toBeTypeOf("function")
    let thirdIn = false
    const third = gate.enter().then((release) => {
      thirdIn = true
      return release
    })
    expect(gate.waiting).toBe(1)
    expect(await gate.enter()).toBeNull()
    await Promise.resolve()
    expect(thirdIn).toBe(false)

    first!()
    first!() // a second release of the same place frees nothing more
    const releaseThird = await third
    expect(thirdIn).toBe(true)
    expect(gate.waiting).toBe(0)
    // Still two inside (the second and the third): the next one waits again rather than getting in.
    let fourthIn = false
    void gate.enter().then(() => (fourthIn = true))
    await Promise.resolve()
    expect(fourthIn).toBe(false)
    releaseThird!()
    await Promise.resolve()
    expect(fourthIn).toBe(true)
  })
})
