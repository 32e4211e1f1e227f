using Parallax.Ledger;

namespace Parallax.Framing;

/// <summary>
/// How one report tells its story, compared with the story's other outlets: what it alone reports, whom it quotes,
/// which issues it dwells on, its tone toward the main actors, its loaded words and its lead. A comparison, not a
/// verdict; every item carries the spans behind it. "Other outlets" are the reports independent of this one: a copy
/// (a rewrite naming its original) is compared neither with its original nor as a second outlet.
/// </summary>
public sealed record OutletFraming
{
    public required string Article { get; init; }
    public required string Outlet { get; init; }

    /// <summary>The report this one copies, when it is a rewrite of another report of the story.</summary>
    public string? CopyOf { get; init; }

    /// <summary>How many independent other outlets it is compared with (0: nothing to compare).</summary>
    public int Compared { get; init; }

    /// <summary>What this outlet reports and no independent other outlet does, most salient first.</summary>
    public IReadOnlyList<ExclusiveItem> Exclusive { get; init; } = [];

    /// <summary>Whom it quotes, most quoted first.</summary>
    public IReadOnlyList<QuotedSpeaker> Speakers { get; init; } = [];

    /// <summary>Its share of quotes per side, against the pooled share of the other outlets.</summary>
    public IReadOnlyList<SideShare> Sides { get; init; } = [];

    /// <summary>Its most distinctive words against the other outlets (weighted log-odds, informative Dirichlet prior).</summary>
    public IReadOnlyList<DistinctiveTerm> Terms { get; init; } = [];

    /// <summary>The space it gives each of the story's main topics, against the other outlets.</summary>
    public IReadOnlyList<TopicShare> Topics { get; init; } = [];

    /// <summary>Its tone toward each main actor, as a difference from the story's mean.</summary>
    public IReadOnlyList<ActorTone> Tone { get; init; } = [];

    /// <summary>Loaded or intensifying words in the reporter's own text (outside quotations).</summary>
    public IReadOnlyList<LoadedWord> Loaded { get; init; } = [];

    /// <summary>What its opening foregrounds.</summary>
    public LeadFraming? Lead { get; init; }
}

public enum ExclusiveBasis
{
    /// <summary>A single-source claim of the story's ledger.</summary>
    Claim,

    /// <summary>A sentence the ledger holds no claim for (a quotation, a statement without names or numbers) that no other outlet states.</summary>
    Sentence,
}

/// <summary>
/// Something only this outlet (and its copies) reports. <see cref="Novelty"/> is the share of its content words and
/// entities that no independent other outlet uses anywhere.
/// </summary>
public sealed record ExclusiveItem(string Text, ExclusiveBasis Basis, double Salience, double Novelty, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>For a claim of the ledger: who did what, to whom, when, where, as the claim's clause states it.</summary>
    public ClaimParts? Parts { get; init; }
}

/// <summary>Settings of the framing analysis.</summary>
public sealed record FramingOptions
{
    public static FramingOptions Default { get; } = new();

    /// <summary>
    /// Least share of an item's content words and entities that no other outlet uses, for the item to count as
    /// material the others leave out.
    /// </summary>
    /// <remarks>
    /// 0.5: on BASIL dev (2010-2014, default pipeline with entities and quotes) the best precision over the base rate
    /// (1.31 times, recall 0.462) of the thresholds 0 to 0.9, tied with 0.6, which keeps only 0.277 of the
    /// informational-bias spans. `parallax eval ledger --basil ... --split dev --sweep`, see eval/README.md.
    /// </remarks>
    public double MinNovelty { get; init; } = 0.5;
}

public enum SpeakerKind
{
    /// <summary>A named person or body.</summary>
    Named,

    /// <summary>An unnamed source ("officials said", "a person familiar with the talks").</summary>
    Unnamed,

    /// <summary>A quotation with no source found.</summary>
    Unattributed,
}

/// <summary>One source this outlet quotes.</summary>
public sealed record QuotedSpeaker
{
    /// <summary>The story entity id, for named speakers.</summary>
    public string? Entity { get; init; }

    public required string Name { get; init; }
    public required SpeakerKind Kind { get; init; }

    /// <summary>An analyst, expert, academic: an outside voice rather than a party.</summary>
    public bool Expert { get; init; }

    /// <summary>Whose side the speaker is on: the country or body their role is held for, if known.</summary>
    public string? Side { get; init; }

    public required int Count { get; init; }

    /// <summary>How many independent other outlets quote this speaker too.</summary>
    public int OtherOutlets { get; init; }

    public required IReadOnlyList<Evidence> Evidence { get; init; }
}

/// <summary>A side's share of this outlet's quotes and of the other outlets' quotes (pooled).</summary>
public sealed record SideShare(string Side, int Quotes, double Share, double OthersShare)
{
    public double Difference => Share - OthersShare;
}

/// <summary>
/// A word this outlet uses more (Z &gt; 0) or less than the other outlets: Z is the log-odds ratio divided by its
/// standard deviation, with the whole story as the prior.
/// </summary>
public sealed record DistinctiveTerm(string Term, double Z, int Count, int OthersCount, IReadOnlyList<Evidence> Evidence);

/// <summary>A main topic of the story (a word most outlets use) and the share of this outlet's sentences about it.</summary>
public sealed record TopicShare(string Topic, double Share, double OthersShare, IReadOnlyList<Evidence> Evidence)
{
    public double Difference => Share - OthersShare;
}

/// <summary>
/// Tone toward one actor: the mean lexicon score of the words near its mentions (positive minus negative, negation
/// flips), this outlet's against the mean over all the story's outlets.
/// </summary>
public sealed record ActorTone
{
    public required string Entity { get; init; }
    public required string Name { get; init; }
    public required double Score { get; init; }
    public required double StoryMean { get; init; }
    public double Difference => Score - StoryMean;
    public required int Mentions { get; init; }

    /// <summary>The sentences that carry tone words near the actor.</summary>
    public required IReadOnlyList<ToneSentence> Sentences { get; init; }
}

/// <summary>A sentence behind a tone score, with the words that scored (a negated word is written "not success").</summary>
public sealed record ToneSentence(Evidence Evidence, double Score, IReadOnlyList<string> Words);

/// <summary>A loaded or intensifying word in the reporter's own text.</summary>
public sealed record LoadedWord(string Word, Evidence Evidence);

/// <summary>The opening of a report: the actors and words it puts first, and whether other outlets' leads share them.</summary>
public sealed record LeadFraming(Evidence Evidence, IReadOnlyList<LeadItem> Actors, IReadOnlyList<LeadItem> Terms);

/// <summary>An actor (entity id and name) or word in a lead, and how many independent other outlets lead with it too.</summary>
public sealed record LeadItem(string Key, string Name, int OtherLeads);
