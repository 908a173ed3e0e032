import type { Faq } from "../payload-types"

type FaqSeed = Pick<Faq, "question" | "answer" | "sortOrder"> & { category: "orders" | "invoices" | "account" | "support" }

export const FAQ_SEED: FaqSeed[] = [
  {
    category: "orders",
    sortOrder: 10,
    question: "Where is my order?",
    answer:
      "Open Orders and choose the order. Its Progress card shows each step from Pending to Delivered, with the expected delivery date.\n\nOnce it has shipped you will also see the carrier and a tracking link for the waybill.",
  },
  {
    category: "orders",
    sortOrder: 20,
    question: "Can I order the same products again?",
    answer:
      "Yes. On any order, under Order again, tick the lines you want and choose “Put these lines in a cart”: they go into a new cart at today's prices. Discontinued products are left out and we tell you which.",
  },
  {
    category: "invoices",
    sortOrder: 10,
    question: "How do I get a copy of an invoice?",
    answer: "Open Invoices, choose the invoice and download the PDF. You can download it as often as you need.",
  },
  {
    category: "invoices",
    sortOrder: 20,
    question: "How do I pay by EFT?",
    answer:
      "Pay into the bank account shown on the invoice and use the invoice number as your payment reference, so we can allocate your payment straight away.",
  },
  {
    category: "account",
    sortOrder: 10,
    question: "I forgot my password. What now?",
    answer: "Choose “Forgot your password?” on the sign-in page. We email you a link that lets you choose a new password; it works once, for 15 minutes.",
  },
  {
    category: "account",
    sortOrder: 20,
    question: "Can I sign in with my customer number?",
    answer: "Yes. Your customer number (for example C0001042) is on every invoice and statement, and it works wherever you can use your email address.",
  },
  {
    category: "support",
    sortOrder: 10,
    question: "Something is wrong with my delivery. Who do I contact?",
    answer: "Open the order in the portal and choose Report beside the line (or Report a problem for the whole order). Add a photo of the goods and the delivery note: we answer in the portal and by email.",
  },
]
