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
}
