using System.Collections.Frozen;

namespace Parallax.Quotes;

/// <summary>The words that introduce an attributed statement, and the words around them that matter for attribution.</summary>
internal static class CueLexicon
{
    /// <summary>Finite verbs of saying, writing and believing: "said", "told", "opined", "believe".</summary>
    private static readonly FrozenSet<string> FiniteVerbs = new[]
    {
        "say", "says", "said", "tell", "tells", "told", "state", "states", "stated", "add", "adds", "added",
        "stress", "stresses", "stressed", "note", "notes", "noted", "emphasize", "emphasizes", "emphasized",
        "emphasise", "emphasises", "emphasised", "explain", "explains", "explained", "argue", "argues", "argued",
        "warn", "warns", "warned", "insist", "insists", "insisted", "claim", "claims", "claimed", "assert", "asserts",
        "asserted", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "announce",
        "announces", "announced", "declare", "declares", "declared", "remark", "remarks", "remarked", "comment",
        "comments", "commented", "opine", "opines", "opined", "write", "writes", "wrote", "tweet", "tweets",
        "tweeted", "describe", "describes", "described", "characterize", "characterizes", "characterized",
        "characterise", "characterises", "characterised", "label", "labels", "labeled", "labelled", "urge", "urges",
        "urged", "caution", "cautions", "cautioned", "echo", "echoes", "echoed", "indicate", "indicates", "indicated",
        "suggest", "suggests", "suggested", "believe", "believes", "believed", "think", "thinks", "predict",
        "predicts", "predicted", "report", "reports", "reported", "confirm", "confirms", "confirmed", "deny",
        "denies", "denied", "maintain", "maintains", "maintained", "contend", "contends", "contended", "promise",
        "promises", "promised", "vow", "vows", "vowed", "recall", "recalls", "recalled", "reply", "replies",
        "replied", "respond", "responds", "responded", "answer", "answers", "answered", "ask", "asks", "asked",
        "highlight", "highlights", "highlighted", "outline", "outlines", "outlined", "underscore", "underscores",
        "underscored", "estimate", "estimates", "estimated", "hint", "hints", "hinted", "call", "calls", "called",
        "brand", "brands", "branded", "complain", "complains", "complained", "concede", "concedes", "conceded",
        "observe", "observes", "observed", "reiterate", "reiterates", "reiterated", "affirm", "affirms", "affirmed",
        "mention", "mentions", "mentioned", "agree", "agrees", "agreed", "acknowledge", "pledge", "pledges", "pledged",
        "allege", "alleges", "alleged", "expect", "expects", "expected", "fear", "fears", "feared", "hope", "hopes",
        "hoped", "doubt", "doubts", "doubted", "worry", "worries", "worried", "know", "knows", "knew", "continue",
        "continues", "continued", "post", "posts", "posted", "quip", "quips", "quipped", "joke", "jokes", "joked",
        "testify", "testifies", "testified", "conclude", "concludes", "concluded", "accuse", "accuses", "accused",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that report a charge after their recipient and "of": "accuses management of drawing up the plan".</summary>
    private static readonly FrozenSet<string> Charges = new[]
    {
        "accuse", "accuses", "accused",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles that continue an attribution: "..., adding that", "calling the talks".</summary>
    private static readonly FrozenSet<string> Participles = new[]
    {
        "saying", "adding", "noting", "stressing", "emphasizing", "emphasising", "arguing", "warning", "insisting",
        "claiming", "calling", "describing", "urging", "explaining", "highlighting", "cautioning", "underscoring",
        "characterising", "characterizing", "labeling", "labelling", "asserting", "declaring", "telling", "stating",
        "suggesting", "acknowledging", "admitting", "denying", "insisting", "recalling", "reiterating", "vowing",
        "predicting", "complaining", "conceding", "writing", "branding", "echoing", "observing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that take a recipient before what was said: "told Harbour FM", "told reporters that".</summary>
    private static readonly FrozenSet<string> TakesRecipient = new[]
    {
        "tell", "tells", "told", "telling", "assure", "assured", "warn", "warned", "warning", "remind", "reminded",
        "inform", "informed", "urge", "urged", "urging",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose use without a following clause is not an attribution (they head other constructions).</summary>
    private static readonly FrozenSet<string> WeakVerbs = new[]
    {
        "call", "calls", "called", "report", "reports", "reported", "expect", "expects", "expected", "agree", "agrees",
        "agreed", "know", "knows", "knew", "hope", "hopes", "hoped", "fear", "fears", "feared", "worry", "worries",
        "worried", "ask", "asks", "asked", "answer", "answers", "answered", "echo", "echoes", "echoed", "label",
        "labels", "brand", "brands", "outline", "outlines", "highlight", "highlights", "mention", "mentions",
        "describe", "describes", "indicate", "indicates", "note", "notes", "state", "states", "add", "adds",
        "think", "doubt", "doubts", "doubted", "pledge", "pledges", "estimate", "estimates", "maintain", "maintains",
        "urge", "urges", "urged", "comment", "comments", "remark", "remarks", "tweet", "tweets", "claim", "claims",
        "caution", "cautions", "warn", "warns", "promise", "promises", "report", "vow", "vows", "recall", "recalls",
        "reply", "replies", "respond", "responds", "hint", "hints", "continue", "continues", "continued", "post", "posts",
        "posted", "joke", "jokes", "conclude", "concludes", "accuse", "accuses", "accused",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that follow a weak verb when it is not a cue: "called for", "expected to", "agreed to".</summary>
    private static readonly FrozenSet<string> NotCueAfter = new[]
    {
        "for", "on", "off", "up", "to", "in", "into", "out", "back", "away", "of", "by", "from", "with",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words between a subject and its verb that belong to neither: "Varenko also said".</summary>
    private static readonly FrozenSet<string> Adverbs = new[]
    {
        "also", "later", "then", "again", "further", "earlier", "previously", "reportedly", "simultaneously",
        "repeatedly", "publicly", "privately", "separately", "once", "recently", "had", "has", "have", "would",
        "will", "did", "does", "do", "had", "may", "might", "could", "can", "should", "must", "still", "even",
        "already", "flatly", "firmly", "strongly", "openly", "bluntly", "quickly", "immediately", "angrily",
        "clearly", "explicitly", "effectively", "subsequently", "finally", "initially", "first", "not", "n't",
        "never", "just", "only", "now", "similarly", "likewise", "too", "however", "indeed", "often", "usually",
        "frequently", "sometimes", "always", "routinely", "regularly", "occasionally", "long", "generally",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a subject noun phrase when read leftwards from its verb.</summary>
    private static readonly FrozenSet<string> ClauseBoundaries = new[]
    {
        "that", "which", "while", "when", "whereas", "as", "because", "although", "though", "if", "and", "but",
        "so", "after", "before", "since", "where", "whether", "unless", "until", "once", "or", "nor", "yet",
        "whom", "whose", "than", "said", "says", "told", "added", "what", "how", "why", "is", "are", "was", "were",
        "be", "been", "being", "to",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Auxiliaries: a phrase after one is a complement, not a subject ("was held", "to be").</summary>
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "is", "are", "was", "were", "be", "been", "being", "to", "am",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "they", "it", "we", "i", "you", "who",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Nouns that name a written or spoken statement: "Oman's statement said" (Oman's words). A spokesperson is a person
    /// who speaks for the country, not the country: "Oman's spokesman said" stays the spokesman's.
    /// </summary>
    private static readonly FrozenSet<string> StatementNouns = new[]
    {
        "statement", "statements", "report", "letter", "communique", "communiqué", "announcement", "release",
        "memo", "note", "post", "tweet", "message", "readout", "declaration",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "at", "in", "of", "on", "for", "from", "with", "by", "to", "about", "into", "over", "under", "between",
        "among", "during", "without", "within", "across", "against", "towards", "toward", "through", "near",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that introduce a quotation ('Cruz continued: "..."') but not reported speech.</summary>
    private static readonly FrozenSet<string> QuotationOnly = new[]
    {
        "continue", "continues", "continued", "post", "posts", "posted", "quip", "quips", "quipped", "joke", "jokes",
        "joked", "testify", "testifies", "testified", "conclude", "concludes", "concluded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles that report speech whatever follows them ("saying", "adding"); the others need "that" or a quotation.</summary>
    private static readonly FrozenSet<string> SpeechParticiples = new[]
    {
        "saying", "adding", "noting", "stressing", "emphasizing", "emphasising", "arguing", "warning", "insisting",
        "claiming", "telling", "stating", "explaining", "asserting", "declaring", "acknowledging", "admitting", "denying",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that name or rate their object ("called the talks 'frank'", "described X as Y"): no clause follows.</summary>
    private static readonly FrozenSet<string> Naming = new[]
    {
        "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "label", "labels",
        "labeled", "labelled", "labeling", "labelling", "brand", "brands", "branded", "branding", "characterize",
        "characterizes", "characterized", "characterizing", "characterise", "characterises", "characterised",
        "characterising",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of evidence that take things as subjects as readily as speakers ("the figures suggest").</summary>
    private static readonly FrozenSet<string> Evidential = new[]
    {
        "suggest", "suggests", "suggested", "indicate", "indicates", "indicated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Names(string word) => Naming.Contains(word);

    public static bool IsEvidential(string word) => Evidential.Contains(word);

    public static bool IsSpeechParticiple(string word) => SpeechParticiples.Contains(word);

    public static bool OnlyIntroducesQuotations(string word) => QuotationOnly.Contains(word);

    public static bool IsFiniteVerb(string word) => FiniteVerbs.Contains(word);

    public static bool IsParticiple(string word) => Participles.Contains(word);

    public static bool IsCue(string word) => FiniteVerbs.Contains(word) || Participles.Contains(word);

    public static bool IsWeak(string word) => WeakVerbs.Contains(word);

    public static bool TakesRecipientBeforeContent(string word) => TakesRecipient.Contains(word);

    public static bool ReportsCharge(string word) => Charges.Contains(word);

    public static bool IsNotCueAfter(string word) => NotCueAfter.Contains(word);

    public static bool IsAdverb(string word) => Adverbs.Contains(word);

    public static bool IsClauseBoundary(string word) => ClauseBoundaries.Contains(word);

    public static bool IsPronoun(string word) => Pronouns.Contains(word);

    public static bool IsAuxiliary(string word) => Auxiliaries.Contains(word);

    public static bool IsStatementNoun(string word) => StatementNouns.Contains(word);

    public static bool IsPreposition(string word) => Prepositions.Contains(word);
}
