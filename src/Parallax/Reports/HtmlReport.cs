using System.Globalization;
using System.Net;
using System.Text;
using Parallax.Ledger;

namespace Parallax.Reports;

/// <summary>
/// The dossier as one self-contained HTML page (no scripts, no external resources). Every piece of article text is
/// HTML-encoded; each item opens to the sentences behind it.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
        h1,h2,h3{line-height:1.2}h2{border-top:2px solid #ddd;padding-top:1rem}
        .tag{display:inline-block;border-radius:4px;padding:0 .4em;font-size:.8em;margin-right:.4em;background:#eee}
        dl.parts{margin:.2em 0 .4em 1em;font-size:.85em;color:#444}dl.parts dt{display:inline;font-weight:bold}dl.parts dt::after{content:": "}dl.parts dd{display:inline;margin:0 .8em 0 0}
        .corroborated{background:#d9f2d9}.contested{background:#ffd9d9}.single-source{background:#eee}
        .conflict{border-left:4px solid #d33;padding:.2rem .8rem;margin:.6rem 0;background:#fff6f6}
        details>summary{cursor:pointer}blockquote{margin:.3rem 0 .3rem 1rem;color:#444}
        .ev{font-size:.85em;color:#666}.article{white-space:pre-wrap;font-family:Georgia,serif}
        table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
        """;

    public static string Render(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var t = new ReportText(dossier);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
          .Append("<title>Parallax dossier</title><style>").Append(Style).Append("</style></head><body>");
        sb.Append("<h1>Parallax dossier</h1><p>").Append(dossier.Articles.Count).Append(" reports, ")
          .Append(dossier.Stories.Count).Append(" stories.</p>");
        foreach (var s in dossier.Stories)
        {
            sb.Append("<h2>").Append(E(s.Title)).Append("</h2><p>Reports: ").Append(E(t.Outlets(s.Articles))).Append("</p>");
            if (s.Summary.Count > 0)
            {
                sb.Append("<h3>Summary</h3><ul>");
                foreach (var line in s.Summary)
                {
                    sb.Append("<li>").Append(E(line.Text)).Append(" <span class=\"ev\">[").Append(E(t.Outlets(line.Articles))).Append("]</span>");
                    Evidence(sb, t, line.Evidence);
                    sb.Append("</li>");
                }
                sb.Append("</ul>");
            }
            if (s.Independence.Count > 0)
            {
                sb.Append("<h3>Independence</h3><ul>");
                foreach (var d in s.Independence)
                {
                    sb.Append("<li>").Append(E(t.Outlet(d.Article))).Append(' ').Append(ReportText.Derivation(d.Kind)).Append(' ').Append(E(d.From));
                    if (d.Evidence.Count > 0)
                    {
                        Evidence(sb, t, d.Evidence);
                    }
                    sb.Append("</li>");
                }
                sb.Append("</ul>");
            }
            if (s.Positions.Count > 0)
            {
                sb.Append("<h3>Positions</h3><ul>");
                foreach (var p in s.Positions)
                {
                    sb.Append("<li><strong>").Append(E(p.PartyName)).Append("</strong> on ").Append(E(p.Issue)).Append(": ")
                      .Append(E(p.Stance)).Append(" — ").Append(E(t.Outlets(p.Articles)));
                    Evidence(sb, t, p.Evidence);
                    sb.Append("</li>");
                }
                sb.Append("</ul>");
            }
            if (s.Conflicts.Count > 0)
            {
                sb.Append("<h3>Conflicts</h3>");
                foreach (var c in s.Conflicts)
                {
                    sb.Append("<div class=\"conflict\"><strong>").Append(E(c.Subject)).Append("</strong> <span class=\"tag\">")
                      .Append(JsonReport.Kebab(c.Kind.ToString())).Append("</span> <span class=\"tag\">importance ")
                      .Append(c.Importance.ToString("0.00", CultureInfo.InvariantCulture)).Append("</span><p>").Append(E(c.Explanation)).Append("</p><ul>");
                    foreach (var v in c.Values)
                    {
                        sb.Append("<li>").Append(E(v.Value)).Append(" — ").Append(E(t.Outlets(v.Articles)));
                        Evidence(sb, t, v.Evidence);
                        sb.Append("</li>");
                    }
                    sb.Append("</ul></div>");
                }
            }
            sb.Append("<h3>Entities</h3><table><tr><th>entity</th><th>type</th><th>also written</th><th>roles</th><th>reports</th></tr>");
            foreach (var e in s.Entities.Where(e => e.Articles.Count > 1 || e.Mentions.Count > 1))
            {
                sb.Append("<tr><td>").Append(E(e.Name)).Append("</td><td>").Append(JsonReport.TypeName(e.Type)).Append("</td><td>")
                  .Append(E(string.Join(", ", e.Aliases.Where(a => a != e.Name)))).Append("</td><td>")
                  .Append(E(string.Join("; ", e.Roles))).Append("</td><td>").Append(E(t.Outlets(e.Articles))).Append("</td></tr>");
            }
            sb.Append("</table><h3>Quotes</h3><ul>");
            foreach (var q in s.Quotes)
            {
                sb.Append("<li><strong>").Append(E(q.SpeakerName ?? "unattributed")).Append("</strong>: “").Append(E(q.Text))
                  .Append("” — ").Append(E(t.Outlets(q.Articles)));
                Evidence(sb, t, q.Evidence);
                sb.Append("</li>");
            }
            sb.Append("</ul><h3>Claims</h3><ul>");
            foreach (var c in s.Claims)
            {
                var status = JsonReport.Kebab(c.Status.ToString());
                sb.Append("<li><span class=\"tag ").Append(status).Append("\">").Append(ReportText.Status(c.Status)).Append("</span>")
                  .Append(E(c.Text)).Append(" — ").Append(E(t.Outlets(c.Articles)));
                Evidence(sb, t, c.Evidence);
                var parts = ReportText.Parts(c.Parts);
                if (parts.Count > 0)
                {
                    sb.Append("<dl class=\"parts\">");
                    foreach (var (label, text) in parts)
                    {
                        sb.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(text)).Append("</dd>");
                    }
                    sb.Append("</dl>");
                }
                sb.Append("</li>");
            }
            sb.Append("</ul>");
            if (s.Timeline.Count > 0)
            {
                sb.Append("<h3>Timeline</h3><ul>");
                foreach (var e in s.Timeline)
                {
                    sb.Append("<li><strong>").Append(E(ReportText.Date(e))).Append("</strong> ").Append(E(e.Text)).Append(" — ")
                      .Append(E(t.Outlets(e.Articles))).Append(" <span class=\"ev\">").Append(E(ReportText.DateNote(e))).Append("</span></li>");
                }
                sb.Append("</ul>");
            }
            Framing.FramingHtml.Append(sb, t, s.Framing);
        }
        sb.Append("<h2>Reports</h2>");
        foreach (var a in dossier.Articles)
        {
            sb.Append("<details id=\"a-").Append(E(a.Id)).Append("\"><summary>").Append(E(t.Outlet(a.Id))).Append(" — ")
              .Append(E(a.Title ?? "(no title)")).Append(" <span class=\"ev\">").Append(E(ReportText.Published(a)))
              .Append(" · ").Append(E(a.Source)).Append("</span></summary><div class=\"article\">").Append(E(a.Text))
              .Append("</div></details>");
        }
        if (dossier.Rejected.Count > 0)
        {
            sb.Append("<h2>Inputs not read</h2><ul>");
            foreach (var r in dossier.Rejected)
            {
                sb.Append("<li><code>").Append(E(r.Source)).Append("</code>: ").Append(E(r.Detail)).Append("</li>");
            }
            sb.Append("</ul>");
        }
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static void Evidence(StringBuilder sb, ReportText t, IReadOnlyList<Evidence> evidence)
    {
        sb.Append("<details><summary class=\"ev\">").Append(evidence.Count).Append(evidence.Count == 1 ? " sentence" : " sentences").Append("</summary>");
        foreach (var e in evidence)
        {
            sb.Append("<blockquote>").Append(E(t.Quote(e))).Append(" <span class=\"ev\">— ").Append(E(t.Outlet(e.Article)))
              .Append(", chars ").Append(e.Span.Start).Append('–').Append(e.Span.End).Append("</span></blockquote>");
        }
        sb.Append("</details>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
