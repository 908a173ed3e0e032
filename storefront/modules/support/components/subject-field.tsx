"use client"

import Link from "next/link"
import { useEffect, useState } from "react"
import formStyles from "@/modules/common/components/form.module.css"
import styles from "./support.module.css"

interface Suggestion {
  slug: string
  title: string
}

/** The subject, with help articles that may already answer it suggested while the customer types. */
export function SubjectField({ defaultValue }: { defaultValue: string }) {
  const [subject, setSubject] = useState(defaultValue)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  useEffect(() => {
    const query = subject.trim()
    if (query.length < 3) {
      setSuggestions([])
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/api/help-suggestions?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { hits: [] }))
        .then((body: { hits: Suggestion[] }) => setSuggestions(body.hits))
        .catch(() => undefined)
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [subject])
  return (
    <div>
      <label className={formStyles.field}>
        Subject
        <input name="subject" required maxLength={120} value={subject} onChange={(event) => setSubject(event.target.value)} autoComplete="off" placeholder="e.g. Two cases arrived crushed" />
      </label>
      <div aria-live="polite">
        {suggestions.length > 0 ? (
          <div className={styles.suggestions}>
            <p className={styles.hint}>These help articles may already answer it:</p>
            <ul>
              {suggestions.map((suggestion) => (
                <li key={suggestion.slug}>
                  <Link href={`/help/articles/${suggestion.slug}`} target="_blank">
                    {suggestion.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  )
}
