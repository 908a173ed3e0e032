import type { Faq } from "../payload-types"

type FaqSeed = Pick<Faq, "question" | "answer" | "category" | "sortOrder">

export const FAQ_SEED: FaqSeed[] = [
  {
    category: "orders",
    sortOrder: 10,
    question: "Where is my order?",
    answer:
      "Open Orders and choose the order. Its timeline shows each step from Pending to Delivered, with the expected delivery date.\n\nOnce it has shipped you will also see the carrier and a tracking link for the waybill.",
  },
  {
    category: "orders",
    sortOrder: 20,
    question: "Can I order the same products again?",
    answer:
      "Yes. On any order choose Reorder to put the whole order, or the lines you pick, into a new cart at today's prices. Discontinued products are left out and we tell you which.",
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
    answer: "Choose “Forgot your password?” on the sign-in page. We email you a link that lets you choose a new password; it works once, for one hour.",
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
    answer: "Open a support ticket from the Support page and attach a photo if it helps. Our team answers within one working day.",
  },
]
