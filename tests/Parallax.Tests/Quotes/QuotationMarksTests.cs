using Parallax.Quotes;

namespace Parallax.Tests.Quotes;

public class QuotationMarksTests
{
    private static string[] Inner(string text) => [.. QuotationMarks.Find(text).Select(q => text[q.Inner.Start..q.Inner.End])];

    [Fact]
    public void Straight_and_curly_double_quotes_pair_within_a_line()
    {
        Assert.Equal(["one", "two", "three"], Inner("He said \"one\" and \u201Ctwo\u201D and \"three\"."));
    }

    [Fact]
    public void Apostrophes_are_not_single_quotes()
    {
        Assert.Equal(["over,"], Inner("Iran's talks aren't 'over,' he said; the Iranians' view is clear."));
        Assert.Equal(["a good start"], Inner("He labeled the talks \u2018a good start\u2019 and it\u2019s fine."));
    }

    [Fact]
    public void Single_quotes_inside_double_quotes_belong_to_the_outer_quote()
    {
        Assert.Equal(["He called it 'fair' today"], Inner("\"He called it 'fair' today\""));
    }

    [Fact]
    public void Quotes_do_not_run_across_lines_and_unclosed_marks_are_dropped()
    {
        Assert.Equal(["closed"], Inner("\"open\nand \"closed\" here"));
    }

    [Fact]
    public void Two_apostrophes_serve_as_double_quotes_as_in_some_archives()
    {
        Assert.Equal(["We will win,", "It's over."], Inner("''We will win,'' said Ann Lee. ''It's over.''"));
        Assert.Equal(["We'll bomb 'them,'"], Inner("''We'll bomb 'them,''' he said."));
    }
}
