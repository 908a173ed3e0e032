import { Button, Container, Heading, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { adminSend, runAdminAction, useAdminJson } from "../../../lib/use-admin-json"

/** Answers staff start from: add, and remove. */
const SavedRepliesPage = () => {
  const { data, error, reload } = useAdminJson<{ saved_replies: { id: string; title: string; body: string }[] }>("/admin/support/saved-replies")
  const [title, setTitle] = useState("")
  const [body, setBody] = useState("")
  const act = (work: () => Promise<unknown>, done: string) => runAdminAction(work, done, reload)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          <Link to="/support">Support inbox</Link> / Saved replies
        </Text>
        <Heading level="h1">Saved replies</Heading>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      <ul className="divide-y">
        {data?.saved_replies.map((reply) => (
          <li key={reply.id} className="flex items-start justify-between gap-4 px-6 py-3">
            <div>
              <Text weight="plus">{reply.title}</Text>
              <Text size="small" className="whitespace-pre-wrap">{reply.body}</Text>
            </div>
            <Button variant="danger" size="small" onClick={() => act(() => adminSend(`/admin/support/saved-replies/${reply.id}`, "DELETE"), "Removed")}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="flex flex-col gap-2 px-6 py-4"
        onSubmit={async (event) => {
          event.preventDefault()
          if (await act(() => adminSend("/admin/support/saved-replies", "POST", { title, body }), "Saved")) {
            setTitle("")
            setBody("")
          }
        }}
      >
        <Heading level="h2">Add a saved reply</Heading>
        <Label htmlFor="title">Title</Label>
        <Input id="title" value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={80} />
        <Label htmlFor="body">Text</Label>
        <Textarea id="body" rows={5} value={body} onChange={(event) => setBody(event.target.value)} required maxLength={5000} />
        <div>
          <Button type="submit" disabled={!title.trim() || !body.trim()}>
            Save
          </Button>
        </div>
      </form>
    </Container>
  )
}

export default SavedRepliesPage
