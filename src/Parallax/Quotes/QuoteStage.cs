using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Quotes;

/// <summary>
/// Finds quotations and reported speech in one document and attributes each to its source and speaker, by an ordered
/// list of small sieves (quotation marks, trailing and leading attributions, continuations, partial quotes, headlines,
/// "according to", reported speech), then resolves every source to the mention of the entity that spoke.
/// </summary>
public sealed class QuoteStage : IDocStage
{
    private readonly bool _resolveSpeakers;

    /// <param name="resolveSpeakers">
    /// Resolve sources to entity mentions (needs the entity layer). Without it the stage finds content, cue and source
    /// spans only, which is all span-level scoring (PolNeAR) needs.
    /// </param>
    public QuoteStage(bool resolveSpeakers = true)
    {
        _resolveSpeakers = resolveSpeakers;
    }

    /// <summary>The sieves in the order they run; earlier sieves claim cue and source words before later ones look.</summary>
    public static IReadOnlyList<IQuoteSieve> Sieves { get; } =
    [
        new QuotationSieve(),
        new TrailingAttributionSieve(),
        new LeadingAttributionSieve(),
        new ContinuationSieve(),
        new PartialQuoteSieve(),
        new HeadlineSieve(),
        new AccordingToSieve(),
        new IndirectSpeechSieve(),
    ];

    public string Name => "quotes";

    public Layers Requires => _resolveSpeakers ? Layers.Tokens | Layers.Sentences | Layers.Entities : Layers.Tokens | Layers.Sentences;

    public Layers Provides => Layers.Quotes;

    public void Process(Doc doc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Quotes = [.. Find(doc, cancellationToken).Select(c => WellFormed(c.ToQuote()))];
    }

    /// <summary>The attributed candidates in text order, with the sieve that attributed each.</summary>
    public IReadOnlyList<QuoteCandidate> Find(Doc doc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Tokens.Count == 0 || doc.Sentences.Count == 0)
        {
            return [];
        }
        var ctx = new QuoteContext(doc);
        foreach (var sieve in Sieves)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sieve.Apply(ctx, cancellationToken);
        }
        // A partial quote with no cue in its sentence is a scare quote ('a U.S. "massive armada"'), not a statement.
        ctx.Candidates.RemoveAll(c => c.Kind == QuoteKind.Partial && (!c.IsAttributed || IsScareQuote(ctx, c)));
        if (_resolveSpeakers)
        {
            new SpeakerResolver(ctx).ResolveAll();
        }
        return [.. ctx.Candidates.OrderBy(c => c.Content.Start).ThenBy(c => c.Content.End)];
    }

    /// <summary>Longest partial quote read as the reporter's label for a thing rather than a speaker's words.</summary>
    private const int MaxScareQuoteWords = 2;

    /// <summary>
    /// One or two quoted words naming a thing after a possessor in the reporter's sentence, away from any cue ('announced
    /// sanctions on the country's oil export "shadow fleet"'). Quoted words before a noun ('any "meaningful" talks') are
    /// most often the speaker's own and stay; so do the evaluation of a naming verb ('called the talks "frank"') and
    /// words right after a cue.
    /// </summary>
    private static bool IsScareQuote(QuoteContext ctx, QuoteCandidate cand)
    {
        if (cand.Marks is not { } q || cand.Cue is not { } cue)
        {
            return false;
        }
        int open = SieveHelpers.OpenToken(ctx, q);
        int close = SieveHelpers.CloseToken(ctx, q);
        int cueToken = ctx.FirstTokenAtOrAfter(cue.Start);
        if (!q.Closed || SieveHelpers.WordCount(ctx, open + 1, close - 1) > MaxScareQuoteWords || CueLexicon.Names(ctx.Word(cueToken)) ||
            ctx.LastTokenEndingBy(cue.End) >= open - 2)
        {
            return false;
        }
        for (int t = open - 1; t >= Math.Max(0, open - 4); t--)
        {
            // "he's \"deeply saddened\"" is "he is", not a possessor.
            if (Phrases.IsPossessive(ctx, t) && !(t > 0 && ctx.Word(t - 1).ToLowerInvariant() is "he" or "she" or "it" or "that" or "there" or "who" or "what" or "here"))
            {
                return true;
            }
            if (!ctx.IsWord(t) || t == ctx.LastTokenEndingBy(cue.End))
            {
                break;
            }
        }
        return false;
    }

    /// <summary>
    /// A source or cue found inside the quoted words themselves (a subject taken from within a partial quote in
    /// garbled text) is no attribution: the quote is kept, unattributed rather than attributed wrongly.
    /// </summary>
    private static Quote WellFormed(Quote q)
    {
        if (q.Source is { } source && source.Overlaps(q.Content))
        {
            q = q with { Source = null, SpeakerMention = null };
        }
        return q.Cue is { } cue && cue.Overlaps(q.Content) ? q with { Cue = null } : q;
    }
}
