import { describe, expect, it } from "vitest"
import { replyTextOf } from "./reply-text"

describe("replyTextOf", () => {
  it("keeps what the person wrote and drops the history Gmail, Outlook and Apple Mail quote under it", () => {
    const gmail = "Thanks, the new box arrived.\n\nOn Mon, 7 Dec 2026 at 10:02, Customer Portal <\nportal@wholesale.example> wrote:\n> We sent a new one."
    expect(replyTextOf(gmail)).toBe("Thanks, the new box arrived.")
    const outlook = "Yes please, credit it.\r\n\r\n________________________________\r\nFrom: Customer Portal <portal@wholesale.example>\r\nSent: Monday"
    expect(replyTextOf(outlook)).toBe("Yes please, credit it.")
    const marker = "Photo attached.\n\n— Reply above this line to answer —\nHello Thandi,"
    expect(replyTextOf(marker)).toBe("Photo attached.")
    expect(replyTextOf("Two cases were broken.\n\nSent from my iPhone")).toBe("Two cases were broken.")
  })

  it("drops quoted lines inside the reply but keeps the person's own lines around them", () => {
    expect(replyTextOf("> Which order?\nOrder 100195.\n> And the line?\nLine 2.")).toBe("Order 100195.\nLine 2.")
  })

  it("answers an empty string when the reply is only history", () => {
    expect(replyTextOf("> quoted\n> more")).toBe("")
  })
})
