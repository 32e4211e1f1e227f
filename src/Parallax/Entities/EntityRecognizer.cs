using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Text;
using Parallax.Text.Tagging;
using Parallax.Time;

namespace Parallax.Entities;

/// <summary>
/// The entity stage: tags each sentence with the trained NER model (CoNLL types PER, ORG, LOC, MISC mapped onto
/// <see cref="EntityType"/>), then reads roles and titles around person names (<see cref="RoleFinder"/>).
/// Mentions are spans over the Parallax tokenizer's tokens.
/// </summary>
public sealed class EntityRecognizer : IDocStage, IVersionedStage
{
    private static readonly Lazy<SequenceTagger> Shipped = new(() => new SequenceTagger(TaggerModel.Load(ModelFiles.Require(ModelFiles.Ner))));

    private readonly SequenceTagger? _tagger;

    /// <summary>Uses the shipped model (models/ner.model), loaded once on first use.</summary>
    public EntityRecognizer()
    {
    }

    public EntityRecognizer(TaggerModel model)
    {
        _tagger = new SequenceTagger(model);
    }

    public string Name => "entities";

    /// <summary>The model's identity (its file's hash): loads the shipped model if it is not loaded yet.</summary>
    public string Version => Tagger.Model.Identity;

    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.Entities | Layers.Roles;

    private SequenceTagger Tagger => _tagger ?? Shipped.Value;

    public void Process(Doc doc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var words = new string[doc.Tokens.Count];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = SequenceTagger.Normalise(doc.TokenText(i));
        }
        var sentences = doc.Sentences.Select(s => (IReadOnlyList<string>)new ArraySegment<string>(words, s.FirstToken, s.TokenCount)).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var tags = Tagger.TagDocument(sentences);
        var titleCase = new bool[sentences.Count];
        for (int si = 0; si < sentences.Count; si++)
        {
            titleCase[si] = IsTitleCase(sentences[si]);
            if (titleCase[si])
            {
                tags[si] = FilterHeadline(tags[si], Tagger.Tag(sentences[si].Select(w => w.ToUpperInvariant()).ToArray()));
            }
        }
        var found = new List<(TokenMention Mention, int Sentence)>();
        for (int si = 0; si < tags.Count; si++)
        {
            var first = doc.Sentences[si].FirstToken;
            foreach (var (type, start, end) in TagScheme.Chunks(tags[si]))
            {
                if (ToEntityType(type) is { } t)
                {
                    found.Add((new TokenMention(first + start, first + end, t), si));
                }
            }
        }
        found = Repair(found, words, doc.Sentences);
        found = WithoutCapitalisedCommonWords(found, words, doc.Sentences, titleCase, Tagger.Model);
        AddNumberedNames(found, words, doc.Sentences);
        found = WithSurnames(found, words, doc.Sentences);
        found = ShipNames(found, words, doc.Sentences);
        var people = found.Where(f => f.Mention.Type == EntityType.Person).Select(f => NameOf(f.Mention.Start, f.Mention.End, words)).ToHashSet(StringComparer.Ordinal);
        found = [.. found.Select(f => (TitledName(f.Mention, words, people), f.Sentence))];
        var roles = new RoleFinder(doc.Text, doc.Tokens, words, found.Select(f => f.Mention));
        var mentions = new List<Mention>(found.Count);
        foreach (var (m, si) in found)
        {
            var sentence = doc.Sentences[si];
            var type = roles.FixType(m, sentence.FirstToken, sentence.EndToken);
            mentions.Add(type == EntityType.Person
                ? roles.Person(m with { Type = type }, sentence.FirstToken, sentence.EndToken)
                : new Mention(new TextSpan(doc.Tokens[m.Start].Span.Start, doc.Tokens[m.End - 1].Span.End), type));
        }
        doc.Mentions = mentions;
    }

    /// <summary>
    /// "Portvale Police Commissioner Ilse Marchetti" tagged as one organisation is a person with a title: when a
    /// capitalised role head stands inside an organisation or miscellaneous span and only capitalised words follow
    /// it, the span after the head is the person's name (the role and whom it is for are read from the words before).
    /// A head opening the span ("Chancellor Friedrich Merz") counts only when the document names the rest as a person
    /// elsewhere (<paramref name="people"/>): "General Motors" opens with a head too.
    /// </summary>
    private static TokenMention TitledName(TokenMention m, string[] words, HashSet<string> people)
    {
        if (m.Type == EntityType.Person || m.End - m.Start < 2)
        {
            return m;
        }
        if (IsTitle(words[m.Start]) && people.Contains(NameOf(m.Start + 1, m.End, words)))
        {
            return m with { Start = m.Start + 1, Type = EntityType.Person };
        }
        if (m.End - m.Start < 3)
        {
            return m;
        }
        for (int k = m.End - 2; k > m.Start; k--)
        {
            if (IsTitle(words[k]))
            {
                bool name = Enumerable.Range(k + 1, m.End - k - 1).All(i => Normalize.StartsUpper(words[i]) && !RoleLexicon.Heads.Contains(words[i]));
                return name ? m with { Start = k + 1, Type = EntityType.Person } : m;
            }
        }
        return m;
    }

    /// <summary>A capitalised role head that is not also a first name ("Chancellor", not "Dean").</summary>
    private static bool IsTitle(string w) =>
        w.Length > 1 && Normalize.StartsUpper(w) && RoleLexicon.Heads.Contains(w) && !RoleLexicon.FirstNames.Contains(w);

    private static string NameOf(int start, int end, string[] words) => string.Join(' ', words, start, end - start);

    /// <summary>Name particles that join two parts of one name ("Badr bin Hamad", "Ludwig van Beethoven").</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "bin", "bint", "ibn", "ben", "binti", "van", "von", "de", "da", "del", "della", "di", "du", "la", "le", "al", "el", "abu", "bu",
    };

    /// <summary>
    /// General repairs of the tagger's mentions: two person names joined by a name particle become one
    /// ("Khalil bin Saad bin Nasser Alrawahi"); a role word alone is no mention; a lone demonym or name of a people or
    /// faith is Misc ("Omani", "Kurds"); role words at the end of an organisation right before a person are the person's
    /// title ("[NAVCOM] Commander Adm. Lena Dahl").
    /// </summary>
    private static List<(TokenMention Mention, int Sentence)> Repair(List<(TokenMention Mention, int Sentence)> found, string[] words, IReadOnlyList<Sentence> sentences)
    {
        var result = new List<(TokenMention Mention, int Sentence)>(found.Count);
        for (int i = 0; i < found.Count; i++)
        {
            var (m, si) = found[i];
            while (i + 1 < found.Count && found[i + 1].Sentence == si && found[i + 1].Mention.Start == m.End + 1 && NameParticles.Contains(words[m.End])
                && JoinsNames(m.Type, found[i + 1].Mention.Type, words[m.End]))
            {
                m = new TokenMention(m.Start, found[i + 1].Mention.End, EntityType.Person);
                i++;
            }
            // "Echoing Hassan's take, ...": a capitalised -ing word opening the sentence is not part of the name.
            if (m.Type == EntityType.Person && m.End - m.Start > 1 && words[m.Start].Length > 5 && words[m.Start].EndsWith("ing", StringComparison.Ordinal)
                && sentences[si].FirstToken == m.Start)
            {
                m = m with { Start = m.Start + 1 };
            }
            // A role word alone ("Editor's note:", "Senator, ...") names no one: CoNLL-2003 tags none. After "the" it may be
            // a publication's name ("the Observer", "The Economist").
            if (m.End - m.Start == 1 && IsTitle(words[m.Start]) && (m.Start == 0 || words[m.Start - 1] is not ("the" or "The")))
            {
                continue;
            }
            // "Pope Francis" read as an organisation: a title only people bear, then capitalised words, is a person with a title.
            if (m.Type != EntityType.Person && m.End - m.Start > 1 && RoleLexicon.PersonTitles.Contains(words[m.Start])
                && Enumerable.Range(m.Start + 1, m.End - m.Start - 1).All(k => Normalize.StartsUpper(words[k]) && !RoleLexicon.Heads.Contains(words[k])))
            {
                m = new TokenMention(m.Start + 1, m.End, EntityType.Person);
            }
            if (m.End - m.Start == 1 && (RoleLexicon.Demonyms.Contains(words[m.Start]) || RoleLexicon.Groups.Contains(words[m.Start])))
            {
                m = m with { Type = EntityType.Misc };
            }
            if (m.Type != EntityType.Person && i + 1 < found.Count && found[i + 1].Mention.Type == EntityType.Person)
            {
                int next = m.End;
                while (next < words.Length && RoleLexicon.Honorifics.ContainsKey(words[next]))
                {
                    next++;
                }
                if (next == found[i + 1].Mention.Start)
                {
                    while (m.End - m.Start > 1 && (RoleLexicon.Heads.Contains(words[m.End - 1]) || RoleLexicon.Modifiers.Contains(words[m.End - 1])))
                    {
                        m = m with { End = m.End - 1 };
                    }
                }
            }
            result.Add((m, si));
        }
        return result;
    }

    /// <summary>
    /// A one-word mention the tagger read from a capital that only the position gives ("Union and management negotiators
    /// sat ...", "Dockworkers and port managers met ..." at a sentence's or a dateline's start, a Title Case headline) is a common word, not a name, when the same
    /// document writes the word in lower case ("the union said") and never names it: nowhere else capitalised in the
    /// middle of an ordinary sentence on its own, as a one-word mention or as the last word of a person's name ("Theresa
    /// May" keeps "May said" against "may"). A capital inside a longer name ("the Portvale Dockworkers' Union") is the
    /// name's, not the word's. Words in capitals ("US" against "us") are abbreviations and are kept.
    /// A name of several words found only in Title Case headlines ("International Dynamics and Mediators") is the
    /// heading's words, not a name, when each of its words is a common word (written in lower case in this document or
    /// in the unlabeled news the word classes were learned from) that the document never capitalises on its own in an
    /// ordinary sentence, no word of it names a kind of body ("Bay Co Building Authority" stays) and the model knows no
    /// name so written ("Major League Baseball", "South Africa" stay); such words around a name the report's text gives
    /// are left out of it ("Internal U.S. Divisions": "U.S.").
    /// </summary>
    private static List<(TokenMention Mention, int Sentence)> WithoutCapitalisedCommonWords(List<(TokenMention Mention, int Sentence)> found,
        string[] words, IReadOnlyList<Sentence> sentences, bool[] titleCase, TaggerModel model)
    {
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (w.Length > 0 && char.IsLower(w[0]))
            {
                lower.Add(w);
            }
        }
        var inName = new EntityType?[words.Length];
        var nameEnd = new bool[words.Length];
        foreach (var (m, _) in found)
        {
            for (int i = m.Start; i < m.End; i++)
            {
                inName[i] = m.Type;
            }
            nameEnd[m.End - 1] = m.End - m.Start == 1 || m.Type == EntityType.Person;
        }
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (int si = 0; si < sentences.Count; si++)
        {
            if (titleCase[si])
            {
                continue;
            }
            for (int i = sentences[si].FirstToken; i < sentences[si].EndToken; i++)
            {
                if (!OpensSentence(words, sentences[si], i) && IsCapitalisedWord(words[i]) && (inName[i] is null || nameEnd[i]))
                {
                    named.Add(words[i]);
                }
            }
        }
        var namedInText = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (m, si) in found)
        {
            if (!titleCase[si])
            {
                namedInText.TryAdd(NameOf(m.Start, m.End, words), m.Type);
            }
        }
        bool Common(string w) => IsCapitalisedWord(w) && !named.Contains(w) && !BodyNouns.Contains(w)
            && (lower.Contains(w.ToLowerInvariant()) || model.Clusters?.Contains(w.ToLowerInvariant()) == true);
        var kept = new List<(TokenMention Mention, int Sentence)>(found.Count);
        foreach (var (m, si) in found)
        {
            if (m.End - m.Start > 1)
            {
                // A model without name lists (a test's) leaves headings alone.
                var name = !titleCase[si] || model.Gazetteer is not { } names || names.Contains(words[m.Start..m.End]) ? m : HeadingName(m, words, Common, namedInText);
                if (name is { } n)
                {
                    kept.Add((n, si));
                }
                continue;
            }
            var w = words[m.Start];
            if (!(titleCase[si] || OpensSentence(words, sentences[si], m.Start)) || !IsCapitalisedWord(w) || named.Contains(w) || !lower.Contains(w.ToLowerInvariant()))
            {
                kept.Add((m, si));
            }
        }
        return kept;
    }

    /// <summary>
    /// A Title Case heading's name of several words without the common words around it: null when nothing else is left,
    /// the rest when the report's text names it ("Internal U.S. Divisions": "U.S.", typed as in the text), else the name.
    /// </summary>
    private static TokenMention? HeadingName(TokenMention m, string[] words, Func<string, bool> common, Dictionary<string, EntityType> namedInText)
    {
        if (namedInText.ContainsKey(NameOf(m.Start, m.End, words)))
        {
            return m;
        }
        int start = m.Start, end = m.End;
        while (start < end && common(words[start]))
        {
            start++;
        }
        while (end > start && common(words[end - 1]))
        {
            end--;
        }
        if (start == end)
        {
            return null;
        }
        return (start, end) != (m.Start, m.End) && namedInText.TryGetValue(NameOf(start, end, words), out var type) ? new TokenMention(start, end, type) : m;
    }

    /// <summary>
    /// Whether the token opens a sentence, where a capital says nothing: only marks (quotes, bullets, dashes) stand before
    /// it, or it follows a dash or colon that ends a dateline or a label ("PORTVALE, April 11 (Meridian) -- Dockworkers ...").
    /// </summary>
    private static bool OpensSentence(string[] words, Sentence sentence, int token)
    {
        if (token > sentence.FirstToken && words[token - 1] is "--" or "\u2014" or "\u2013" or ":")
        {
            return true;
        }
        for (int i = sentence.FirstToken; i < token; i++)
        {
            if (words[i].Any(char.IsLetterOrDigit))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Nouns that make a capitalised phrase the name of a body: companies, public bodies, parties, clubs.</summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "Co", "Corp", "Inc", "Ltd", "Plc", "Company", "Corporation", "Group", "Bank", "Authority", "Agency", "Ministry", "Department",
        "Council", "Commission", "Committee", "Party", "Association", "Federation", "Union", "League", "Club", "Foundation",
        "Institute", "University", "College", "Trust", "Fund", "Board", "Court", "Assembly", "Parliament", "Army", "Navy",
    };

    /// <summary>A capital and then lower-case letters only ("Union", not "US" or "McCain").</summary>
    private static bool IsCapitalisedWord(string w)
    {
        if (w.Length < 2 || !char.IsUpper(w[0]))
        {
            return false;
        }
        for (int i = 1; i < w.Length; i++)
        {
            if (char.IsUpper(w[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether "A particle B" is one person's name: both parts people, or, with the Arabic "bin", "bint", "ibn" that only
    /// ever join names, one part a person whatever the tagger called the other ("Khalil bin [Saad] bin Nasser Alrawahi").
    /// </summary>
    private static bool JoinsNames(EntityType left, EntityType right, string particle) =>
        (left == EntityType.Person && right == EntityType.Person)
        || (particle is "bin" or "bint" or "ibn" or "binti" && (left == EntityType.Person || right == EntityType.Person));

    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "over", "as", "vs", "vs.", "versus", "into", "after",
    };

    /// <summary>
    /// A headline in Title Case ("Key Issues on the Table"): every word but short function words capitalised, no final
    /// period, no list punctuation. In such a line capitals say nothing about names, and the tagger, which learned
    /// headlines from CoNLL's all-capital ones, calls common words names.
    /// </summary>
    internal static bool IsTitleCase(IReadOnlyList<string> words)
    {
        int capitalised = 0, lower = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // Lists of names and results ("Tony Jarrett ( Britain ) 13.35", "Billy Andrade , Duffy Waldorf") are not headlines:
            // no commas, brackets or numbers except a leading enumerator ("2. Competing Narratives").
            if (w is "," or "(" or ")" || (i > 0 && w.Any(char.IsDigit)))
            {
                return false;
            }
            if (w.Length == 0 || !char.IsLetter(w[0]))
            {
                continue;
            }
            if (char.IsUpper(w[0]))
            {
                capitalised++;
            }
            else if (!TitleFunctionWords.Contains(w))
            {
                lower++;
            }
        }
        // 3 capitalised words: shorter lines ("Web Desk") are names as often as headlines.
        return lower == 0 && capitalised >= 3 && words.Count <= 20 && words[^1] is not "." and not "!" and not "?";
    }

    /// <summary>
    /// Tags a Title Case line by its capitalised reading (as CoNLL headlines are written): an entity is kept only where the
    /// capitalised line has one ("Climate of Deep Distrust" goes), with the capitalised reading's span, and with the
    /// ordinary reading's type where both readings agree on the span.
    /// </summary>
    private static string[] FilterHeadline(string[] tags, string[] upperTags)
    {
        var original = TagScheme.Chunks(tags);
        var result = Enumerable.Repeat("O", tags.Length).ToArray();
        foreach (var (type, start, end) in TagScheme.Chunks(upperTags))
        {
            var same = original.FirstOrDefault(o => o.Start == start && o.End == end);
            var chosen = same.Type ?? type;
            if (end - start == 1)
            {
                result[start] = "U-" + chosen;
                continue;
            }
            result[start] = "B-" + chosen;
            for (int i = start + 1; i < end - 1; i++)
            {
                result[i] = "I-" + chosen;
            }
            result[end - 1] = "L-" + chosen;
        }
        return result;
    }

    /// <summary>
    /// Capitalised names with a number after a hyphen ("Khorramshahr-4", "Fateh-110", "F-35") name missiles, aircraft and other
    /// products; the tagger, trained on 1996 news, often misses them. Each such token outside any mention becomes a Misc mention.
    /// </summary>
    private static void AddNumberedNames(List<(TokenMention Mention, int Sentence)> found, string[] words, IReadOnlyList<Sentence> sentences) =>
        AddSingleWords(found, words, sentences, EntityType.Misc, (w, _) => IsNumberedName(w));

    /// <summary>
    /// A person named in full elsewhere in the report is named by the surname alone too ("Sabah al-Sheikh ... al-Sheikh
    /// stressed"; "Pope Francis ... Francis said"): such a word outside any mention, not run into a capitalised word after
    /// it, is the person, and so is such a word tagged Misc or Organization on its own (the tagger reading the document
    /// twice makes one early misreading consistent); a place of the same name ("Washington") stays. The last word of a
    /// person span, or a name after a title only people bear, is taken for a surname only when it looks like one: not a
    /// month or weekday ("Donald Trump Monday"), not in capitals ("Ted Cruz Super PAC"), not a word of a longer name of
    /// another kind in the report ("Muhammad Ali Center" beside "Media Research Center", "Ford Motor" beside "Henry Ford").
    /// </summary>
    private static List<(TokenMention Mention, int Sentence)> WithSurnames(List<(TokenMention Mention, int Sentence)> found, string[] words, IReadOnlyList<Sentence> sentences)
    {
        var otherNames = found.Where(f => f.Mention.Type != EntityType.Person && f.Mention.End - f.Mention.Start >= 2)
            .SelectMany(f => words[f.Mention.Start..f.Mention.End]).ToHashSet(StringComparer.Ordinal);
        var surnames = found.Where(f => f.Mention.Type == EntityType.Person
                && (f.Mention.End - f.Mention.Start >= 2 || (f.Mention.Start > 0 && RoleLexicon.PersonTitles.Contains(words[f.Mention.Start - 1]))))
            .Select(f => words[f.Mention.End - 1])
            .Where(w => w.Length >= 2 && (Normalize.StartsUpper(w) || IsParticleName(w)) && w.Any(char.IsLower)
                && !TimexLexicon.IsCalendarName(w) && !otherNames.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return found;
        }
        found = [.. found.Select(f => f.Mention.Type is EntityType.Misc or EntityType.Organization && f.Mention.End - f.Mention.Start == 1 && surnames.Contains(words[f.Mention.Start])
            ? (f.Mention with { Type = EntityType.Person }, f.Sentence) : f)];
        AddSingleWords(found, words, sentences, EntityType.Person, (w, next) => surnames.Contains(w) && (next is null || !Normalize.StartsUpper(next)));
        return found;
    }

    /// <summary>"al-Sheikh", "bin-Salman", "van-Dijk": a name particle joined by a hyphen to a capitalised name.</summary>
    private static bool IsParticleName(string w)
    {
        int dash = w.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]) && NameParticles.Contains(w[..dash]);
    }

    /// <summary>Adds a one-word mention of <paramref name="type"/> for each word outside every mention that <paramref name="take"/> accepts (given the next word of its sentence).</summary>
    private static void AddSingleWords(List<(TokenMention Mention, int Sentence)> found, string[] words, IReadOnlyList<Sentence> sentences,
        EntityType type, Func<string, string?, bool> take)
    {
        var covered = new bool[words.Length];
        foreach (var (m, _) in found)
        {
            Array.Fill(covered, true, m.Start, m.End - m.Start);
        }
        int before = found.Count;
        for (int si = 0; si < sentences.Count; si++)
        {
            int end = sentences[si].EndToken;
            for (int i = sentences[si].FirstToken; i < end; i++)
            {
                if (!covered[i] && take(words[i], i + 1 < end ? words[i + 1] : null))
                {
                    found.Add((new TokenMention(i, i + 1, type), si));
                }
            }
        }
        if (found.Count > before)
        {
            found.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        }
    }

    /// <summary>Prefixes that open a navy ship's name and nothing else ("USS Abraham Lincoln", "HMS Defender").</summary>
    private static readonly HashSet<string> ShipPrefixes = new(StringComparer.Ordinal) { "USS", "HMS", "HMAS", "HMCS", "HMNZS" };

    /// <summary>
    /// A ship prefix and the capitalised words after it are one vessel's name (Misc), however the tagger split or typed
    /// them ("USS" alone, "Abraham Lincoln" a person, "Defender" not a name at all).
    /// </summary>
    private static List<(TokenMention Mention, int Sentence)> ShipNames(List<(TokenMention Mention, int Sentence)> found, string[] words, IReadOnlyList<Sentence> sentences)
    {
        var ships = new List<(TokenMention Mention, int Sentence)>();
        var endOf = new Dictionary<int, int>();
        foreach (var (m, _) in found)
        {
            endOf[m.Start] = Math.Max(m.End, endOf.GetValueOrDefault(m.Start));
        }
        for (int si = 0; si < sentences.Count; si++)
        {
            int end = sentences[si].EndToken;
            for (int i = sentences[si].FirstToken; i + 1 < end; i++)
            {
                if (!ShipPrefixes.Contains(words[i]) || !Normalize.StartsUpper(words[i + 1]))
                {
                    continue;
                }
                int last = i + 1;
                while (last < end && Normalize.StartsUpper(words[last]))
                {
                    last++;
                }
                // A name the tagger found may go on past the capitalised run ("USS Carl Vinson-class"): keep its end.
                last = Math.Max(last, endOf.GetValueOrDefault(i + 1));
                ships.Add((new TokenMention(i, last, EntityType.Misc), si));
                i = last - 1;
            }
        }
        if (ships.Count == 0)
        {
            return found;
        }
        var ship = new bool[words.Length];
        foreach (var (m, _) in ships)
        {
            Array.Fill(ship, true, m.Start, m.End - m.Start);
        }
        return [.. found.Where(f => !Enumerable.Range(f.Mention.Start, f.Mention.End - f.Mention.Start).Any(i => ship[i]))
            .Concat(ships).OrderBy(f => f.Mention.Start)];
    }

    internal static bool IsNumberedName(string w)
    {
        int dash = w.LastIndexOf('-');
        if (dash < 1 || dash > w.Length - 2 || !char.IsUpper(w[0]) || w.AsSpan(0, dash).Equals("U", StringComparison.Ordinal)
            || w.AsSpan(0, dash).Equals("Under", StringComparison.OrdinalIgnoreCase) || w.AsSpan(0, dash).Equals("Over", StringComparison.OrdinalIgnoreCase))
        {
            // "Under-21", "U-21": age groups, not products.
            return false;
        }
        for (int i = 1; i < dash; i++)
        {
            if (!char.IsLetter(w[i]))
            {
                return false;
            }
        }
        int digits = 0;
        for (int i = dash + 1; i < w.Length; i++)
        {
            if (char.IsDigit(w[i]))
            {
                digits++;
            }
            else if (!(i == w.Length - 1 && char.IsLetter(w[i])))
            {
                return false;
            }
        }
        return digits > 0;
    }

    /// <summary>CoNLL-2003 types onto Parallax's; null for a type Parallax does not know.</summary>
    public static EntityType? ToEntityType(string conllType) => conllType switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        "MISC" => EntityType.Misc,
        _ => null,
    };
}
