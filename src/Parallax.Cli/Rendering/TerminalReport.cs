using System.Globalization;
using Parallax.Ledger;
using Parallax.Reports;
using Spectre.Console;

namespace Parallax.Cli.Rendering;

/// <summary>The dossier for a person at a terminal: outlets by name, conflicts first, every item with its outlets.</summary>
internal static class TerminalReport
{
    private const int SingleSourceShown = 8;

    public static void Render(Dossier dossier, IAnsiConsole console)
    {
        var t = new ReportText(dossier);
        console.MarkupLine($"[bold]{dossier.Articles.Count} reports[/]");
        foreach (var a in dossier.Articles)
        {
            var note = a.BasedOn is { } b ? $" · rewrite of {b}" : "";
            // Without an outlet or a web address the report is already shown by its title.
            var title = a.Title is { } heading && (a.Outlet is not null || a.Url is not null) ? " · " + Clip(heading, 70) : "";
            console.MarkupLine($"  [cyan]{E(t.Outlet(a.Id))}[/] [grey]{E(ReportText.Published(a))}[/]{E(title)}[yellow]{E(note)}[/]");
        }
        foreach (var s in dossier.Stories)
        {
            console.WriteLine();
            console.Write(new Rule($"[bold]{E(s.Title)}[/]").LeftJustified());
            console.MarkupLine($"[grey]{s.Articles.Count} reports:[/] {E(t.Outlets(s.Articles))}");
            if (s.Summary.Count > 0)
            {
                console.MarkupLine("\n[bold]In short[/]");
                foreach (var line in s.Summary)
                {
                    console.MarkupLine($"  {E(line.Text)} [cyan][[{E(t.Outlets(line.Articles))}]][/]");
                }
            }
            foreach (var d in s.Independence)
            {
                console.MarkupLine($"  [yellow]{E(t.Outlet(d.Article))} {E(ReportText.Derivation(d.Kind))} {E(d.From)}[/]");
            }
            if (s.Positions.Count > 0)
            {
                console.MarkupLine("\n[bold]Positions[/]");
                foreach (var p in s.Positions)
                {
                    console.MarkupLine($"  [bold]{E(p.PartyName)}[/] on {E(p.Issue)}: {E(Clip(p.Stance, 140))} — [cyan]{E(t.Outlets(p.Articles))}[/]");
                }
            }
            if (s.Conflicts.Count > 0)
            {
                console.MarkupLine("\n[bold red]Conflicts[/]");
                foreach (var c in s.Conflicts)
                {
                    console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                        $"  [bold]{E(c.Subject)}[/] [grey]({E(JsonReport.Kebab(c.Kind.ToString()))}, importance {c.Importance:0.00})[/]"));
                    console.MarkupLine($"    [grey]{E(c.Explanation)}[/]");
                    foreach (var v in c.Values)
                    {
                        console.MarkupLine($"    • {E(v.Value)} — [cyan]{E(t.Outlets(v.Articles))}[/]");
                        console.MarkupLine($"      [grey]“{E(Clip(t.Quote(v.Evidence[0]), 140))}”[/]");
                    }
                }
            }
            var entities = s.Entities.Where(e => e.Articles.Count > 1).Take(20).ToList();
            if (entities.Count > 0)
            {
                var table = new Table().Border(TableBorder.Simple).Title("[bold]Who and what[/]")
                    .AddColumn("entity").AddColumn("type").AddColumn("also written").AddColumn("roles").AddColumn("reports");
                foreach (var e in entities)
                {
                    table.AddRow(E(e.Name), JsonReport.TypeName(e.Type), E(string.Join(", ", e.Aliases.Where(x => x != e.Name))),
                        E(string.Join("; ", e.Roles)), e.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                console.Write(table);
            }
            if (s.Quotes.Count > 0)
            {
                console.MarkupLine("\n[bold]Who said what[/]");
                foreach (var q in s.Quotes.Take(25))
                {
                    console.MarkupLine($"  [bold]{E(q.SpeakerName ?? "unattributed")}[/]: “{E(Clip(q.Text, 160))}” — [cyan]{E(t.Outlets(q.Articles))}[/]");
                }
            }
            console.MarkupLine("\n[bold]Claims[/]");
            foreach (var c in s.Claims.Where(c => c.Status != ClaimStatus.SingleSource))
            {
                var color = c.Status == ClaimStatus.Contested ? "red" : "green";
                console.MarkupLine($"  [{color}]{E(ReportText.Status(c.Status))}[/] {E(Clip(c.Text, 200))} — [cyan]{E(t.Outlets(c.Articles))}[/]");
                if (ReportText.Parts(c.Parts) is { Count: > 0 } parts)
                {
                    console.MarkupLine("    [grey]" + E(Clip(string.Join(" · ", parts.Select(p => $"{p.Label}: {p.Text}")), 200)) + "[/]");
                }
            }
            var single = s.Claims.Where(c => c.Status == ClaimStatus.SingleSource).ToList();
            foreach (var c in single.Take(SingleSourceShown))
            {
                console.MarkupLine($"  [grey]single source[/] {E(Clip(c.Text, 200))} — [cyan]{E(t.Outlets(c.Articles))}[/]");
            }
            if (single.Count > SingleSourceShown)
            {
                console.MarkupLine($"  [grey]… and {single.Count - SingleSourceShown} more single-source claims (see --format markdown or json)[/]");
            }
            if (s.Timeline.Count > 0)
            {
                console.MarkupLine("\n[bold]Timeline[/]");
                foreach (var e in s.Timeline)
                {
                    console.MarkupLine($"  [bold]{E(ReportText.Date(e))}[/] {E(Clip(e.Text, 160))} — [cyan]{E(t.Outlets(e.Articles))}[/] [grey]({E(ReportText.DateNote(e))})[/]");
                }
            }
        }
        foreach (var r in dossier.Rejected)
        {
            console.MarkupLine($"[yellow]not read:[/] {E(r.Source)}: {E(r.Detail)}");
        }
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Article text is untrusted: Spectre markup is escaped and control characters dropped.</summary>
    private static string E(string text) =>
        Markup.Escape(new string([.. text.Where(c => !char.IsControl(c) || c == '\n')]));
}
