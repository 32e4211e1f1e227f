using Parallax.Eval.Timex;
using Parallax.Model;

namespace Parallax.Tests.Eval;

public class TimexScorerTests
{
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>T1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-07" temporalFunction="false" functionInDocument="CREATION_TIME">20260207</TIMEX3></DCT>
        <TEXT>They <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2026-02-06">Friday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3> &amp; talked <TIMEX3 tid="t3" type="DATE" value="2026-W06">earlier this week</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reads_text_offsets_and_creation_time()
    {
        var doc = TimeMlDocument.Parse(Tml, "T1");
        Assert.Equal("They met on Friday for three hours & talked earlier this week.", doc.Text);
        Assert.Equal(new DateOnly(2026, 2, 7), doc.CreationDate);
        Assert.Equal(3, doc.Timexes.Count);
        Assert.Equal(new TextSpan(12, 18), doc.Timexes[0].Span);
        Assert.Equal(TimexType.Duration, doc.Timexes[1].Type);
        Assert.Equal("three hours", doc.Text[doc.Timexes[1].Span.Start..doc.Timexes[1].Span.End]);
        Assert.Equal("2026-W06", doc.Timexes[2].Value);
    }

    [Fact]
    public void Strict_relaxed_value_and_type_as_TempEval3()
    {
        var gold = TimeMlDocument.Parse(Tml, "T1");
        var system = new List<Timex>
        {
            new(new TextSpan(12, 18), TimexType.Date, "2026-02-06"),      // exact, right value
            new(new TextSpan(23, 34), TimexType.Date, "PT3H"),            // "three hours": exact span, wrong type
            new(new TextSpan(44, 51), TimexType.Date, "2026-W05"),        // "earlier": overlaps only, wrong value
            new(new TextSpan(0, 4), TimexType.Date, "PRESENT_REF"),       // spurious
        };
        var scorer = new TimexScorer();
        scorer.Add(gold.Id, gold.Text, gold.Timexes, system);
        var s = scorer.Scores;
        Assert.Equal((2, 4, 3), (s.Strict.Correct, s.Strict.Predicted, s.Strict.Gold));
        Assert.Equal(3, s.Relaxed.Correct);
        Assert.Equal(0.75, s.Relaxed.Precision, 6);
        Assert.Equal(1.0, s.Relaxed.Recall, 6);
        Assert.Equal(2, s.Value.Correct);
        Assert.Equal(2, s.Type.Correct);
        Assert.Equal(2.0 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), s.Value.F1, 6);
        Assert.Contains(scorer.Errors, e => e.Kind == "spurious");
    }

    [Fact]
    public void One_system_expression_matches_one_gold_expression()
    {
        var gold = TimeMlDocument.Parse(Tml, "T1");
        var wide = new List<Timex> { new(new TextSpan(12, 34), TimexType.Date, "2026-02-06") };
        var scorer = new TimexScorer();
        scorer.Add(gold.Id, gold.Text, gold.Timexes, wide);
        Assert.Equal(1, scorer.Scores.Relaxed.Correct);
        Assert.Equal(0, scorer.Scores.Strict.Correct);
    }

    [Fact]
    public void Mod_is_read_and_scored_over_the_expressions_that_carry_one()
    {
        const string xml = """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-07" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
            <TEXT>It took <TIMEX3 tid="t1" type="DURATION" value="P2Y" mod="APPROX">about two years</TIMEX3> until <TIMEX3 tid="t2" type="DATE" value="2026-W07" mod="START">early next week</TIMEX3> and <TIMEX3 tid="t3" type="DATE" value="2025">last year</TIMEX3>.</TEXT></TimeML>
            """;
        var gold = TimeMlDocument.Parse(xml, "M1");
        Assert.Equal(["APPROX", "START", null], gold.Timexes.Select(t => t.Mod));
        var system = new List<Timex>
        {
            new(gold.Timexes[0].Span, TimexType.Duration, "P2Y") { Mod = TimexMod.Approx },        // right
            new(gold.Timexes[1].Span, TimexType.Date, "2026-W07") { Mod = TimexMod.End },          // wrong mod
            new(gold.Timexes[2].Span, TimexType.Date, "2025") { Mod = TimexMod.Start },            // mod where gold has none
        };
        var scorer = new TimexScorer();
        scorer.Add(gold.Id, gold.Text, gold.Timexes, system);
        var mod = scorer.Scores.Mod;
        Assert.Equal((1, 3, 2), (mod.Correct, mod.Predicted, mod.Gold));
        Assert.Equal(2, scorer.Errors.Count(e => e.Kind == "mod"));
    }

    [Fact]
    public void A_file_without_TEXT_is_refused_with_a_reason()
    {
        var e = Assert.Throws<FormatException>(() => TimeMlDocument.Parse("<TimeML><DOCID>x</DOCID></TimeML>", "x"));
        Assert.Contains("<TEXT>", e.Message, StringComparison.Ordinal);
    }

    [SharedDataFact("data/temporal/tempeval3/TBAQ-cleaned/TimeBank")]
    public void TimeBank_scores_stay_above_the_floor()
    {
        var files = TimeMlEvaluation.FindFiles(SharedData.Require("data/temporal/tempeval3/TBAQ-cleaned/TimeBank"));
        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith("._", StringComparison.Ordinal));
        var s = TimeMlEvaluation.Run(files).Scores;
        // Floors a little under the figures recorded in eval/README.md (629b439: relaxed 0.944, value 0.828):
        // a rule change that loses them fails here. Raise them with the figures; never lower them.
        Assert.True(s.Relaxed.F1 >= 0.935, $"relaxed F1 {s.Relaxed.F1:0.000}");
        Assert.True(s.Value.F1 >= 0.82, $"value F1 {s.Value.F1:0.000}");
        Assert.True(s.Strict.F1 >= 0.89, $"strict F1 {s.Strict.F1:0.000}");
    }
}
