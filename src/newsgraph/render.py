"""The `pretty` view: an article and its layers, readable in a terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from newsgraph.model import Doc


def render_doc(doc: Doc, console: Console | None = None) -> None:
    console = console or Console()
    a = doc.article
    meta = " · ".join(x for x in (", ".join(a.authors), a.published or "", a.site or "", a.url or "") if x)
    console.print(Panel(f"[bold]{escape(a.title or '(untitled)')}[/bold]\n{escape(meta)}",
                        title=escape(a.id), expand=True))
    excerpt = a.text if len(a.text) < 1200 else a.text[:1200] + " …"
    console.print(escape(excerpt), highlight=False)
    text = a.text
    if doc.actors:
        table = Table(title="Actors", show_lines=False)
        for col in ("name", "kind", "code", "country", "sector", "mentions"):
            table.add_column(col)
        for actor in doc.actors:
            table.add_row(escape(actor.name), actor.kind, actor.code or "", actor.country or "",
                          actor.sector or "", str(len(actor.mentions)))
        console.print(table)
    if doc.quotes:
        table = Table(title="Quotes and sources", show_lines=True)
        for col in ("kind", "speaker", "content", "rule"):
            table.add_column(col, overflow="fold")
        for q in doc.quotes:
            speaker = q.speaker_name or (q.speaker.text(text) if q.speaker else "—")
            content = q.content.text(text)
            table.add_row(q.kind, escape(speaker),
                          escape(content if len(content) < 160 else content[:157] + "…"), q.rule.split("+")[0])
        console.print(table)
    if doc.events:
        table = Table(title="Events", show_lines=True)
        for col in ("type", "source", "target", "trigger", "modality", "date", "lexeme"):
            table.add_column(col, overflow="fold")
        for e in doc.events:
            table.add_row(
                e.type + (" (neg)" if e.negated else ""),
                escape(e.source.mention.text(text)) if e.source else "—",
                escape(e.target.mention.text(text)) if e.target else "—",
                escape(e.trigger.text(text)), e.modality, e.date or "", e.rule.split("+")[0].split(":")[-1],
            )
        console.print(table)
    profile = doc.sourcing_profile()
    console.print(
        f"[dim]sourcing: {profile['statements']} statements — {profile['named_person']} named people, "
        f"{profile['named_organization']} organisations, {profile['anonymous']} anonymous, "
        f"{profile['document']} documents, {profile['author']} the author's own; "
        f"author's own voice {profile['author_voice_share']:.0%} of the text[/dim]")
