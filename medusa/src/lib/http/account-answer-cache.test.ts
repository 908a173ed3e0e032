import { describe, expect, it } from "vitest"
import { parseAccountChanges } from "../live/account-changes"
import { AccountAnswerCache } from "./account-answer-cache"

const person = (customerId: string, overrides: Partial<{ membershipId: string; role: "admin" | "buyer" | "accounts" | "viewer"; locationIds: string[] | null }> = {}) => ({
  customerId,
  membershipId: `${customerId}-admin`,
  role: "admin" as const,
  locationIds: null,
  ...overrides,
})

describe("the account answer cache", () => {
  it("keeps an answer per person and URL, and never hands one person's answer to another", () => {
    const cache = new AccountAnswerCache({ maxBytes: 1_000_000, ttlMs: 60_000 })
    const admin = person("cus_a")
    cache.store(cache.ticket(admin, "/store/portal/orders?limit=20"), '{"orders":[1]}')
    expect(cache.get(cache.ticket(admin, "/store/portal/orders?limit=20"))).toBe('{"orders":[1]}')
    expect(cache.get(cache.ticket(admin, "/store/portal/orders?limit=10"))).toBeUndefined()
    // Another account, another person of the account, another role or other locations: each asks afresh.
    expect(cache.get(cache.ticket(person("cus_b"), "/store/portal/orders?limit=20"))).toBeUndefined()
    expect(cache.get(cache.ticket(person("cus_a", { membershipId: "cus_a-buyer" }), "/store/portal/orders?limit=20"))).toBeUndefined()
    expect(cache.get(cache.ticket(person("cus_a", { role: "viewer" }), "/store/portal/orders?limit=20"))).toBeUndefined()
    expect(cache.get(cache.ticket(person("cus_a", { locationIds: ["addr_1"] }), "/store/portal/orders?limit=20"))).toBeUndefined()
  })

  it("drops an account's answers when it changes, and only that account's", () => {
    const cache = new AccountAnswerCache({ maxBytes: 1_000_000, ttlMs: 60_000 })
    cache.store(cache.ticket(person("cus_a"), "/x"), "a")
    cache.store(cache.ticket(person("cus_b"), "/x"), "b")
    cache.drop({ customers: ["cus_a"] })
    expect(cache.get(cache.ticket(person("cus_a"), "/x"))).toBeUndefined()
    expect(cache.get(cache.ticket(person("cus_b"), "/x"))).toBe("b")
    cache.store(cache.ticket(person("cus_a"), "/x"), "a2")
    expect(cache.get(cache.ticket(person("cus_a"), "/x"))).toBe("a2")
    cache.drop({ all: true })
    expect(cache.get(cache.ticket(person("cus_a"), "/x"))).toBeUndefined()
    expect(cache.get(cache.ticket(person("cus_b"), "/x"))).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it("does not keep an answer read while its account changed (the change would be lost until the answer expired)", () => {
    const cache = new AccountAnswerCache({ maxBytes: 1_000_000, ttlMs: 60_000 })
    const readStarted = cache.ticket(person("cus_a"), "/store/portal/dashboard")
    cache.drop({ customers: ["cus_a"] })
    cache.store(readStarted, "read before the change")
    expect(cache.get(cache.ticket(person("cus_a"), "/store/portal/dashboard"))).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it("holds no more than its size, forgetting the least recently used, and forgets answers after their time", async () => {
    const cache = new AccountAnswerCache({ maxBytes: 2_000, ttlMs: 60_000 })
    for (let i = 0; i < 50; i += 1) cache.store(cache.ticket(person(`cus_${i}`), "/x"), "y".repeat(100))
    expect(cache.size).toBeLessThan(20)
    expect(cache.get(cache.ticket(person("cus_49"), "/x"))).toBe("y".repeat(100))
    expect(cache.get(cache.ticket(person("cus_0"), "/x"))).toBeUndefined()

    const brief = new AccountAnswerCache({ maxBytes: 2_000, ttlMs: 30 })
    brief.store(brief.ticket(person("cus_a"), "/x"), "a")
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(brief.get(brief.ticket(person("cus_a"), "/x"))).toBeUndefined()
  })

  it("reads only well-formed change notices", () => {
    expect(parseAccountChanges('{"customers":["cus_a","cus_b"]}')).toEqual({ customers: ["cus_a", "cus_b"] })
    expect(parseAccountChanges('{"all":true}')).toEqual({ all: true })
    for (const wrong of [undefined, "", "not json", '{"customers":[1]}', '{"all":"yes"}', "[]", "null"]) expect(parseAccountChanges(wrong)).toBeNull()
  })
})
