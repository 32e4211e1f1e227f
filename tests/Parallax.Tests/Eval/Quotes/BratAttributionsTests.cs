using Parallax.Eval.Quotes;
using Parallax.Model;

namespace Parallax.Tests.Eval.Quotes;

public class BratAttributionsTests
{
    internal const string Text =
        "Ana Ruiz said the port was closed. \"It will open soon,\" she added, \"maybe by Friday.\" Critics called the plan \"a gamble.\"";

    /// <summary>Written by hand in PolNeAR's layout: T spans, an Attribution trigger, and an E line relating them.</summary>
    internal const string Ann =
        "T1\tSource 0 8\tAna Ruiz\n" +
        "T2\tCue 9 13\tsaid\n" +
        "T3\tContent 14 33\tthe port was closed\n" +
        "T4\tAttribution 9 13\tsaid\n" +
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
        "T5\tSource 56 59\tshe\n" +
        "T6\tCue 60 65\tadded\n" +
        "T7\tContent 35 55;67 85\t\"It will open soon,\" \"maybe by Friday.\"\n" +
        "T8\tAttribution 60 65\tadded\n" +
        "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7\n" +
        "T9\tCue 94 100\tcalled\n" +
        "T10\tContent 101 121\tthe plan \"a gamble.\"\n" +
        "T11\tAttribution-no-source 94 100\tcalled\n" +
        "E3\tAttribution-no-source:T11 Content:T10 Cue:T9\n";

    [Fact]
    public void Reads_text_bound_spans_and_events_as_PolNeAR_writes_them()
    {
        var doc = BratAttributions.Parse(Ann, Text);
        Assert.Empty(doc.Problems);
        Assert.Equal(3, doc.Attributions.Count);
        var e1 = doc.Attributions[0];
        Assert.Equal("E1", e1.Id);
        Assert.Equal([new TextSpan(0, 8)], e1.Source);
        Assert.Equal([new TextSpan(9, 13)], e1.Cue);
        Assert.Equal([new TextSpan(14, 33)], e1.Content);
        Assert.Equal([new TextSpan(35, 55), new TextSpan(67, 85)], doc.Attributions[1].Content);
        Assert.Empty(doc.Attributions[2].Source);
        Assert.Equal(3, doc.SpansOf(AttributionRole.Content).Count());
        Assert.Equal(2, doc.SpansOf(AttributionRole.Source).Count());
        Assert.Equal(3, doc.SpansOf(AttributionRole.Cue).Count());
    }

    [Fact]
    public void Reads_relations_from_cue_to_source_and_content()
    {
        const string ann = "T1\tSource 0 8\tAna Ruiz\nT2\tCue 9 13\tsaid\nT3\tContent 14 33\tthe port was closed\n" +
                           "R1\tSOURCE Arg1:T2 Arg2:T1\nR2\tCONTENT Arg1:T3 Arg2:T2\n";
        var doc = BratAttributions.Parse(ann, Text);
        var a = Assert.Single(doc.Attributions);
        Assert.Equal([new TextSpan(0, 8)], a.Source);
        Assert.Equal([new TextSpan(9, 13)], a.Cue);
        Assert.Equal([new TextSpan(14, 33)], a.Content);
    }

    [Fact]
    public void Reports_unreadable_lines_with_their_line_numbers()
    {
        const string ann = "T1\tSource 0 x\tAna Ruiz\nT2\tCue 9 13\tasked\nE1\tAttribution:T9 Cue:T2 Source:T1\n";
        var doc = BratAttributions.Parse(ann, Text);
        Assert.Equal(3, doc.Problems.Count);
        Assert.StartsWith("line 1: T1 has unreadable offsets", doc.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("line 2: T2 text 'asked' does not match the article", doc.Problems[1], StringComparison.Ordinal);
        Assert.StartsWith("line 3: event E1 refers to T1", doc.Problems[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_count_code_points_as_brat_does()
    {
        const string text = "\U0001F600 Ana said hi there.";
        var doc = BratAttributions.Parse("T1\tSource 2 5\tAna\n", text);
        Assert.Empty(doc.Problems);
        Assert.Equal(new TextSpan(3, 6), doc.Spans[0].Fragments[0]);
    }
}
