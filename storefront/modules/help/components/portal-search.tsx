"use client"

import Link from "next/link"
import { useEffect, useId, useRef, useState } from "react"
import type { PortalSearchResult } from "@/lib/data/search"
import { resultCount, SearchResultGroups } from "./search-result-groups"
import styles from "./portal-search.module.css"

/** Results follow the typing after this pause; a search the customer settles on (no typing for longer) is counted. */
const TYPING_PAUSE_MS = 200
const SETTLED_MS = 2_000

type Status = { state: "idle" } | { state: "loading" } | { state: "done"; result: PortalSearchResult } | { state: "error"; message: string }

/**
 * The header's search box: help articles for everyone and, signed in, the account's own orders and invoices, as
 * the customer types, each group labelled. Without JavaScript it is a plain form opening the search page.
 */
export function PortalSearch({ signedIn }: { signedIn: boolean }) {
  const [query, setQuery] = useState("")
  const [status, setStatus] = useState<Status>({ state: "idle" })
  const [open, setOpen] = useState(false)
  const [countedQuery, setCountedQuery] = useState<string | null>(null)
  const container = useRef<HTMLDivElement>(null)
  const inputId = useId()
  const resultsId = useId()
  const trimmed = query.trim()

  useEffect(() => {
    if (trimmed.length < 2) {
      setStatus({ state: "idle" })
      return
    }
    const controller = new AbortController()
    const search = async (record: boolean) => {
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(trimmed)}${record ? "&record=1" : ""}`, { signal: controller.signal })
        const body = (await response.json()) as PortalSearchResult & { message?: string }
        setStatus(response.ok ? { state: "done", result: body } : { state: "error", message: body.message ?? "Search is not available right now." })
        if (record && response.ok) setCountedQuery(trimmed)
      } catch (error) {
        if ((error as Error).name !== "AbortError") setStatus({ state: "error", message: "Search is not available right now." })
      }
    }
    setStatus((previous) => (previous.state === "done" ? previous : { state: "loading" }))
    const typing = setTimeout(() => void search(false), TYPING_PAUSE_MS)
    const settled = setTimeout(() => void search(true), SETTLED_MS)
    return () => {
      clearTimeout(typing)
      clearTimeout(settled)
      controller.abort()
    }
  }, [trimmed])

  useEffect(() => {
    const closeOutside = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener("mousedown", closeOutside)
    return () => document.removeEventListener("mousedown", closeOutside)
  }, [])

  const showPanel = open && trimmed.length >= 2 && status.state !== "idle"
  const allResults = `/help/search?q=${encodeURIComponent(trimmed)}`
  return (
    <div ref={container} className={styles.search} onKeyDown={(event) => event.key === "Escape" && setOpen(false)}>
      <form action="/help/search" method="get" role="search" className={styles.form}>
        <label htmlFor={inputId} className="visually-hidden">
          {signedIn ? "Search help, orders and invoices" : "Search help"}
        </label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={query}
          maxLength={100}
          autoComplete="off"
          placeholder={signedIn ? "Orders, invoices, help" : "Search help"}
          aria-describedby={showPanel ? resultsId : undefined}
          onChange={(event) => {
            setQuery(event.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          className={styles.input}
        />
        {countedQuery === trimmed ? <input type="hidden" name="counted" value="1" /> : null}
        <button type="submit" className={styles.submit}>
          Search
        </button>
      </form>
      {showPanel ? (
        <div id={resultsId} className={styles.panel} aria-live="polite">
          {status.state === "loading" ? <p className={styles.note}>Searching…</p> : null}
          {status.state === "error" ? <p className={styles.note}>{status.message}</p> : null}
          {status.state === "done" ? (
            <>
              <SearchResultGroups result={status.result} compact onPick={() => setOpen(false)} />
              {resultCount(status.result) > 0 ? (
                <p className={styles.all}>
                  <Link href={allResults} onClick={() => setOpen(false)}>
                    See all results
                  </Link>
                </p>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
