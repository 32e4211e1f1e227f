using Parallax.Text;

namespace Parallax.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return [.. SentenceSplitter.Split(text, tokens).Select(s => text[s.Span.Start..s.Span.End])];
    }

    [Fact]
    public void Titles_months_and_initials_do_not_end_sentences()
    {
        Assert.Equal(
            ["Adm. Brad Cooper met Gen. Michael E. Kurilla on Feb. 6 in Muscat.", "Dr. Smith was there."],
            Sentences("Adm. Brad Cooper met Gen. Michael E. Kurilla on Feb. 6 in Muscat. Dr. Smith was there."));
    }

    [Fact]
    public void US_ends_a_sentence_only_before_a_usual_opener()
    {
        Assert.Equal(["He met U.S. officials.", "Talks with the U.S.", "The envoy left."],
            Sentences("He met U.S. officials. Talks with the U.S. The envoy left."));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence_and_quoted_sentences_split()
    {
        Assert.Equal(
            ["\"Today, we held good discussions,\" he stressed.", "\"In general, it was a good start.\"", "Then he left."],
            Sentences("\"Today, we held good discussions,\" he stressed. \"In general, it was a good start.\" Then he left."));
    }

    [Fact]
    public void Ellipsis_before_lower_case_continues_and_line_breaks_end()
    {
        Assert.Equal(["\"a long and deep mistrust ... poses a challenge.\"", "Headline without stop", "Next paragraph."],
            Sentences("\"a long and deep mistrust ... poses a challenge.\" Headline without stop\n\nNext paragraph."));
    }

    [Fact]
    public void US_before_a_lower_case_quotation_continues_the_sentence()
    {
        Assert.Equal(["Meanwhile a U.S. \"massive armada\" waited.", "\"Leave now.\""],
            Sentences("Meanwhile a U.S. \"massive armada\" waited. \"Leave now.\""));
    }

    [Fact]
    public void Question_and_exclamation_marks_end_sentences()
    {
        Assert.Equal(["Will they meet?", "Yes!", "They will."], Sentences("Will they meet? Yes! They will."));
    }

    [Fact]
    public void A_run_without_an_end_is_cut_at_its_last_comma_before_the_limit()
    {
        // 40 items of "w1 w2 w3 w4 w5 w6 ," (7 tokens each) and a full stop: 281 tokens, no sentence end until the last.
        var text = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"item{i} a b c d e ,")) + " .";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(281, tokens.Count);
        var sentences = SentenceSplitter.Split(text, tokens);
        // The 250th token is the 5th word of item 35; the last comma before it closes item 34 (token 245, 0-based 244).
        Assert.Equal([245, 36], sentences.Select(s => s.TokenCount));
        Assert.EndsWith("item34 a b c d e ,", text[sentences[0].Span.Start..sentences[0].Span.End]);
        Assert.Equal(245, sentences[1].FirstToken);
    }

    [Fact]
    public void A_run_without_any_punctuation_is_cut_where_it_reaches_the_limit()
    {
        var text = string.Join(" ", Enumerable.Range(0, 600).Select(i => $"w{i}"));
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        Assert.Equal([250, 250, 100], sentences.Select(s => s.TokenCount));
        Assert.Equal([0, 250, 500], sentences.Select(s => s.FirstToken));
        Assert.StartsWith("w250 ", text[sentences[1].Span.Start..]);
    }
}
