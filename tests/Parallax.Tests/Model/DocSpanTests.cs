using Parallax.Model;

namespace Parallax.Tests.Model;

public class DocSpanTests
{
    private const string Text = "Tor Berg met Lena Holm in Portvale.";

    /// <summary>Tokens: Tor [0,3) Berg [4,8) met [9,12) Lena [13,17) Holm [18,22) in [23,25) Portvale [26,34) . [34,35).</summary>
    private static Doc Tokenised()
    {
        var tokens = new List<Token>();
        for (int i = 0; i < Text.Length;)
        {
            if (Text[i] == ' ')
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < Text.Length && Text[end] != ' ' && Text[end] != '.' && Text[i] != '.')
            {
                end++;
            }
            tokens.Add(new Token(new TextSpan(i, end)));
            i = end;
        }
        return new Doc(new Article { Id = "a", Source = "test", Text = Text }) { Tokens = tokens };
    }

    [Fact]
    public void FirstTokenEndingAfterFindsTheTokenHoldingAnOffsetOrTheNext()
    {
        var doc = Tokenised();
        Assert.Equal(8, doc.Tokens.Count);
        Assert.Equal(0, doc.FirstTokenEndingAfter(0));
        Assert.Equal(1, doc.FirstTokenEndingAfter(3));   // the space after "Tor": the next token
        Assert.Equal(1, doc.FirstTokenEndingAfter(6));   // inside "Berg"
        Assert.Equal(7, doc.FirstTokenEndingAfter(34));  // the full stop
        Assert.Equal(8, doc.FirstTokenEndingAfter(35));  // past the text
    }

    [Fact]
    public void FirstOverlappingGivesEachTokenTheFirstItemOverlyingIt()
    {
        var doc = Tokenised();
        TextSpan?[] items =
        [
            new TextSpan(13, 22),  // "Lena Holm"
            null,                  // left out
            new TextSpan(18, 34),  // "Holm in Portvale": Holm already has item 0
            new TextSpan(5, 5),    // empty, inside "Berg"
            new TextSpan(12, 13),  // the space between "met" and "Lena": no token
            new TextSpan(3, 3),    // empty, at the end of "Tor": no token
        ];
        var first = doc.FirstOverlapping(items, s => s);
        Assert.Equal([-1, 3, -1, 0, 0, 2, 2, -1], first);
    }

    [Fact]
    public void FirstOverlappingAgreesWithAScanOfEveryItemPerToken()
    {
        var doc = Tokenised();
        var random = new Random(7);
        var items = new List<TextSpan?>();
        for (int k = 0; k < 300; k++)
        {
            int a = random.Next(Text.Length + 1), b = random.Next(Text.Length + 1);
            items.Add(k % 17 == 0 ? null : new TextSpan(Math.Min(a, b), Math.Max(a, b)));
        }
        var first = doc.FirstOverlapping(items, s => s);
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            int expected = items.FindIndex(s => s is { } span && span.Overlaps(doc.Tokens[t].Span));
            Assert.Equal(expected, first[t]);
        }
        Assert.Contains(first, f => f > 0);
    }

    [Fact]
    public void The_mention_index_follows_a_new_mention_layer()
    {
        var doc = Tokenised();
        doc.Mentions = [new Mention(new TextSpan(0, 8), EntityType.Person)];
        Assert.Equal([0], doc.MentionIndex.Within(new TextSpan(0, 12)));
        Assert.Same(doc.MentionIndex, doc.MentionIndex);
        doc.Mentions = [new Mention(new TextSpan(26, 34), EntityType.Location), new Mention(new TextSpan(13, 22), EntityType.Person)];
        Assert.Empty(doc.MentionIndex.Within(new TextSpan(0, 12)));
        Assert.Equal([0, 1], doc.MentionIndex.Within(new TextSpan(13, 34)));
    }

    [Fact]
    public void InQuotation_marks_quoted_words_but_not_reported_speech_and_follows_a_new_quote_layer()
    {
        var doc = Tokenised();
        doc.Quotes = [new Quote(new TextSpan(9, 17), QuoteKind.Direct), new Quote(new TextSpan(0, 35), QuoteKind.Indirect), new Quote(new TextSpan(26, 34), QuoteKind.Partial)];
        var inside = Enumerable.Range(-1, Text.Length + 2).Where(doc.InQuotation).ToList();
        Assert.Equal([.. Enumerable.Range(9, 8), .. Enumerable.Range(26, 8)], inside);
        doc.Quotes = [new Quote(new TextSpan(0, 3), QuoteKind.Direct)];
        Assert.Equal([0, 1, 2], Enumerable.Range(0, Text.Length).Where(doc.InQuotation));
    }

    [Fact]
    public void InOneQuotation_asks_for_a_span_inside_one_quotation_of_the_speaker_not_across_two_or_in_reported_speech()
    {
        var doc = Tokenised();
        doc.Quotes = [new Quote(new TextSpan(9, 17), QuoteKind.Direct), new Quote(new TextSpan(17, 25), QuoteKind.Partial), new Quote(new TextSpan(0, 35), QuoteKind.Indirect)];
        Assert.True(doc.InOneQuotation(new TextSpan(13, 17)));
        Assert.True(doc.InOneQuotation(new TextSpan(18, 22)));
        // Every character is quoted, but by two quotations.
        Assert.True(doc.InQuotation(16) && doc.InQuotation(17));
        Assert.False(doc.InOneQuotation(new TextSpan(13, 22)));
        // Only reported speech holds "Portvale".
        Assert.False(doc.InOneQuotation(new TextSpan(26, 34)));
    }
}
