using Parallax.Model;

namespace Parallax.Tests.Model;

public class SpanIndexTests
{
    [Fact]
    public void Within_gives_the_mentions_inside_a_span_in_layer_order()
    {
        // Not in start order, two starting at one offset, one empty.
        List<Mention> mentions =
        [
            new(new TextSpan(20, 30), EntityType.Person),    // 0
            new(new TextSpan(5, 12), EntityType.Location),   // 1
            new(new TextSpan(20, 25), EntityType.Person),    // 2
            new(new TextSpan(28, 40), EntityType.Organization), // 3: runs past 30
            new(new TextSpan(30, 30), EntityType.Misc),      // 4: empty, at the span's end
        ];
        var index = new SpanIndex(mentions.Select(m => m.Span));
        Assert.Equal([0, 2, 4], index.Within(new TextSpan(15, 30)));
        Assert.Equal([1], index.Within(new TextSpan(5, 12)));
        Assert.Empty(index.Within(new TextSpan(6, 12)));
        Assert.Equal([0, 1, 2, 3, 4], index.Within(new TextSpan(0, 50)));
    }

    [Fact]
    public void Within_agrees_with_a_scan_of_every_mention()
    {
        var random = new Random(11);
        var mentions = new List<Mention>();
        for (int k = 0; k < 400; k++)
        {
            int start = random.Next(1000);
            mentions.Add(new Mention(new TextSpan(start, start + random.Next(30)), EntityType.Person));
        }
        var index = new SpanIndex(mentions.Select(m => m.Span));
        for (int q = 0; q < 200; q++)
        {
            int a = random.Next(1030), b = random.Next(1030);
            var span = new TextSpan(Math.Min(a, b), Math.Max(a, b));
            var expected = Enumerable.Range(0, mentions.Count).Where(m => span.Contains(mentions[m].Span)).ToList();
            Assert.Equal(expected, index.Within(span));
        }
    }
}
