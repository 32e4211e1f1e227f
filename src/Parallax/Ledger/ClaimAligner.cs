using System.Globalization;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>
/// The claim ledger: each report's atomic claims (clauses of its reporter sentences, see <see cref="ClaimExtractor"/>),
/// aligned across outlets when they state the same thing in other words: their actors are the same story entity
/// (or both name none), their predicates are the same or synonyms ("met" and "held talks"), and what the verb is
/// done to or where it happens overlaps. Dates, numbers and places that differ do not keep two claims apart: the
/// conflict finder shows them and the claim becomes contested. Pairs are joined best first, and a clause joins a
/// claim (or two claims join) only when every clause matches every clause on the other side and no report is on both,
/// so claims never chain. A claim is corroborated when independent outlets carry it, single-source when one outlet (or its copies) does.
/// </summary>
public sealed class ClaimAligner
{
    /// <summary>
    /// Least share (Dice) of the concepts and entities after the verb that two clauses must have in common when they
    /// name no common entity there. 0.25: on the seeds and samples, aligned pairs below it stated different things
    /// about one topic; see the hand check in eval/README.md.
    /// </summary>
    public double MinObjectOverlap { get; init; } = 0.25;

    /// <summary>Least share of what was said for two speech clauses ("said the talks were useful") to be one claim.</summary>
    public double MinSpeechOverlap { get; init; } = 0.3;

    /// <summary>Predicates whose actor and object can trade places ("Veltria met Lestria", "Lestria met Veltria").</summary>
    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "talk", "agree", "end", "resume", "not agree", "not talk" };

    /// <summary>
    /// Subjects that stand for the parties of a negotiation or conflict without naming them ("the two sides",
    /// "both delegations", "negotiators"), as concepts.
    /// </summary>
    private static readonly HashSet<string> Collective =
        new[] { "side", "sides", "delegation", "delegations", "delegate", "delegates", "negotiator", "negotiators", "parties", "party",
         "countries", "nations", "governments" }
            .Select(Normalize.Concept).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Predicates that report one meeting when said of the same talks on the same day or at the same place: holding
    /// them and ending them ("held talks in X on Friday", "wrapped up talks in X on Friday").
    /// </summary>
    private static readonly HashSet<string> EventPredicates = new(StringComparer.Ordinal) { "talk", "end", "hold" };

    public sealed record Result(IReadOnlyList<Claim> Claims, IReadOnlyList<ClauseClaim> Clauses, IReadOnlyList<int> ClaimOfClause)
    {
        /// <summary>The claim whose clause in report <paramref name="doc"/> holds the offset, or null.</summary>
        public int? ClaimAt(int doc, int offset)
        {
            for (int i = 0; i < Clauses.Count; i++)
            {
                if (Clauses[i].Doc == doc && Clauses[i].Span.Contains(offset))
                {
                    return ClaimOfClause[i];
                }
            }
            return null;
        }
    }

    public Result Align(IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf, SourceIndependence independence)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(entityOf);
        ArgumentNullException.ThrowIfNull(independence);
        var items = new List<ClauseClaim>();
        for (int d = 0; d < docs.Count; d++)
        {
            items.AddRange(ClaimExtractor.Extract(docs[d], d, entityOf));
        }
        var parties = MainParties(items, docs.Count);
        var copyOf = Copies(items);
        var score = new Dictionary<(int, int), double>();
        var pairs = new List<(int I, int J, double Score, bool ByOutcome)>();
        foreach (var (i, j) in Candidates(items, copyOf))
        {
            if (!Same(items[i], items[j], parties))
            {
                continue;
            }
            double s = Dice(items[i].Terms, items[j].Terms);
            // Within one report only a repeated clause (a summary bullet restating the lead) is the same claim.
            if (items[i].Doc != items[j].Doc || s >= 0.9)
            {
                // A meeting told only by what it failed to yield joins last: a report's clause telling the meeting
                // itself ("wrapped up the talks") goes first into the meeting's claim.
                bool byOutcome = items[i].Predicate != items[j].Predicate &&
                                 !(EventPredicates.Contains(items[i].Predicate) && EventPredicates.Contains(items[j].Predicate));
                pairs.Add((i, j, s, byOutcome));
                score[(i, j)] = s;
            }
        }
        var clusterOf = new int[items.Count];
        Array.Fill(clusterOf, -1);
        var clusters = new List<List<int>>();
        foreach (var (i, j, _, _) in pairs.OrderBy(p => p.ByOutcome).ThenByDescending(p => p.Score).ThenBy(p => p.I).ThenBy(p => p.J))
        {
            int ci = clusterOf[i], cj = clusterOf[j];
            if (ci < 0 && cj < 0)
            {
                clusterOf[i] = clusterOf[j] = clusters.Count;
                clusters.Add([i, j]);
            }
            else if (ci >= 0 && cj < 0 && Fits(j, clusters[ci]))
            {
                clusterOf[j] = ci;
                clusters[ci].Add(j);
            }
            else if (cj >= 0 && ci < 0 && Fits(i, clusters[cj]))
            {
                clusterOf[i] = cj;
                clusters[cj].Add(i);
            }
            else if (ci >= 0 && cj >= 0 && ci != cj && clusters[cj].All(m => Fits(m, clusters[ci])))
            {
                // Two claims formed apart join when every clause of one states the same as every clause of the other.
                foreach (var m in clusters[cj])
                {
                    clusterOf[m] = ci;
                }
                clusters[ci].AddRange(clusters[cj]);
                clusters[cj].Clear();
            }
        }
        clusters.RemoveAll(c => c.Count == 0);
        for (int c = 0; c < clusters.Count; c++)
        {
            foreach (var m in clusters[c])
            {
                clusterOf[m] = c;
            }
        }
        for (int i = 0; i < items.Count; i++)
        {
            if (clusterOf[i] < 0 && copyOf[i] < 0)
            {
                clusterOf[i] = clusters.Count;
                clusters.Add([i]);
            }
        }
        for (int i = 0; i < items.Count; i++)
        {
            if (copyOf[i] >= 0)
            {
                clusterOf[i] = clusterOf[copyOf[i]];
                clusters[clusterOf[i]].Add(i);
            }
        }

        var claims = new List<Claim>();
        var claimOf = new int[items.Count];
        foreach (var members in clusters
                     .OrderByDescending(c => independence.IndependentCount(c.Select(x => docs[items[x].Doc].Article.Id)))
                     .ThenBy(c => c.Min(x => (items[x].Doc, items[x].Span.Start))))
        {
            var group = members.Select(x => items[x]).OrderBy(x => x.Doc).ThenBy(x => x.Span.Start).ToList();
            var articles = group.Select(x => docs[x.Doc].Article.Id).Distinct().ToList();
            foreach (var x in members)
            {
                claimOf[x] = claims.Count;
            }
            var medoid = Medoid(members, items, score);
            claims.Add(new Claim
            {
                Text = medoid.Text,
                Parts = medoid.Parts,
                Articles = articles,
                Status = independence.IndependentCount(articles) >= 2 ? ClaimStatus.Corroborated : ClaimStatus.SingleSource,
                Evidence = [.. group.Select(x => new Evidence(docs[x.Doc].Article.Id, x.Span))],
            });
        }
        // Figures and what the reports give alike of the event (outcome, format, scope, mediator, place) join the
        // ledger among the claims as corroborated as they are (the sort is stable).
        var shared = QuantityClaims.Find(docs, claims, independence).Concat(AgreementClaims(docs, entityOf, claims, independence)).ToList();
        if (shared.Count > 0)
        {
            var ordered = claims.Select((c, i) => (Claim: c, Old: i)).Concat(shared.Select(c => (Claim: c, Old: -1)))
                .OrderByDescending(x => independence.IndependentCount(x.Claim.Articles)).ToList();
            var moved = new int[claims.Count];
            for (int k = 0; k < ordered.Count; k++)
            {
                if (ordered[k].Old >= 0)
                {
                    moved[ordered[k].Old] = k;
                }
            }
            claimOf = [.. claimOf.Select(c => moved[c])];
            claims = [.. ordered.Select(x => x.Claim)];
        }
        return new Result(claims, items, claimOf);

        bool Fits(int candidate, List<int> cluster) =>
            cluster.All(m => items[m].Doc != items[candidate].Doc &&
                             score.ContainsKey((Math.Min(m, candidate), Math.Max(m, candidate))));
    }

    /// <summary>
    /// The pairs (i before j) that <see cref="Same"/> can join: clauses of one predicate, and clauses of one meeting with
    /// two predicates (<see cref="SameMeeting"/>), not every pair of the story's clauses.
    /// </summary>
    private static IEnumerable<(int I, int J)> Candidates(List<ClauseClaim> items, int[] copyOf)
    {
        var meeting = Enumerable.Range(0, items.Count).Where(i => copyOf[i] < 0 && OfTheMeeting(items[i])).ToList();
        return Blocking.Pairs(Blocking.Blocks(items.Count, i => copyOf[i] < 0 ? items[i].Predicate : null))
            .Concat(Blocking.Pairs([meeting]).Where(p => items[p.I].Predicate != items[p.J].Predicate));
    }

    /// <summary>
    /// Most verbatim copies of one clause in one report that are compared pair by pair: a report restates a clause once
    /// or twice (a summary bullet); a page repeating it thousands of times would make millions of pairs of one claim.
    /// </summary>
    internal const int MaxComparedCopies = 8;

    /// <summary>
    /// Per clause, -1, or the index of the first copy of it in its report when it is a copy beyond
    /// <see cref="MaxComparedCopies"/>: equal in its words and in everything <see cref="Same"/> and <see cref="Dice"/>
    /// read. Such a copy is not compared; it joins the first copy's claim as evidence.
    /// </summary>
    private static int[] Copies(List<ClauseClaim> items)
    {
        var copyOf = new int[items.Count];
        Array.Fill(copyOf, -1);
        // Only clauses whose words recur more often than that in their report can be such copies: the full key is made for them alone.
        var recurring = items.CountBy(c => (c.Doc, c.Text)).Where(p => p.Value > MaxComparedCopies).Select(p => p.Key).ToHashSet();
        var seen = new Dictionary<string, (int First, int Count)>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            if (!recurring.Contains((items[i].Doc, items[i].Text)))
            {
                continue;
            }
            var key = CopyKey(items[i]);
            var (first, count) = seen.GetValueOrDefault(key, (i, 0));
            seen[key] = (first, count + 1);
            copyOf[i] = count >= MaxComparedCopies ? first : -1;
        }
        return copyOf;
    }

    private static string CopyKey(ClauseClaim c)
    {
        static string Set(IReadOnlySet<string> set) => string.Join('\u0002', set.Order(StringComparer.Ordinal));
        static string Part(ClaimPart? p) => p is null ? "" : $"{p.Text}\u0003{p.Value}\u0003{p.Date}";
        var parts = c.Parts;
        return string.Join('\u0001', [
            c.Doc.ToString(CultureInfo.InvariantCulture), c.Text, c.Predicate, Set(c.Actors), Set(c.Involved), Set(c.Objects), Set(c.SubjectTerms),
            Set(c.SubjectNouns), Set(c.Terms), Part(parts.Who), Part(parts.Did), Part(parts.Whom), Part(parts.Role), Part(parts.Result),
            .. parts.When.Select(Part), "", .. parts.Where.Select(Part), "", .. parts.HowMany.Select(Part)]);
    }

    /// <summary>
    /// Whether two clauses state one claim: the same actors (or, with none, the same kind of subject), the same
    /// predicate with the same negation, and an overlap in what it is done to or where.
    /// </summary>
    private bool Same(ClauseClaim a, ClauseClaim b, HashSet<string> parties)
    {
        if (ApartInTime(a, b))
        {
            return false;
        }
        if (a.Predicate != b.Predicate)
        {
            return a.Doc != b.Doc && SameMeeting(a, b, parties);
        }
        bool symmetric = Symmetric.Contains(a.Predicate);
        bool collectiveA = IsCollective(a), collectiveB = IsCollective(b);
        if ((collectiveA || collectiveB) && parties.Count >= 2)
        {
            // "The two sides agreed" and "Veltria and Lestria agreed": a collective subject stands for the story's main
            // parties; the other clause must name at least two of them (or be collective too). What it is done to must
            // still overlap below.
            if (!(collectiveA && collectiveB) && !BothParties(collectiveA ? b : a, parties, symmetric))
            {
                return false;
            }
        }
        else if (collectiveA && collectiveB)
        {
            // "The two sides" and "the delegations": both stand for the parties, even where the story names fewer than two.
        }
        else if (a.Actors.Count > 0 && b.Actors.Count > 0)
        {
            var actorsA = symmetric ? Participants(a) : a.Actors;
            var actorsB = symmetric ? Participants(b) : b.Actors;
            if (!actorsA.Overlaps(actorsB))
            {
                return false;
            }
        }
        else if (a.Actors.Count > 0 || b.Actors.Count > 0)
        {
            // "Veltria and Lestria held talks" and "the talks between Veltria and Lestria were held": the entities the other
            // subject names without being its head, or "the talks ended" and "Veltria and Lestria ended the talks": the
            // subject of one is what the other's verb is done to.
            var (named, unnamed) = a.Actors.Count > 0 ? (a, b) : (b, a);
            if (!symmetric || !unnamed.Involved.IsSubsetOf(Participants(named)) ||
                unnamed.Involved.Count == 0 && !unnamed.SubjectTerms.Overlaps(named.Objects))
            {
                return false;
            }
            return true;
        }
        else if (a.SubjectTerms.Count == 0 && b.SubjectTerms.Count == 0)
        {
            if (a.Involved.Count == 0 && b.Involved.Count == 0)
            {
                // Two subjects that name nothing ("it", "they" unresolved) cannot be shown to be the same.
                return false;
            }
        }
        else if (!a.SubjectTerms.Overlaps(b.SubjectTerms))
        {
            return false;
        }
        bool needsComplement = NeedsComplement(a.Predicate);
        if (a.Objects.Count == 0 && b.Objects.Count == 0 && !needsComplement)
        {
            // Nothing is done to anything ("the talks ended"): a place that differs is a conflict, not another claim.
            return true;
        }
        if ((a.Objects.Count == 0 || b.Objects.Count == 0) && a.Actors.Overlaps(b.Actors) && !needsComplement && a.Predicate is not ("say" or "not say"))
        {
            // One names the entity and the act and leaves out what it was done to ("Marchetti attended").
            return true;
        }
        var placesA = a.Parts.Where.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        var placesB = b.Parts.Where.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        int shared = a.Objects.Count(b.Objects.Contains);
        double overlap = Dice(a.Objects, b.Objects);
        if (a.Predicate is "say" or "not say")
        {
            return shared >= 2 && overlap >= MinSpeechOverlap;
        }
        return shared >= 1 && (overlap >= MinObjectOverlap || shared >= 3 || SharedEntityObject(a.Objects, b.Objects))
               || placesA.Count > 0 && placesA.Overlaps(placesB);
    }

    /// <summary>
    /// Whether the verb is done to the same entity and nothing else said of it differs: one side names only entities,
    /// or the words besides them overlap ("criticized Strzok's decision" and "criticized Strzok for his email" do not).
    /// </summary>
    private static bool SharedEntityObject(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (!a.Any(o => o[0] == '@' && b.Contains(o)))
        {
            return false;
        }
        var wordsA = a.Where(o => o[0] != '@').ToHashSet(StringComparer.Ordinal);
        var wordsB = b.Where(o => o[0] != '@').ToList();
        return wordsA.Count == 0 || wordsB.Count == 0 || wordsB.Any(wordsA.Contains);
    }

    /// <summary>Predicates that say nothing without what follows them ("is", "has", "appeared", "remains").</summary>
    private static bool NeedsComplement(string predicate)
    {
        var verb = predicate.StartsWith("not ", StringComparison.Ordinal) ? predicate[4..] : predicate;
        return verb == "hav" || ClaimExtractor.Linking.Contains(verb);
    }

    /// <summary>
    /// "Held talks in X on Friday" and "wrapped up talks in X on Friday": two predicates of one meeting, its event noun
    /// (talks, negotiations, round, meeting, session), the same parties and the same day, or the same place when a
    /// report gives no day. A day that differs is another meeting, not a conflict, so it keeps them apart.
    /// </summary>
    private static bool SameMeeting(ClauseClaim a, ClauseClaim b, HashSet<string> parties)
    {
        if (!OfTheMeeting(a) || !OfTheMeeting(b) || !AboutTalks(a) || !AboutTalks(b))
        {
            return false;
        }
        var pa = Parties(a, parties);
        var pb = Parties(b, parties);
        // The same named parties, or the same group named by a common noun ("striking dockworkers and the authority",
        // "dockworkers and port managers"); the talks themselves and collective words name no party.
        bool sameParties = pa.Count > 0 && pb.Count > 0 && pa.Overlaps(pb) ||
                           a.SubjectNouns.Any(n => !Collective.Contains(n) && !MeetingNouns.Contains(n) && b.SubjectNouns.Contains(n));
        if (!sameParties)
        {
            return false;
        }
        var daysA = Days(a);
        var daysB = Days(b);
        if (daysA.Count > 0 && daysB.Count > 0)
        {
            return daysA.Any(x => daysB.Any(y => SameDay(x, y)));
        }
        var placesA = a.Parts.Where.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        return placesA.Count > 0 && b.Parts.Where.Any(p => placesA.Contains(p.Value));
    }

    /// <summary>
    /// Whether two clauses tell of times that cannot be one occasion: each dates itself and no date of one comes within
    /// a week of a date of the other ("finished the dam in May 2029" and "ended the talks on Saturday"). Two days for
    /// one occasion are a conflict the conflict finder shows; a month or a year apart are two events.
    /// </summary>
    private static bool ApartInTime(ClauseClaim a, ClauseClaim b)
    {
        bool datedA = false, datedB = false;
        var whenA = a.Parts.When;
        var whenB = b.Parts.When;
        for (int i = 0; i < whenA.Count; i++)
        {
            if (whenA[i].Date is not { Start: { } xs, End: { } xe })
            {
                continue;
            }
            datedA = true;
            for (int j = 0; j < whenB.Count; j++)
            {
                if (whenB[j].Date is not { Start: { } ys, End: { } ye })
                {
                    continue;
                }
                datedB = true;
                // 7: a weekday wrongly resolved into the previous or next week still meets; beyond, the events differ.
                if (xs.DayNumber - 7 <= ye.DayNumber && ys.DayNumber - 7 <= xe.DayNumber)
                {
                    return false;
                }
            }
        }
        return datedA && datedB;
    }

    /// <summary>What talks yield, as concepts: "delivered no agreement", "produced no breakthrough".</summary>
    private static readonly HashSet<string> Outcomes =
        new[] { "agreement", "deal", "breakthrough", "accord", "progress" }.Select(Normalize.Concept).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A clause that tells the meeting itself: holding or ending it, or what it failed to yield ("the talks delivered no
    /// agreement on Friday" tells the same meeting as "the talks ended on Friday without a deal").
    /// </summary>
    private static bool OfTheMeeting(ClauseClaim c) =>
        EventPredicates.Contains(c.Predicate) || c.Predicate.StartsWith("not ", StringComparison.Ordinal) && c.Objects.Overlaps(Outcomes);

    /// <summary>Nouns of the meeting itself, as concepts ("the first round of talks", "Friday's session").</summary>
    private static readonly HashSet<string> MeetingNouns =
        new[] { "round", "session", "meeting", "talks" }.Select(Normalize.Concept).ToHashSet(StringComparer.Ordinal);

    private static bool AboutTalks(ClauseClaim c) =>
        c.Predicate == "talk" || c.Objects.Contains("talk") || c.SubjectTerms.Contains("talk") || c.Involved.Count > 0 && c.Terms.Contains("talk") && c.Actors.Count == 0;

    /// <summary>Day values (YYYY-MM-DD, the year XXXX when the report's own date is unknown) of a clause's dates and times.</summary>
    private static HashSet<string> Days(ClauseClaim c) =>
        c.Parts.When.Select(w => w.Value).OfType<string>()
            .Where(v => v.Length >= 10 && v[4] == '-' && v[7] == '-' && char.IsAsciiDigit(v[8]) && char.IsAsciiDigit(v[9]) && (v.Length == 10 || v[10] == 'T'))
            .Select(v => v[..10]).ToHashSet(StringComparer.Ordinal);

    /// <summary>One day, or the same month and day where one report's year is unknown ("XXXX-04-11").</summary>
    private static bool SameDay(string a, string b) =>
        a == b || (a.StartsWith("XXXX", StringComparison.Ordinal) || b.StartsWith("XXXX", StringComparison.Ordinal)) && a[4..] == b[4..];

    /// <summary>The entities a clause's subject stands for: its actors and participants, what it involves, or the main parties for a collective subject.</summary>
    private static HashSet<string> Parties(ClauseClaim c, HashSet<string> parties)
    {
        var set = Participants(c);
        set.UnionWith(c.Involved);
        if (set.Count == 0 && IsCollective(c))
        {
            set.UnionWith(parties);
        }
        return set;
    }

    private static bool IsCollective(ClauseClaim c) => c.Actors.Count == 0 && c.Involved.Count == 0 && c.SubjectTerms.Overlaps(Collective);

    private static bool BothParties(ClauseClaim named, HashSet<string> parties, bool symmetric)
    {
        var set = symmetric ? Participants(named) : new HashSet<string>(named.Actors, StringComparer.Ordinal);
        return set.Count(parties.Contains) >= 2;
    }

    /// <summary>
    /// The story's main parties: entities that take part, two or more together, in talks, agreements or meetings
    /// ("Veltria and Lestria held talks") in at least two reports (in the one report of a single-report story).
    /// </summary>
    private static HashSet<string> MainParties(List<ClauseClaim> items, int reports)
    {
        var docsOf = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var c in items.Where(c => Symmetric.Contains(c.Predicate)))
        {
            var set = Participants(c);
            set.UnionWith(c.Involved);
            if (set.Count < 2)
            {
                continue;
            }
            foreach (var e in set)
            {
                if (!docsOf.TryGetValue(e, out var docs))
                {
                    docsOf[e] = docs = [];
                }
                docs.Add(c.Doc);
            }
        }
        int least = Math.Min(2, reports);
        return docsOf.Where(kv => kv.Value.Count >= least).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> Participants(ClauseClaim c)
    {
        var set = new HashSet<string>(c.Actors, StringComparer.Ordinal);
        set.UnionWith(c.Objects.Where(o => o[0] == '@'));
        return set;
    }

    /// <summary>The clause closest to all others in its claim: the wording the outlets share most.</summary>
    private static ClauseClaim Medoid(List<int> members, List<ClauseClaim> items, Dictionary<(int, int), double> score) =>
        items[members.OrderByDescending(m => members.Where(o => o != m).Sum(o => score.GetValueOrDefault((Math.Min(m, o), Math.Max(m, o)))))
            .ThenBy(m => items[m].Words)
            .First()];

    /// <summary>
    /// The outcome, format, scope, mediator and place of the story's event that two or more reports give alike
    /// (<see cref="ConflictFinder.Agreements"/>), as claims, unless one aligned clause claim already holds every phrase.
    /// </summary>
    private static IEnumerable<Claim> AgreementClaims(IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf,
        IReadOnlyList<Claim> clauseClaims, SourceIndependence independence)
    {
        var byId = docs.ToDictionary(d => d.Article.Id, StringComparer.Ordinal);
        foreach (var agreement in ConflictFinder.Agreements(docs, entityOf))
        {
            if (clauseClaims.Any(c => Holds(c, agreement.Evidence)))
            {
                continue;
            }
            // Each report's phrase in the sentence it fills most: the sentence that states it, not one that mentions it
            // on the way to something else ("the round of indirect talks was split into two stages").
            var evidence = agreement.Evidence.GroupBy(e => e.Article)
                .Select(g => g.MaxBy(e => SentenceFill(byId[e.Article], e.Span))!).ToList();
            // A place's value is its story entity, as in the clause claims' where-parts (its name when it is none).
            var parts = evidence.Select(e => new ClaimPart(byId[e.Article].Slice(e.Span), e)
            {
                Value = agreement.Kind == ConflictFinder.AgreementKind.Place ? EntityAt(docs, entityOf, e) ?? agreement.Value : agreement.Value,
            }).ToList();
            yield return SharedClaim(docs, evidence, independence, agreement.Kind switch
            {
                ConflictFinder.AgreementKind.Place => new ClaimParts { Where = parts },
                ConflictFinder.AgreementKind.Outcome => new ClaimParts { Result = parts[0] },
                ConflictFinder.AgreementKind.Mediator => new ClaimParts { Who = parts[0] },
                _ => new ClaimParts(),
            });
        }
    }

    /// <summary>The story entity of the mention that spans the evidence, or null.</summary>
    private static string? EntityAt(IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf, Evidence evidence)
    {
        for (int d = 0; d < docs.Count; d++)
        {
            if (docs[d].Article.Id != evidence.Article)
            {
                continue;
            }
            for (int m = 0; m < docs[d].Mentions.Count; m++)
            {
                if (docs[d].Mentions[m].Span.Contains(evidence.Span) && entityOf.TryGetValue((d, m), out var id))
                {
                    return id;
                }
            }
        }
        return null;
    }

    /// <summary>Whether a claim's evidence already holds every one of the phrases.</summary>
    internal static bool Holds(Claim claim, IEnumerable<Evidence> phrases) =>
        phrases.All(f => claim.Evidence.Any(e => e.Article == f.Article && e.Span.Contains(f.Span)));

    /// <summary>
    /// A claim several reports state, each in a phrase of its own words (a figure, the outcome or place of the
    /// event), worded by the sentence its phrase fills most ("The talks lasted almost nine hours."), not one that
    /// tells more besides it.
    /// </summary>
    internal static Claim SharedClaim(IReadOnlyList<Doc> docs, IReadOnlyList<Evidence> phrases, SourceIndependence independence, ClaimParts parts)
    {
        var byId = docs.ToDictionary(d => d.Article.Id, StringComparer.Ordinal);
        var tightest = phrases.MaxBy(e => SentenceFill(byId[e.Article], e.Span))!;
        var doc = byId[tightest.Article];
        var articles = phrases.Select(e => e.Article).Distinct(StringComparer.Ordinal).ToList();
        return new Claim
        {
            Text = CleanSentence(doc.Slice(StoryAnalyzer.SentenceOf(doc, tightest.Span))),
            Articles = articles,
            Status = independence.IndependentCount(articles) >= 2 ? ClaimStatus.Corroborated : ClaimStatus.SingleSource,
            Evidence = phrases,
            Parts = parts,
        };
    }

    /// <summary>How much of its sentence a phrase fills (a claim is worded by the sentence its phrase fills most).</summary>
    private static double SentenceFill(Doc doc, TextSpan phrase) => (double)phrase.Length / StoryAnalyzer.SentenceOf(doc, phrase).Length;

    internal static string CleanSentence(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimStart('*', '-', ' ');

    private static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
