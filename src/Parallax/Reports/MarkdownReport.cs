using System.Globalization;
using System.Text;
using Parallax.Ledger;

namespace Parallax.Reports;

/// <summary>The dossier as Markdown: one section a story, evidence quoted with its outlet and character span.</summary>
public static class MarkdownReport
{
    public static string Render(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var t = new ReportText(dossier);
        var sb = new StringBuilder();
        sb.AppendLine("# Parallax dossier").AppendLine();
        sb.AppendLine($"{dossier.Articles.Count} reports, {dossier.Stories.Count} stories.").AppendLine();
        sb.AppendLine("| report | outlet | published | title | based on |").AppendLine("|---|---|---|---|---|");
        foreach (var a in dossier.Articles)
        {
            sb.AppendLine($"| `{a.Id}` | {Esc(t.Outlet(a.Id))} | {ReportText.Published(a)} | {Esc(a.Title ?? "")} | {Esc(a.BasedOn ?? "")} |");
        }
        foreach (var s in dossier.Stories)
        {
            sb.AppendLine().AppendLine($"## {Esc(s.Title)}").AppendLine();
            sb.AppendLine($"Reports: {Esc(t.Outlets(s.Articles))}").AppendLine();
            if (s.Summary.Count > 0)
            {
                sb.AppendLine("### Summary").AppendLine();
                foreach (var line in s.Summary)
                {
                    sb.AppendLine($"- {Esc(line.Text)} [{Esc(t.Outlets(line.Articles))}] {Spans(line.Evidence)}");
                }
                sb.AppendLine();
            }
            if (s.Independence.Count > 0)
            {
                sb.AppendLine("### Independence").AppendLine();
                foreach (var d in s.Independence)
                {
                    sb.AppendLine($"- {Esc(t.Outlet(d.Article))} {ReportText.Derivation(d.Kind)} {Esc(d.From)} {Spans(d.Evidence)}");
                }
                sb.AppendLine();
            }
            if (s.Positions.Count > 0)
            {
                sb.AppendLine("### Positions").AppendLine();
                foreach (var p in s.Positions)
                {
                    sb.AppendLine($"- **{Esc(p.PartyName)}** on {Esc(p.Issue)}: {Esc(p.Stance)} — {Esc(t.Outlets(p.Articles))} {Spans(p.Evidence)}");
                }
                sb.AppendLine();
            }
            if (s.Conflicts.Count > 0)
            {
                sb.AppendLine("### Conflicts").AppendLine();
                foreach (var c in s.Conflicts)
                {
                    sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- **{Esc(c.Subject)}** ({JsonReport.Kebab(c.Kind.ToString())}, importance {c.Importance:0.00}): {Esc(c.Explanation)}"));
                    foreach (var v in c.Values)
                    {
                        sb.AppendLine($"  - {Esc(v.Value)} — {Esc(t.Outlets(v.Articles))}: {Evidence(t, v.Evidence)}");
                    }
                }
                sb.AppendLine();
            }
            sb.AppendLine("### Entities").AppendLine();
            foreach (var e in s.Entities.Where(e => e.Articles.Count > 1 || e.Mentions.Count > 1))
            {
                var aliases = e.Aliases.Where(x => x != e.Name).ToList();
                sb.Append($"- **{Esc(e.Name)}** ({JsonReport.TypeName(e.Type)})");
                if (e.Roles.Count > 0)
                {
                    sb.Append($", {Esc(string.Join("; ", e.Roles))}");
                }
                if (aliases.Count > 0)
                {
                    sb.Append($" — also: {Esc(string.Join(", ", aliases))}");
                }
                sb.AppendLine($" — {e.Articles.Count} reports");
            }
            sb.AppendLine().AppendLine("### Quotes").AppendLine();
            foreach (var q in s.Quotes)
            {
                sb.AppendLine($"- {Esc(q.SpeakerName ?? "unattributed")}: “{Esc(q.Text)}” — {Esc(t.Outlets(q.Articles))}");
            }
            sb.AppendLine().AppendLine("### Claims").AppendLine();
            foreach (var c in s.Claims.Where(c => c.Status != ClaimStatus.SingleSource))
            {
                sb.AppendLine($"- [{ReportText.Status(c.Status)}] {Esc(c.Text)} — {Esc(t.Outlets(c.Articles))} {Spans(c.Evidence)}");
                PartsLine(sb, c);
            }
            int single = s.Claims.Count(c => c.Status == ClaimStatus.SingleSource);
            if (single > 0)
            {
                sb.AppendLine().AppendLine($"Single-source claims ({single}):").AppendLine();
                foreach (var c in s.Claims.Where(c => c.Status == ClaimStatus.SingleSource))
                {
                    sb.AppendLine($"- {Esc(c.Text)} — {Esc(t.Outlets(c.Articles))} {Spans(c.Evidence)}");
                    PartsLine(sb, c);
                }
            }
            if (s.Timeline.Count > 0)
            {
                sb.AppendLine().AppendLine("### Timeline").AppendLine();
                foreach (var e in s.Timeline)
                {
                    sb.AppendLine($"- **{Esc(ReportText.Date(e))}** {Esc(e.Text)} — {Esc(t.Outlets(e.Articles))} ({Esc(ReportText.DateNote(e))})");
                }
            }
            Framing.FramingMarkdown.Append(sb, t, s.Framing);
        }
        if (dossier.Rejected.Count > 0)
        {
            sb.AppendLine().AppendLine("## Inputs not read").AppendLine();
            foreach (var r in dossier.Rejected)
            {
                sb.AppendLine($"- `{Esc(r.Source)}`: {Esc(r.Detail)}");
            }
        }
        return sb.ToString();
    }

    private static string Evidence(ReportText t, IEnumerable<Evidence> evidence) =>
        string.Join(" · ", evidence.Select(e => $"“{Esc(t.Quote(e))}” {Spans([e])}"));

    /// <summary>The claim's parts on an indented line: "who: … · did: … · when: …".</summary>
    private static void PartsLine(StringBuilder sb, Claim c)
    {
        var parts = ReportText.Parts(c.Parts);
        if (parts.Count > 0)
        {
            sb.AppendLine("  - " + string.Join(" · ", parts.Select(p => $"{p.Label}: {Esc(p.Text)}")));
        }
    }

    private static string Spans(IEnumerable<Evidence> evidence) =>
        string.Join(" ", evidence.Select(e => $"`{e.Article}@{e.Span.Start}-{e.Span.End}`"));

    /// <summary>Article text is untrusted: Markdown and HTML metacharacters are escaped.</summary>
    internal static string Esc(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\n' or '\r': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#': sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
