using System.Globalization;
using System.Net;
using System.Text;
using Parallax.Ledger;
using Parallax.Reports;

namespace Parallax.Framing;

/// <summary>Framing per outlet as an HTML section of a story: all article text HTML-encoded, evidence behind each item.</summary>
public static class FramingHtml
{
    private const int MaxItems = 5;

    public static void Append(StringBuilder sb, ReportText text, IReadOnlyList<OutletFraming> framing)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(framing);
        if (framing.Count == 0)
        {
            return;
        }
        sb.Append("<h3>Framing per outlet</h3><p class=\"ev\">A comparison of each report with the story's independent other outlets, not a verdict.</p>");
        foreach (var f in framing)
        {
            sb.Append("<details class=\"framing\"><summary><strong>").Append(E(text.Outlet(f.Article))).Append("</strong>");
            if (f.CopyOf is { } original)
            {
                sb.Append(" (copy of ").Append(E(text.Outlet(original))).Append(')');
            }
            sb.Append(Inv($" <span class=\"ev\">compared with {f.Compared} other outlet(s)</span></summary><ul>"));
            if (f.Exclusive.Count > 0)
            {
                sb.Append(Inv($"<li><strong>Only here</strong> ({f.Exclusive.Count})<ul>"));
                foreach (var x in f.Exclusive.Take(MaxItems))
                {
                    sb.Append("<li>").Append(E(x.Text)).Append(Ev(text, x.Evidence.Take(1)));
                    if (x.Parts is { } parts && Reports.ReportText.Parts(parts) is { Count: > 0 } list)
                    {
                        sb.Append("<dl class=\"parts\">");
                        foreach (var (label, partText) in list)
                        {
                            sb.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(partText)).Append("</dd>");
                        }
                        sb.Append("</dl>");
                    }
                    sb.Append("</li>");
                }
                sb.Append("</ul></li>");
            }
            if (f.Speakers.Count > 0)
            {
                sb.Append("<li><strong>Quotes</strong><ul>");
                foreach (var s in f.Speakers)
                {
                    sb.Append("<li>").Append(E(s.Name));
                    if (s.Side is { } side && side != s.Name)
                    {
                        sb.Append(" (").Append(E(side)).Append(')');
                    }
                    if (s.Expert)
                    {
                        sb.Append(" <span class=\"tag\">expert</span>");
                    }
                    if (s.Kind == SpeakerKind.Unnamed)
                    {
                        sb.Append(" <span class=\"tag\">unnamed</span>");
                    }
                    sb.Append(Inv($" ×{s.Count}"));
                    if (s.OtherOutlets == 0 && s.Kind != SpeakerKind.Unattributed)
                    {
                        sb.Append(" <span class=\"tag\">only here</span>");
                    }
                    sb.Append(Ev(text, s.Evidence.Take(MaxItems))).Append("</li>");
                }
                sb.Append("</ul></li>");
            }
            if (Shown(f.Sides).Any())
            {
                sb.Append("<li><strong>Quotes by side</strong> (here vs others): ")
                  .Append(E(string.Join("; ", Shown(f.Sides).Select(s => Inv($"{s.Side} {s.Share:P0} vs {s.OthersShare:P0}"))))).Append("</li>");
            }
            if (f.Terms.Count > 0)
            {
                sb.Append("<li><strong>Dwells on</strong>: ")
                  .Append(E(string.Join(", ", f.Terms.Select(t => Inv($"{t.Term} (z {t.Z:0.0}, {t.Count} vs {t.OthersCount})"))))).Append("</li>");
            }
            if (f.Topics.Count > 0)
            {
                sb.Append("<li><strong>Main topics, share of sentences</strong> (here vs others): ")
                  .Append(E(string.Join("; ", f.Topics.Select(t => Inv($"{t.Topic} {t.Share:P0} vs {t.OthersShare:P0}"))))).Append("</li>");
            }
            foreach (var t in f.Tone.Where(t => t.Sentences.Count > 0))
            {
                sb.Append("<li><strong>Tone toward ").Append(E(t.Name)).Append("</strong>: ")
                  .Append(E(Inv($"{t.Score:+0.00;-0.00;0} per mention, story mean {t.StoryMean:+0.00;-0.00;0} (difference {t.Difference:+0.00;-0.00;0})")));
                sb.Append("<details><summary class=\"ev\">").Append(t.Sentences.Count).Append(" sentences</summary>");
                foreach (var s in t.Sentences)
                {
                    sb.Append("<blockquote>").Append(E(text.Quote(s.Evidence))).Append(" <span class=\"ev\">")
                      .Append(E(Inv($"{s.Score:+0;-0;0} [{string.Join(", ", s.Words)}], chars {s.Evidence.Span.Start}–{s.Evidence.Span.End}"))).Append("</span></blockquote>");
                }
                sb.Append("</details></li>");
            }
            if (f.Loaded.Count > 0)
            {
                sb.Append("<li><strong>Loaded words</strong> (reporter's own text): ")
                  .Append(E(string.Join(", ", f.Loaded.Select(l => Inv($"{l.Word} (chars {l.Evidence.Span.Start}–{l.Evidence.Span.End})"))))).Append("</li>");
            }
            if (f.Lead is { } lead)
            {
                sb.Append("<li><strong>Lead</strong>: ").Append(E(text.Quote(lead.Evidence)));
                if (lead.Actors.Count > 0)
                {
                    sb.Append(" <span class=\"ev\">actors: ").Append(E(string.Join(", ", lead.Actors.Select(a => Inv($"{a.Name} (in {a.OtherLeads} other leads)"))))).Append("</span>");
                }
                var own = lead.Terms.Where(t => t.OtherLeads == 0).Select(t => t.Name).Take(8).ToList();
                if (own.Count > 0)
                {
                    sb.Append(" <span class=\"ev\">in no other lead: ").Append(E(string.Join(", ", own))).Append("</span>");
                }
                sb.Append("</li>");
            }
            sb.Append("</ul></details>");
        }
    }

    private static string Ev(ReportText text, IEnumerable<Evidence> evidence)
    {
        var sb = new StringBuilder("<details><summary class=\"ev\">evidence</summary>");
        foreach (var e in evidence)
        {
            sb.Append("<blockquote>").Append(E(text.Quote(e))).Append(" <span class=\"ev\">— ").Append(E(text.Outlet(e.Article)))
              .Append(Inv($", chars {e.Span.Start}–{e.Span.End}")).Append("</span></blockquote>");
        }
        return sb.Append("</details>").ToString();
    }

    /// <summary>Sides this outlet quotes, and sides it leaves out that the others give a tenth of their quotes or more.</summary>
    private static IEnumerable<SideShare> Shown(IReadOnlyList<SideShare> sides) => sides.Where(s => s.Quotes > 0 || s.OthersShare >= 0.1);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
