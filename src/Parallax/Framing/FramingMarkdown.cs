using System.Globalization;
using System.Text;
using Parallax.Ledger;
using Parallax.Reports;

namespace Parallax.Framing;

/// <summary>Framing per outlet as a Markdown section of a story; article text escaped, every item with its spans.</summary>
public static class FramingMarkdown
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
        sb.AppendLine().AppendLine("### Framing per outlet").AppendLine();
        sb.AppendLine("A comparison of each report with the story's independent other outlets, not a verdict.").AppendLine();
        foreach (var f in framing)
        {
            sb.Append("#### ").Append(Esc(text.Outlet(f.Article)));
            if (f.CopyOf is { } original)
            {
                sb.Append(" (copy of ").Append(Esc(text.Outlet(original))).Append(')');
            }
            sb.AppendLine().AppendLine();
            sb.AppendLine(Inv($"Compared with {f.Compared} other outlet(s).")).AppendLine();
            if (f.Exclusive.Count > 0)
            {
                sb.AppendLine(Inv($"- **Only here** ({f.Exclusive.Count}):"));
                foreach (var x in f.Exclusive.Take(MaxItems))
                {
                    sb.AppendLine($"  - “{Esc(x.Text)}” {Spans(x.Evidence.Take(1))}");
                    if (x.Parts is { } parts && Reports.ReportText.Parts(parts) is { Count: > 0 } list)
                    {
                        sb.AppendLine("    - " + string.Join(" · ", list.Select(p => $"{p.Label}: {Esc(p.Text)}")));
                    }
                }
            }
            if (f.Speakers.Count > 0)
            {
                sb.AppendLine("- **Quotes**: " + string.Join("; ", f.Speakers.Select(s =>
                    Inv($"{Esc(s.Name)}{(s.Side is { } side && side != s.Name ? $" ({Esc(side)})" : "")}{(s.Expert ? " [expert]" : "")}{(s.Kind == SpeakerKind.Unnamed ? " [unnamed]" : "")} ×{s.Count}{(s.OtherOutlets == 0 && s.Kind != SpeakerKind.Unattributed ? " (only here)" : "")}"))));
            }
            if (Shown(f.Sides).Any())
            {
                sb.AppendLine("- **Quotes by side** (here vs others): " + string.Join("; ", Shown(f.Sides).Select(s => Inv($"{Esc(s.Side)} {s.Share:P0} vs {s.OthersShare:P0}"))));
            }
            if (f.Terms.Count > 0)
            {
                sb.AppendLine("- **Dwells on**: " + string.Join(", ", f.Terms.Select(t => Inv($"{Esc(t.Term)} (z {t.Z:0.0}, {t.Count} vs {t.OthersCount})"))));
            }
            if (f.Topics.Count > 0)
            {
                sb.AppendLine("- **Main topics, share of sentences** (here vs others): " + string.Join("; ", f.Topics.Select(t => Inv($"{Esc(t.Topic)} {t.Share:P0} vs {t.OthersShare:P0}"))));
            }
            foreach (var t in f.Tone.Where(t => t.Sentences.Count > 0))
            {
                sb.AppendLine(Inv($"- **Tone toward {Esc(t.Name)}**: {t.Score:+0.00;-0.00;0} per mention, story mean {t.StoryMean:+0.00;-0.00;0} (difference {t.Difference:+0.00;-0.00;0})"));
                foreach (var s in t.Sentences.Take(MaxItems))
                {
                    sb.AppendLine(Inv($"  - {s.Score:+0;-0;0} [{Esc(string.Join(", ", s.Words))}] “{Esc(text.Quote(s.Evidence))}” {Spans([s.Evidence])}"));
                }
            }
            if (f.Loaded.Count > 0)
            {
                sb.AppendLine("- **Loaded words** (reporter's own text): " + string.Join(", ", f.Loaded.Select(l => $"{Esc(l.Word)} {Spans([l.Evidence])}")));
            }
            if (f.Lead is { } lead)
            {
                sb.Append($"- **Lead**: “{Esc(text.Quote(lead.Evidence))}” {Spans([lead.Evidence])}");
                var own = lead.Actors.Where(a => a.OtherLeads == 0).Select(a => a.Name).Concat(lead.Terms.Where(t => t.OtherLeads == 0).Select(t => t.Name)).ToList();
                if (lead.Actors.Count > 0)
                {
                    sb.Append(" — actors: ").Append(Esc(string.Join(", ", lead.Actors.Select(a => a.Name))));
                }
                if (own.Count > 0)
                {
                    sb.Append(" — in no other lead: ").Append(Esc(string.Join(", ", own.Take(8))));
                }
                sb.AppendLine();
            }
            sb.AppendLine();
        }
    }

    /// <summary>Sides this outlet quotes, and sides it leaves out that the others give a tenth of their quotes or more.</summary>
    private static IEnumerable<SideShare> Shown(IReadOnlyList<SideShare> sides) => sides.Where(s => s.Quotes > 0 || s.OthersShare >= 0.1);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Esc(string s) => MarkdownReport.Esc(s);

    private static string Spans(IEnumerable<Evidence> evidence) =>
        string.Join(" ", evidence.Select(e => $"`{e.Article}@{e.Span.Start}-{e.Span.End}`"));
}
