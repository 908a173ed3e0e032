import { TICKET_CATEGORY_LABEL, TICKET_STATUS_STAFF_LABEL } from "@portal/integrations/support"
import { describe, expect, it } from "vitest"
import { CATEGORY_LABEL, STATUS_LABEL, ageColor } from "./support"

describe("the admin's support words", () => {
  it("say what the portal says", () => {
    expect(CATEGORY_LABEL).toEqual(TICKET_CATEGORY_LABEL)
    expect(STATUS_LABEL).toEqual(TICKET_STATUS_STAFF_LABEL)
  })

  it("colour a wait against the response target", () => {
    expect([ageColor(0.5, 4), ageColor(2, 4), ageColor(4, 4), ageColor(null, 4)]).toEqual(["green", "orange", "red", "grey"])
  })
})
