using Parallax.Eval.Framing;
using Parallax.Model;

namespace Parallax.Tests.Framing;

public class BasilTests
{
    // An invented article and annotation in BASIL's layout (offsets are into one sentence of the body).
    private const string ArticleJson = """
        {
          "source": "hpo", "title": "Council approves harbour budget", "date": "2031-04-12",
          "url": "https://example.org/council", "triplet-uuid": "t-1", "uuid": "a-1",
          "body-paragraphs": [
            ["The council approved the harbour budget on Tuesday.", "Critics called it a reckless giveaway."],
            ["The mayor, who faces re-election, said the vote was fair."]
          ]
        }
        """;

    private const string AnnotationJson = """
        {
          "phrase-level-annotations": [
            {"id": "p1", "bias": "lex", "start": 20, "end": 37, "txt": "reckless giveaway", "quote": "no"},
            {"id": "p2", "bias": "inf", "start": 10, "end": 36, "txt": "who faces re-election, sa", "quote": "no"},
            {"id": "p3", "bias": "inf", "start": 9, "end": 35, "txt": ", who faces re-election, s", "quote": "no"},
            {"id": "title", "bias": "lex", "start": 0, "end": 7, "txt": "Council", "quote": "no"}
          ]
        }
        """;

    [Fact]
    public void Reader_joins_sentences_and_paragraphs_and_moves_sentence_offsets_into_the_text()
    {
        var a = Basil.ReadArticle(ArticleJson, AnnotationJson, "x.json");
        Assert.Equal(
            "The council approved the harbour budget on Tuesday. Critics called it a reckless giveaway.\n\n" +
            "The mayor, who faces re-election, said the vote was fair.", a.Article.Text);
        Assert.Equal("HuffPost", a.Article.Outlet);
        Assert.Equal("hpo", a.Source);
        Assert.Equal("t-1", a.Triplet);
        Assert.Equal(new DateTimeOffset(2031, 4, 12, 0, 0, 0, TimeSpan.Zero), a.Article.Published);
        Assert.Equal([new TextSpan(0, 90), new TextSpan(92, 149)], a.Article.Paragraphs);

        // "reckless giveaway" is at 20-37 of the second sentence, which starts at 52.
        var lex = a.Spans[0];
        Assert.Equal(BasilBias.Lexical, lex.Bias);
        Assert.Equal(new TextSpan(72, 89), lex.Span);
        Assert.Equal("reckless giveaway", a.Article.Slice(lex.Span));

        // p2's text is not at its offsets in any sentence; p3's is, in the second paragraph; the title one is not in the body.
        var inf = Assert.Single(a.Spans, s => s.Bias == BasilBias.Informational);
        Assert.Equal("p3", inf.Id);
        Assert.Equal(", who faces re-election, s", a.Article.Slice(inf.Span));
        Assert.Equal(2, a.Unplaced);
    }

    [Fact]
    public void A_missing_folder_is_reported_with_what_to_give()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => Basil.Read(Path.Combine(Path.GetTempPath(), "no-such-basil")));
        Assert.Contains("give the BASIL folder", e.Message, StringComparison.Ordinal);
    }

    [SharedDataFact("framing/basil")]
    public void Real_data_has_fifty_triplets_of_three_outlets_and_every_annotation_sits_at_its_offsets()
    {
        var triplets = Basil.Read(SharedData.Require("framing/basil"));
        Assert.Equal(50, triplets.Count);
        Assert.Equal(150, triplets.Sum(t => t.Articles.Count));
        Assert.All(triplets, t => Assert.Equal(["fox", "hpo", "nyt"], t.Articles.Select(a => a.Source).Order(StringComparer.Ordinal)));
        Assert.Equal(25, triplets.Count(t => Basil.IsDevYear(t.Year)));
        var spans = triplets.SelectMany(t => t.Articles).SelectMany(a => a.Spans.Select(s => (a, s))).ToList();
        Assert.All(spans, x => Assert.Equal(x.s.Text, x.a.Article.Slice(x.s.Span)));
        // 844 annotations: 842 in the body, 2 of the title.
        Assert.Equal(842, spans.Count);
        Assert.Equal(2, triplets.SelectMany(t => t.Articles).Sum(a => a.Unplaced));
        Assert.Equal(604, spans.Count(x => x.s.Bias == BasilBias.Informational));
        Assert.Equal(238, spans.Count(x => x.s.Bias == BasilBias.Lexical));
    }
}
