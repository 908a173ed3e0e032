import type { HelpPage } from "@portal/integrations/help"

/** One seeded help article: its body in Markdown (converted to the editor's rich text by the seed). */
export interface HelpArticleSeed {
  slug: string
  title: string
  /** A help category's slug (the categories come with the CMS's migrations). */
  category: "orders" | "invoices" | "account" | "support"
  summary: string
  pages: HelpPage[]
  related: string[]
  keywords: string
  markdown: string
}

/**
 * The help centre's first articles, written for this portal and checked against what it does (the pages' own
 * labels, the roles, the time limits). Editors change them in the CMS; the seed only writes them on a first start.
 */
export const HELP_ARTICLE_SEED: HelpArticleSeed[] = [
  {
    slug: "order-statuses",
    title: "What each order status means",
    category: "orders",
    summary: "The statuses you see on your orders, from Pending to Delivered, and what On hold, Cancelled and Draft mean.",
    pages: ["orders", "order", "dashboard", "order-on-hold"],
    related: ["tracking-your-delivery", "orders-on-hold", "finding-an-order"],
    keywords: "order status, progress, stage, pending, confirmed, processing, packing, shipped, delivered, cancelled, draft, recalled, WEB reference",
    markdown: `## The four stages

Every order page has a **Progress** card with four stages: **Pending**, **Processing**, **Shipped** and **Delivered**, each with the time it was reached. Below the stages you see every status change, newest last, with its time and any note from our team. Times are in South African time (Johannesburg).

## The statuses you may see

- **Pending**: we have received the order and have not confirmed it yet.
- **Confirmed**: we have accepted the order. It counts as the Processing stage, and its invoice can appear from now on.
- **Processing**: the order is being prepared in our warehouse.
- **Packing**: the order is being packed for delivery (still the Processing stage).
- **Shipped**: the order has left our warehouse. The **Delivery** card shows the carrier and waybill.
- **Delivered**: the order has arrived. Where the carrier recorded who signed for it, their name is shown.
- **On hold**: we have paused the order. The progress line stays at the stage the order had reached. See the article on orders on hold.
- **Cancelled**: the order will not be delivered. Cancelled orders stay visible for 90 days after cancellation.
- **Draft**: an order started in our order system but not placed. Drafts are shown for 7 days.

## When an order moves backwards

If a shipment is called back to our warehouse, the order goes from **Shipped** back to **Processing**, and the progress line shows it that way. You get a notification that the shipment was called back, and we tell you again when it leaves.

## Orders you submitted in the portal

An order you place with **Order again** is not in our order system straight away. Until our team enters it, it appears on the **Orders** page under **Submitted, waiting to be confirmed** with a reference such as WEB-1042. After that it gets an ordinary order number and the statuses above. The order page says it was placed in the portal and shows the WEB reference.`,
  },
  {
    slug: "tracking-your-delivery",
    title: "Tracking your delivery",
    category: "orders",
    summary: "Where to find the carrier, waybill number, tracking link and expected delivery date of an order, and what Late means.",
    pages: ["order", "orders", "dashboard"],
    related: ["order-statuses", "orders-on-hold", "notification-settings"],
    keywords: "track, tracking number, waybill, courier, carrier, ETA, delivery date, expected delivery, late, proof of delivery, POD, The Courier Guy, DSV, RAM",
    markdown: `## Where to look

Open **Orders** and choose the order, or use **Track my current orders** on the dashboard. The order's **Delivery** card shows the delivery address, the date we promised and, once the order has shipped, each shipment with:

- the carrier and its **waybill** number;
- when it shipped and, once delivered, when it arrived and who signed for it.

An order can go out in more than one shipment; each one is listed. The **Lines** card shows how much of each line has shipped and how much is back-ordered.

## Tracking links

When the carrier has a public tracking page, the waybill number is a link that opens the carrier's site in a new tab. We use The Courier Guy, DSV and RAM Hand-to-Hand Couriers. Deliveries on our own vehicles say "Our own delivery vehicle (no tracking number)": there is nothing to track online. If a waybill has not been issued yet, it says "to follow".

## Expected delivery date

The **Orders** list has an **Expected delivery** column. Before shipping it shows the date we promised (or "Not promised yet"). Once a carrier gives an estimate, that date is shown with "(carrier)" after it. On the order page you see both: "Promised for …; the carrier expects …".

## When an order is late

An order is marked **Late** when it has not been delivered by the expected date (the carrier's estimate if there is one, otherwise our promised date). The order page then says so plainly. We also send a "running late" notification, once per order and promised date, when the promised date passes or the carrier expects the order after it. The shipped notification includes the carrier, the waybill and the tracking link; the delivered one says when it arrived and, where recorded, who signed for it. If a late order is urgent, contact our sales office by phone or email.`,
  },
  {
    slug: "orders-on-hold",
    title: "Why is my order on hold?",
    category: "orders",
    summary: "What it means when an order is on hold, where to see the reason, and what you can do to get it moving again.",
    pages: ["order-on-hold", "order", "orders", "dashboard"],
    related: ["order-statuses", "overdue-invoices", "support-tickets"],
    keywords: "on hold, held order, paused, stuck, blocked, credit check, released, moving again, delayed",
    markdown: `## What on hold means

**On hold** means our team has paused the order in our order system. While it is on hold, it does not move on to the next stage. The order is not cancelled: when the hold is lifted, it moves on again.

On the order page the **Progress** card says "On hold since" with the date and time, and the progress line stays at the stage the order had reached. The dashboard shows how many of your orders are on hold, and the **Active** filter on the **Orders** page includes them.

## Why orders are held

The portal does not have a fixed list of reasons. When our team records a note with the hold, it appears beside the **On hold** entry in the order's status history, for example a credit check. If there is no note, please ask us.

If the note is about credit or payment, people with the Admin or Accounts role can check **Invoices**. The **Account summary** there shows your balance, overdue amount, credit limit and available credit.

## What happens next

- People who receive order updates get an "Order … is on hold" notification when the hold starts.
- When the order is released they get "Order … is moving again", and the order page and lists update by themselves.
- The **Late** notice and the running-late notification still apply if the promised date passes.

## What you can do

- Read the note in the order's status history.
- If you have overdue invoices, pay them by EFT with the invoice number as the payment reference.
- If you need the order sooner or do not know why it is held, choose **Report a problem** on the order's page and ask us: the question is about that order, and we answer in the portal and by email.`,
  },
  {
    slug: "reordering",
    title: "Ordering again from a past order",
    category: "orders",
    summary: "Put a whole past order, or the lines you choose, into a cart at today's prices, review it and submit it to our team.",
    pages: ["order", "cart", "orders", "dashboard"],
    related: ["order-statuses", "finding-an-order", "team-and-roles"],
    keywords: "reorder, repeat order, order again, same order, cart, discontinued, unavailable product, PO number, delivery notes, WEB reference, prices",
    markdown: `## Start from an order

Open the order under **Orders** and scroll to **Order again**, or use **Reorder my last order** on the dashboard. Every line is ticked; untick what you do not want this time and choose **Put these lines in a cart**. Nothing is ordered yet.

You need the Admin or Buyer role to order again. A person limited to some delivery addresses can reorder only orders delivered to those addresses.

## Review your order

The **Cart** page (**Review your order**) lists the lines with today's unit prices, the subtotal, VAT and total. Prices from the original order are not copied. To change a quantity, type it and choose **Update**; a quantity of 0 removes the line.

Some lines may be under **Not in this cart**, with the reason:

- "This product has been discontinued."
- "This product is no longer in our catalogue."
- "This product cannot be ordered through the portal; please call us."

If none of the chosen lines can be ordered, no cart is made and the page tells you why.

## Submit

The order goes to the same delivery address as the original order, which the page shows. Add **Your PO reference (optional)** and **Notes for delivery (optional)** if you like, then choose **Submit this order**.

## What happens next

Your order gets a reference such as WEB-1042 and appears on the **Orders** page under **Submitted, waiting to be confirmed**. Our team enters it in our order system, usually within one working day. It then shows as a normal order with its own order number and the WEB reference, and you follow it like any other order. If the cart page says your cart has expired, start again from the order.`,
  },
  {
    slug: "finding-an-order",
    title: "Finding an order, downloading and printing it",
    category: "orders",
    summary: "Search your order history by number, PO reference or product, filter by status and date, and download or print an order.",
    pages: ["orders", "order", "dashboard"],
    related: ["order-statuses", "reordering", "invoices-and-credit-notes"],
    keywords: "order history, search orders, find order, PO number, purchase order, SKU, filter, old orders, order confirmation, PDF, print, download",
    markdown: `## How far back you can see

The **Orders** page lists every order of the last 24 months, newest first, 20 to a page. Cancelled orders stay for 90 days after they were cancelled, and drafts for 7 days. Invoices are kept longer: see **Invoices** for older documents.

If you are limited to some of the company's delivery addresses, you see only the orders delivered there.

## Search and filters

Under **Find an order** you can combine:

- **Order number, PO reference or product**: an order number, your PO reference, a SKU or words from a product description.
- **Status**: **All**, **Active** (orders on their way, including those on hold), **Delivered**, **Cancelled** or **Drafts**.
- **From** and **To**: order dates, in South African time.
- **Sort by** **Date** or **Total**, and **Order**: **Newest or largest first** or **Oldest or smallest first**.

Choose **Show orders**. **Clear filters** goes back to the full list. The filters are part of the page address, so you can bookmark a search or send it to a colleague who has access to the account.

The list shows each order's date, PO reference, status, expected delivery, a **Late** badge where needed, and the total in rand.

## Download or print an order

Open the order. At the top:

- **Download confirmation (PDF)** saves the order confirmation. Each copy is marked with your customer number, name and the time of the download.
- **Print this order** opens your browser's print window. The printout leaves out the menus and buttons.

To find the invoice for an order, type the order number in the search field on the **Invoices** page.`,
  },
  {
    slug: "invoices-and-credit-notes",
    title: "Invoices and credit notes",
    category: "invoices",
    summary: "Find any invoice or credit note, see what is paid and still to pay, download the PDF, and see how credit notes reduce an invoice.",
    pages: ["invoices", "invoice", "dashboard"],
    related: ["paying-by-eft", "statements-and-aging", "overdue-invoices"],
    keywords: "invoice, tax invoice, credit note, CRN, INV, copy of invoice, PDF, download invoice, paid, pending, overdue, void, refund, credit",
    markdown: `## Finding an invoice

Open **Invoices**. It lists every invoice and credit note on your account, with no 24-month limit. Under **Find an invoice** you can filter by:

- **Invoice or order number**;
- **Status**: **All**, **Not paid yet**, **Overdue**, **Pending** or **Paid**;
- **Type**: **Invoices and credit notes**, **Invoices** or **Credit notes**;
- **From** and **To** dates.

Void documents are hidden unless you tick **Show void documents**; they never count towards what you owe. Below the list you see the totals invoiced, credited and still to pay for what is listed.

An invoice is **Paid** when nothing is left to pay, **Pending** when money is owed but the due date has not passed, and **Overdue** when money is owed after the due date. Where part has been paid, the list shows what is still to pay.

## The invoice page

Choose an invoice number to see its lines, VAT, totals, invoice and due dates, and the order it belongs to. **Payments and credit notes** lists every payment and credit note set against it. While money is owed, **How to pay** shows our bank details and the payment reference.

**Download PDF** gives you the tax invoice as often as you need it. Each copy is marked with your customer number, name and the time of the download.

## How credit notes work

A credit note reduces what you owe. When it is against an invoice, the two are linked both ways: the credit note's page shows **Credits invoice** with the invoice number, and the invoice lists the credit note. The invoice's **Still to pay** is the total minus payments and credits.

A credit note that is not set against an invoice stays on your account as a credit. It counts on your statement under unallocated payments and credits.

The Invoices page is available to the Admin, Accounts and Viewer roles.`,
  },
  {
    slug: "statements-and-aging",
    title: "Statements and aging",
    category: "invoices",
    summary: "Your monthly statement by email and in the portal, a statement for any period, and how the aging buckets show what is overdue.",
    pages: ["statements", "invoices", "dashboard"],
    related: ["invoices-and-credit-notes", "paying-by-eft", "overdue-invoices"],
    keywords: "statement, monthly statement, account statement, balance, opening balance, closing balance, aging, ageing, age analysis, 30 days, 60 days, 90 days, CSV",
    markdown: `## Your monthly statement

Early on the 1st of each month (from about 06:00) we make last month's statement for every account that had a movement during the month or has a balance. We email it, with the statement PDF attached, to the email address we hold for your account. The email is called, for example, "Your statement for October 2026".

Every monthly statement is also kept in the portal. Open **Invoices** and then the **Statements** tab: **Monthly statements** lists each month as a PDF with its closing balance and the date it was emailed. People with the Admin or Accounts role also get a "statement is ready" notification.

## A statement for any period

Under **Statement for a period**, choose **From** and **To** (up to five years; this year so far by default) and **Show statement**. You see:

- the opening balance;
- every invoice, credit note, payment and reversed payment in date order, with debit, credit and a running balance;
- the closing balance.

**Download PDF** and **Download CSV** save the same statement. Void documents never count, so the closing balance matches our records.

## The aging buckets

Under the statement, **Aging on** the last day of the period splits what you owe by how long each invoice has been past its due date:

- **Current**: not yet due;
- **1–30 days**, **31–60 days**, **61–90 days** and **Over 90 days** past the due date;
- **Unallocated payments and credits**: payments and credit notes not yet set against an invoice, usually shown as a minus amount.

The buckets add up to the closing balance. Anything outside **Current** is overdue: see the article on overdue invoices.

Statements are available to the Admin and Accounts roles.`,
  },
  {
    slug: "paying-by-eft",
    title: "Paying by EFT and seeing your payments",
    category: "invoices",
    summary: "How to pay an invoice by EFT, which payment reference to use, how we allocate payments, and what the Payments page shows.",
    pages: ["invoice", "invoices", "payments", "invoice-overdue"],
    related: ["invoices-and-credit-notes", "overdue-invoices", "statements-and-aging"],
    keywords: "pay, payment, EFT, bank transfer, bank details, reference, allocate, allocation, proof of payment, on account, unallocated, reversal, bounced, remittance",
    markdown: `## How to pay

Open the invoice under **Invoices**. While money is owed, the **How to pay** card shows the amount still to pay, our bank account (account name, bank, account number and branch code) and the payment reference. The invoice PDF has the same details.

Use the **invoice number** (for example INV…) as your payment reference, so the payment is matched to that invoice. Where we offer online payment, a pay button also appears on the invoice page.

## How payments are allocated

Our accounts team records each payment in our order system and sets it against the invoices it pays. The portal shows what they recorded. Payments can take a day or two to show after you pay.

- One payment can pay several invoices, or part of one.
- Money that is not set against an invoice stays **On account (unallocated)**, ready for your next invoices.
- A bounced or reversed payment shows as a reversal, linked to the payment it reverses, and the invoice is owed again.

People with the Admin or Accounts role get a "Payment received" notification that says which invoices the payment paid.

## The Payments page

Open **Invoices** and then the **Payments** tab. It lists every payment we received, newest first, with date, method, reference, amount, the invoices it paid (each a link) and a note such as an amount on account or a reversal.

The **Account summary** on the **Invoices** page shows your balance, overdue amount, credit limit, available credit, money on account and last payment.

The Payments page and the account summary are available to the Admin and Accounts roles.`,
  },
  {
    slug: "overdue-invoices",
    title: "Overdue invoices and payment reminders",
    category: "invoices",
    summary: "When an invoice becomes overdue, which reminders we send, and what to do if you have paid or cannot pay yet.",
    pages: ["invoice-overdue", "invoices", "invoice", "dashboard", "statements"],
    related: ["paying-by-eft", "statements-and-aging", "notification-settings"],
    keywords: "overdue, late payment, past due, due date, reminder, arrears, outstanding, owing, payment terms, already paid",
    markdown: `## What overdue means

An invoice is **Overdue** when its due date has passed (South African time) and part of it is still unpaid after payments and credit notes. Each invoice shows its due date on the **Invoices** list and on its own page.

To see only overdue invoices, choose **Overdue** under **Status** on the **Invoices** page. When you have any, the dashboard's quick actions show **Pay my overdue invoices** with the number of invoices and the total. The **Account summary** shows the overdue amount, and the aging on your statement shows how long amounts have been overdue.

## The reminders we send

People with the Admin or Accounts role get two reminders for each unpaid invoice:

- a reminder in the last three days before the due date ("Invoice … is due on …");
- one notice once the invoice is overdue ("Invoice … is overdue").

Both appear under the bell and, depending on each person's choices on the **Profile** page, by email at once or in the daily email. Both are in the **Invoices** group of notifications. There is no repeated chasing after that in the portal; the overdue amount stays on your statement.

## What to do

- Open the invoice and pay the amount under **How to pay** by EFT, with the invoice number as the payment reference.
- If you have already paid: thank you. Payments can take a day or two to show. Check the **Payments** tab to see whether it has arrived and which invoice it was set against.
- If a payment was set against the wrong invoice, an amount is in dispute or you need more time, contact our accounts team by phone or email and quote the invoice number.`,
  },
  {
    slug: "accounting-exports",
    title: "Exporting to Xero, QuickBooks or UBL",
    category: "invoices",
    summary: "Download your invoices, credit notes and payments for a period in a file Xero, QuickBooks Online or UBL e-invoicing software can import.",
    pages: ["exports", "invoices", "payments"],
    related: ["invoices-and-credit-notes", "paying-by-eft", "statements-and-aging"],
    keywords: "export, Xero, QuickBooks, QBO, accounting software, bills, supplier credits, bank statement, CSV, UBL, e-invoice, XML, import, account code, bookkeeping",
    markdown: `## Making an export

Open **Invoices** and then the **Export for accounting** tab. Choose a **Format**, the **From** and **To** dates (up to five years; this month so far by default) and, if you like, an **Expense account code (optional)** from your own chart of accounts (300 if you leave it empty). Choose **Export**: a progress bar shows the rows or documents as they download, and the file is saved.

Because you bought from us, the files are set up as purchases: invoices become **bills**, credit notes **supplier credits**, and payments **money out** of your bank account. Amounts are in rand; CSV dates are day/month/year.

## Xero

- **Xero: bills and credit notes (CSV)**: Xero's bill import layout, one row per invoice line. Import it where Xero imports bills (Purchases › Bills › Import). Credit notes come in the same file with negative amounts, and VAT matches our invoices to the cent.
- **Xero: payments as a bank statement (CSV)**: Xero does not import payments directly. Import this file as a bank statement (Accounting › Bank accounts › Import a statement) and match the lines to your bills.

## QuickBooks Online

- **QuickBooks Online: bills (CSV)**: invoices only, for the bill import (Import data › Bills).
- **QuickBooks Online: supplier credits (CSV)**: QuickBooks has no built-in import for supplier credits; use an import tool such as SaasAnt or Transaction Pro.
- **QuickBooks Online: payments as bank transactions (CSV)**: a three-column bank file (date, description, amount) for Banking › Upload transactions.

## UBL e-invoices

**UBL 2.1 e-invoices (XML, a zip for many)** gives one XML file per invoice or credit note, in a zip when there is more than one. Credit notes refer to the invoice they credit.

Exports are available to the Admin and Accounts roles.`,
  },
  {
    slug: "signing-in",
    title: "Signing in and activating your account",
    category: "account",
    summary: "Sign in with your email or customer number, set up your password the first time, and what to do if we have no email for you.",
    pages: ["login", "dashboard", "profile", "security"],
    related: ["passwords-and-locked-accounts", "single-sign-on", "team-and-roles"],
    keywords: "sign in, log in, login, customer number, account number, activate, activation, first time, new account, register, set password, welcome email, no email",
    markdown: `## Signing in

On the sign-in page, type your email address or your customer number (like C0001042) under **Email or customer number** and choose **Continue**. Then enter your **Password** and choose **Sign in**.

Your customer number is on every invoice and statement, and on your dashboard and **Profile** page. Colleagues invited through the **Team** page sign in with their own email address. If your company uses single sign-on, choosing **Continue** takes you to your company's sign-in page instead (see the article on single sign-on).

## First time here?

Your account already exists: it comes from our order system. You do not register; you only choose a password.

- On the sign-in page, choose **First time here? Set up your password**.
- Enter your email or customer number and choose **Email me a link**.
- We email the link to the address we have on file for your account. It works once, for 72 hours. Check your spam folder if it does not arrive.
- Open the link, choose a password, type it again and choose **Save password**. Then sign in.

Passwords need at least 10 characters and must not be a common password or an easy pattern. A short sentence of your own is easy to remember and hard to guess.

If we have no email address for your customer number, the page says so and asks you to contact our customer service team. We add your address and send you the link.

## After you sign in

You land on your dashboard, or on the page you were trying to open. The **Security** page lists your recent sign-ins with the device and IP address. If you see one that was not you, reset your password.

For security, you are signed out after 30 minutes without activity and after 12 hours in all.`,
  },
  {
    slug: "passwords-and-locked-accounts",
    title: "Passwords, locked accounts and automatic sign-out",
    category: "account",
    summary: "Reset a forgotten password, what happens after too many wrong passwords, and why the portal signs you out after 30 minutes of inactivity.",
    pages: ["login", "security", "profile"],
    related: ["signing-in", "single-sign-on", "team-and-roles"],
    keywords: "forgot password, reset password, change password, new password, locked out, too many attempts, account locked, timeout, session expired, signed out, inactivity, reset link expired",
    markdown: `## Forgot your password?

On the sign-in page choose **Forgot your password?**, enter your email or customer number and choose **Email me a link**. For your security, the page gives the same answer whether or not the details match an account. The link works once, for 15 minutes; a newer link replaces older ones. Open it, choose a new password, type it again and choose **Save password**.

Passwords need at least 10 characters and must not be a common password or an easy pattern. Saving a new password signs you out everywhere else and stops older links from working. To change a password you know, use the same steps. You can ask for 3 links per hour.

## Locked after wrong passwords

After 5 wrong passwords for the same account within 15 minutes, sign-in for that account is locked for 15 minutes. The message tells you the time you can try again (South African time). Too many failed attempts from one network also lock sign-in from it for 15 minutes. Choosing a new password does not lift the lock early; wait until the time shown.

Failed attempts appear on your **Security** page. If you see attempts that were not yours, reset your password once the lock has passed.

## Automatic sign-out

You are signed out after 30 minutes without activity, and after 12 hours in all. The sign-in page then says "You were signed out after 30 minutes of inactivity". Sign in again and you return to the page you were on.

**Sign out** in the header ends your session straight away. Use it on shared computers.

If your company signs in through its own sign-in service, its password rules apply there; contact your IT team.`,
  },
  {
    slug: "single-sign-on",
    title: "Signing in with your company's account (single sign-on)",
    category: "account",
    summary: "If your company uses single sign-on, you sign in to the portal through your company's own sign-in page with your work email.",
    pages: ["login", "team", "security"],
    related: ["signing-in", "team-and-roles", "passwords-and-locked-accounts"],
    keywords: "single sign-on, SSO, Microsoft, Entra ID, Azure AD, Okta, Google Workspace, Keycloak, company login, work account, identity provider, OpenID Connect",
    markdown: `## How it works

Some companies sign their people in to the portal through their own sign-in service, such as Microsoft Entra ID, Okta, Google Workspace or Keycloak. Our customer service team sets this up for your company. It applies to email addresses in your company's domains.

On the sign-in page, type your work email under **Email or customer number** and choose **Continue**. If your domain uses single sign-on, your company's sign-in page opens. Sign in there as usual and you come back to the portal, signed in.

## Your first sign-in and your role

You do not need an invitation. The first time you sign in this way, you join your company's account. Your role comes from your groups at your company, where your company has linked a group to a portal role; otherwise you get your company's default role. If your groups change, your role follows them at your next sign-in. Admins can see the settings at the top of the **Team** page.

## Passwords

Your company may allow portal passwords as well, or require single sign-on. When it is required, a password sign-in with a company email is refused with a message that tells you to choose **Continue**. Only your company's break-glass Admin keeps a password; they use **Sign in with a password instead** on the sign-in page.

## Signing out and problems

**Sign out** ends your portal session and also signs you out of your company's sign-in service, then brings you back to the sign-in page. If you sign out at your company's service, your portal session ends too, where your company's service supports this.

If single sign-on does not work, the portal says why, for example when your company has not verified your email, the email's domain is not allowed, or your access was disabled. Contact your company's IT team for problems with your work account, or your company's portal Admin for access.`,
  },
  {
    slug: "team-and-roles",
    title: "Your team, roles and delivery addresses",
    category: "account",
    summary: "Invite colleagues to your company's account, choose what each role may do, limit people to some delivery addresses, and switch accounts.",
    pages: ["team", "profile", "dashboard"],
    related: ["signing-in", "single-sign-on", "notification-settings"],
    keywords: "team, users, colleagues, staff, invite, add user, remove user, permissions, roles, admin, buyer, accounts, viewer, branch, location, multiple accounts, switch account",
    markdown: `## Company accounts and roles

Your company's account can have several people, each with their own sign-in and a role:

- **Admin**: everything, including the **Team** page, company details and delivery addresses.
- **Buyer**: orders, reorders and the cart.
- **Accounts**: invoices, statements, payments and exports.
- **Viewer**: reads orders and invoices.

The menu shows each person only the pages their role includes. Order news goes to Buyers and Admins, money news to Accounts and Admins; Viewers get no notifications.

## Inviting and managing people

Admins open **Team**. Under **Invite a colleague**, enter the email, choose the role and choose **Send invitation**. The link in the email works once, for 72 hours. The colleague opens it, enters their name, chooses a password and chooses **Accept the invitation**. Someone who already has a portal sign-in just confirms.

Under **Open invitations** you can **Send a new link** or **Cancel invitation**. Under **People** you can change a role (**Save changes**) or **Remove from account**. Changes apply from the person's next click. An account always keeps at least one Admin: make someone else Admin first.

## Limiting people to delivery addresses

For a branch manager, an Admin can limit a Buyer or Viewer to some of the account's delivery addresses. Under the role, open **All delivery addresses** and tick the addresses (tick none for all). That person then sees, and can reorder, only the orders delivered there, and the invoices of those orders. Admins and Accounts people always work for the whole account. This choice appears only when the account has more than one delivery address.

## More than one account

If you belong to several accounts, the header has a list of them with the customer number and your role in each. Pick one and choose **Switch**.`,
  },
  {
    slug: "notification-settings",
    title: "Notifications: the bell, emails and the daily summary",
    category: "support",
    summary: "What we tell you about, who gets it, how to choose an email at once, one email a day or the portal only, and how to unsubscribe.",
    pages: ["notifications", "profile", "dashboard"],
    related: ["live-updates", "tracking-your-delivery", "overdue-invoices"],
    keywords: "notifications, alerts, emails, too many emails, digest, daily email, unsubscribe, stop emails, bell, inbox, unread, mark read, preferences",
    markdown: `## What we tell you about

Notifications come in five groups:

- **Order updates**: confirmed, processing, on hold, released, recalled or cancelled.
- **Deliveries**: shipped with the carrier's tracking, delivered, or running late.
- **Invoices**: a new invoice or credit note, a reminder before it is due, and when it is overdue.
- **Payments**: a payment we received and what it paid.
- **Statements**: your monthly statement is ready.

Order updates and deliveries go to Buyers and Admins; invoices, payments and statements go to Accounts and Admins. Viewers get no notifications. A person limited to some delivery addresses hears only about orders going there.

## The bell and the Notifications page

The bell in the header shows how many notifications you have not read. It opens **Notifications**, which lists everything, newest first, whatever your email choices. Filter by **Kind** or choose **Unread only**, open an item to go to its order or invoice, and use **Mark read** or **Mark all read**. The dashboard's **Order updates** card shows the latest order news too.

## Choosing how you hear

On the **Profile** page, under **Notification emails**, choose for each group:

- **Email me at once** (the default);
- **One email a day**, sent at 07:00 South African time with the news of the 24 hours before;
- **Only in the portal**: no emails, just the bell.

Choose **Save choices**. Each person in your company sets their own.

## Unsubscribing

Every notification email has a link at the bottom, such as "Stop emails about deliveries"; the daily email has "Stop these daily emails". It switches those emails to **Only in the portal**; you still see them under the bell. You can change this back on the **Profile** page at any time.

The monthly statement email with its PDF goes to your account's email address and is not changed by these settings.`,
  },
  {
    slug: "live-updates",
    title: "Pages that update by themselves",
    category: "support",
    summary: "Order pages, your order list, the dashboard, invoices and the bell update without reloading when something changes on your account.",
    pages: ["order", "orders", "dashboard", "notifications", "invoices"],
    related: ["notification-settings", "order-statuses", "tracking-your-delivery"],
    keywords: "live, real time, refresh, reload, auto update, page not updating, status not changing, stale, out of date, many tabs",
    markdown: `## What updates by itself

While you are signed in, each portal tab keeps a live connection to us. When something you are allowed to see changes in our order system, the page you have open fetches its information again, without you reloading it. For example:

- an open order page shows the new status, the status history, shipments and the waybill;
- the **Orders** list and the dashboard show new statuses and counts;
- the **Invoices** and **Payments** pages show a new invoice, credit note or payment;
- the bell's unread count goes up when a notification arrives.

Changes in our order system usually reach the portal within seconds. What each person sees follows their role and any limit to delivery addresses, so live updates never show a colleague more than their own pages would.

## If a page seems out of date

- Reload the page. The connection also reconnects by itself after a short drop in your internet connection and catches up on what it missed.
- Check that you are still signed in. When your session ends (you signed out in another tab, were inactive for 30 minutes, or your access was removed), the open page takes you to the sign-in page; sign in again to return to it.
- Live updates work in up to eight portal tabs at once per sign-in. A further tab does not update by itself; close some tabs and reload it.

## Live updates and emails

Live updates only change what the open page shows; they do not send anything. Whether you also get an email is set per group under **Notification emails** on the **Profile** page, and everything is listed under the bell.

You do not need to keep a tab open to stay informed: the next time you open a page, it shows the latest information.`,
  },
  {
    slug: "support-tickets",
    title: "Asking us about an order or invoice",
    category: "support",
    summary: "Ask us about an order, one of its lines, a delivery or an invoice from the portal, with photos, and follow our answer there and by email.",
    pages: ["support", "order", "invoice", "order-on-hold", "invoice-overdue", "dashboard"],
    related: ["orders-on-hold", "overdue-invoices", "tracking-your-delivery"],
    keywords: "support, help, contact, ticket, question, complaint, query, problem, damaged, broken, short delivery, missing items, wrong items, wrong invoice, dispute, attach photo, reply by email, reopen, rating",
    markdown: `## Asking a question

Start where the question is, and the form already knows what it is about:

- On an order's page, **Report a problem** (the whole order) or **Report** beside a line (for example damaged or missing items on that line).
- On an invoice or credit note, **Ask about this invoice**.
- Under a help article, **Ask about this**; and when a search finds nothing, **Ask us**.
- Or open **Support** in the menu and choose **Ask a question**.

Choose what it is about (late delivery, damaged goods, missing items, wrong items, invoice query, your account, or something else), write a subject and what happened. While you type the subject, help articles that may already answer it are shown.

## Photos and files

Add up to 5 files to each message, each at most 10 MB: PDFs and photos (JPEG, PNG, WebP, and HEIC photos from an iPhone). Drop them on the form or pick them; on a phone you can take the photo there and then. A photo of damaged goods and of the delivery note helps us sort it out faster.

For your safety we keep only the picture itself: the location and camera details a phone stores in a photo are removed. Other kinds of files (for example Word documents, ZIP files or pictures made of code) cannot be attached.

## Following our answer

**Support** lists your questions and where each stands: **Open** (with us), **Waiting for you** (we asked you something), **Resolved** and **Closed**. We answer in the portal and by email; to answer us, **reply to our email** (with photos attached if they help) or write on the question in the portal.

When we have resolved it, tell us with one click how we did. If something is still wrong, you can **reopen** it within 14 days by writing on it; after that, ask a new question and mention the old one (for example T-1042).

## Who sees your questions

You always see your own. In a company account, Buyers also see questions about orders, Accounts people questions about invoices, and Admins all of the account's questions. Emails about a question go to the person who asked it, as they chose under **Notification emails** on the **Profile** page ("Answers to my questions").

## Before you contact us

Many answers are already in the portal:

- **Where is my order?** Open the order: the **Delivery** card shows the carrier, the waybill with a tracking link, and the expected date.
- **Why is my order on hold?** Read the note in the order's status history.
- **Has my payment arrived?** See the **Payments** tab under **Invoices** (Admin and Accounts roles).
- **Need a copy?** Use **Download confirmation (PDF)** on an order, or **Download PDF** on an invoice or statement.

The **Help** page answers the questions customers ask most. You can open it from the menu, or from the sign-in page without signing in.

## Account and sign-in problems

For a forgotten password use **Forgot your password?** on the sign-in page. For access to your company's account, ask your company's portal Admin, who can invite you from the **Team** page. If we have no email address on file for you, contact our customer service team and we will add it.`,
  },
]
