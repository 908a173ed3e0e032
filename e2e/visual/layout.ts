import type { Page } from "playwright-core"

/** What a customer would find odd about a page's layout, in words; empty when nothing is. */
export async function layoutProblems(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = []
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window)`)
    }
    // From 1280 px on every column fits: each table's last column ends inside the window and inside the box
    // that would otherwise scroll it out of sight.
    if (width >= 1280) {
      for (const table of document.querySelectorAll<HTMLTableElement>("main table")) {
        const lastHeading = table.querySelector("thead tr")?.lastElementChild
        if (!lastHeading) continue
        const right = lastHeading.getBoundingClientRect().right
        const box = table.parentElement!.getBoundingClientRect()
        const label = table.closest("[aria-label]")?.getAttribute("aria-label") ?? "a table"
        if (right > window.innerWidth + 1 || right > box.right + 1) {
          problems.push(`${label}: its last column "${lastHeading.textContent?.trim()}" ends at ${Math.round(right)} px, outside its ${Math.round(box.right)} px box`)
        }
      }
    }
    // Inputs look like inputs, buttons like buttons.
    const fields = [...document.querySelectorAll<HTMLElement>("main input:not([type=hidden], [type=checkbox], [type=radio]), main select, main textarea")]
    const buttons = [...document.querySelectorAll<HTMLElement>('main button[type="submit"]')]
    for (const field of fields) {
      const fieldBackground = getComputedStyle(field).backgroundColor
      const name = field.getAttribute("name") ?? field.tagName.toLowerCase()
      for (const button of buttons) {
        if (getComputedStyle(button).backgroundColor === fieldBackground) {
          problems.push(`the ${name} field has the same background as the "${button.textContent?.trim()}" button (${fieldBackground})`)
        }
      }
      if (getComputedStyle(field).borderTopStyle === "none") problems.push(`the ${name} field has no border`)
    }
    return problems
  }, width)
}
