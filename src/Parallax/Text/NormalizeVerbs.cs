namespace Parallax.Text;

/// <summary>Verbs of news reports: their base forms and the predicates that paraphrases share.</summary>
public static partial class Normalize
{
    /// <summary>Past and participle forms that no suffix rule undoes.</summary>
    private static readonly Dictionary<string, string> IrregularVerbs = new(StringComparer.Ordinal)
    {
        ["said"] = "say", ["told"] = "tell", ["held"] = "hold", ["met"] = "meet", ["took"] = "take", ["taken"] = "take",
        ["made"] = "make", ["gave"] = "give", ["given"] = "give", ["went"] = "go", ["gone"] = "go", ["came"] = "come",
        ["began"] = "begin", ["begun"] = "begin", ["left"] = "leave", ["won"] = "win", ["lost"] = "lose", ["sent"] = "send",
        ["spent"] = "spend", ["saw"] = "see", ["seen"] = "see", ["found"] = "find", ["brought"] = "bring",
        ["thought"] = "think", ["sought"] = "seek", ["fought"] = "fight", ["kept"] = "keep", ["led"] = "lead",
        ["broke"] = "break", ["broken"] = "break", ["spoke"] = "speak", ["spoken"] = "speak", ["wrote"] = "write",
        ["written"] = "write", ["rose"] = "rise", ["risen"] = "rise", ["fell"] = "fall", ["fallen"] = "fall",
        ["struck"] = "strike", ["shot"] = "shoot", ["ran"] = "run", ["was"] = "be", ["were"] = "be", ["is"] = "be",
        ["are"] = "be", ["been"] = "be", ["being"] = "be", ["am"] = "be", ["had"] = "have", ["has"] = "have", ["did"] = "do", ["does"] = "do",
        ["done"] = "do", ["became"] = "become", ["stood"] = "stand", ["understood"] = "understand", ["knew"] = "know",
        ["known"] = "know", ["grew"] = "grow", ["drew"] = "draw", ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw",
        ["flew"] = "fly", ["chose"] = "choose", ["chosen"] = "choose", ["froze"] = "freeze", ["frozen"] = "freeze",
        ["paid"] = "pay", ["laid"] = "lay", ["sold"] = "sell", ["built"] = "build", ["meant"] = "mean", ["heard"] = "hear",
        ["felt"] = "feel", ["dealt"] = "deal", ["caught"] = "catch", ["taught"] = "teach", ["got"] = "get",
        ["gotten"] = "get", ["hung"] = "hang", ["undertook"] = "undertake", ["overtook"] = "overtake", ["shown"] = "show",
        ["wound"] = "wound", ["fled"] = "flee", ["bore"] = "bear", ["borne"] = "bear", ["forbade"] = "forbid",
        ["arisen"] = "arise", ["arose"] = "arise", ["driven"] = "drive", ["drove"] = "drive", ["upheld"] = "uphold",
        ["reaffirmed"] = "reaffirm", ["hit"] = "hit", ["put"] = "put", ["set"] = "set", ["cut"] = "cut", ["let"] = "let",
    };

    /// <summary>
    /// A verb's key for matching: its base form with the endings of inflection and a final e removed, so that
    /// "agreed", "agrees" and "agree" meet ("agre"), and "resumed", "resuming" and "resume" ("resum").
    /// </summary>
    public static string VerbKey(string word)
    {
        var w = Fold(word);
        if (IrregularVerbs.TryGetValue(w, out var irregular))
        {
            w = irregular;
        }
        else if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal)))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("ses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        if (w.Length > 3 && w.EndsWith('e'))
        {
            w = w[..^1];
        }
        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'e' or 'o'))
        {
            w = w[..^1];
        }
        return w;
    }

    /// <summary>
    /// News verbs that state one thing in other words, keyed by <see cref="VerbKey"/>: saying and telling, meeting and
    /// holding talks, agreeing and reaching an agreement.
    /// </summary>
    private static readonly Dictionary<string, string> VerbConcepts = new(StringComparer.Ordinal)
    {
        ["say"] = "say", ["tell"] = "say", ["stat"] = "say", ["add"] = "say", ["not"] = "say", ["stress"] = "say",
        ["emphasiz"] = "say", ["emphasis"] = "say", ["remark"] = "say", ["comment"] = "say", ["declar"] = "say",
        ["explain"] = "say", ["assert"] = "say", ["affirm"] = "say", ["reaffirm"] = "say", ["underlin"] = "say",
        ["meet"] = "talk", ["talk"] = "talk", ["negotiat"] = "talk", ["confer"] = "talk", ["discus"] = "talk",
        ["agre"] = "agree", ["resum"] = "resume", ["reconven"] = "resume", ["continu"] = "resume", ["restart"] = "resume",
        ["end"] = "end", ["conclud"] = "end", ["wrap"] = "end", ["finish"] = "end", ["clos"] = "end",
        ["kill"] = "kill", ["injur"] = "injure", ["wound"] = "injure", ["hurt"] = "injure",
        ["reject"] = "reject", ["refus"] = "reject", ["dismis"] = "reject", ["rebuf"] = "reject",
        ["warn"] = "warn", ["caution"] = "warn", ["demand"] = "demand", ["urg"] = "demand",
        ["host"] = "host", ["mediat"] = "mediate", ["facilitat"] = "mediate", ["brok"] = "mediate",
        ["arriv"] = "arrive", ["reach"] = "reach", ["visit"] = "visit", ["travel"] = "visit",
        ["lead"] = "lead", ["head"] = "lead",
        ["chair"] = "mediate", ["presid"] = "mediate", ["adjourn"] = "end", ["reiterat"] = "say", ["repeat"] = "say",
        ["condemn"] = "condemn", ["denounc"] = "condemn", ["arrest"] = "detain", ["detain"] = "detain",
        ["focus"] = "focus", ["center"] = "focus", ["centr"] = "focus", ["concentrat"] = "focus", ["confin"] = "focus",
        ["postpon"] = "delay", ["delay"] = "delay", ["announc"] = "announce", ["unveil"] = "announce",
    };

    /// <summary>Verbs that say little alone and take their meaning from their object ("held talks", "reached a deal").</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "hold", "conduct", "have", "reach", "make", "strike", "engag", "begin", "start", "launch", "seal", "clinch", "hammer",
        "serv", "act",
    };

    /// <summary>Objects that give a light verb its meaning, by their <see cref="Concept"/>.</summary>
    private static readonly Dictionary<string, string> LightObjects = new(StringComparer.Ordinal)
    {
        ["talk"] = "talk", ["agree"] = "agree", ["agre"] = "agree", ["deal"] = "agree", ["accord"] = "agree",
        ["understand"] = "agree", ["pact"] = "agree", ["progress"] = "progress", ["visit"] = "visit",
        ["mediat"] = "mediate", ["host"] = "host",
    };

    /// <summary>
    /// The predicate of a clause: the concept of its main verb, or for a light verb the concept of its object
    /// ("hold talks" and "meet" are both "talk"; "reach an agreement" and "agree" both "agree").
    /// </summary>
    public static string Predicate(string verb, string? objectHead)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var key = VerbKey(verb);
        if (objectHead is not null && LightVerbs.Contains(key) && LightObjects.TryGetValue(Concept(Fold(objectHead)), out var fromObject))
        {
            return fromObject;
        }
        return VerbConcepts.TryGetValue(key, out var concept) ? concept : key;
    }

    /// <summary>Whether a verb reports speech ("said", "told", "stressed").</summary>
    public static bool IsSpeechVerb(string verb) => VerbConcepts.TryGetValue(VerbKey(verb), out var c) && c == "say";
}
