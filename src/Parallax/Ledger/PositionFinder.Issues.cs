using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

public static partial class PositionFinder
{
    /// <summary>
    /// Words that do not name an issue by themselves: too general ("matter", "agenda"), measures taken on an issue
    /// ("curbs on", "the lifting of", "relief"), light heads ("missile programme", "nuclear file"), the talks
    /// themselves, and times. The issue is then the phrase's other word or the phrase after "of"/"on".
    /// </summary>
    private static readonly HashSet<string> Light = [.. new[]
    {
        "talk", "talks", "side", "issue", "matter", "thing", "way", "part", "time", "agenda", "position", "concession", "broad", "broader",
        "wide", "wider", "full", "strict", "clear", "new", "further", "continue", "resume", "hold", "prerequisite", "verifiable",
        "curb", "limit", "restriction", "lifting", "removal", "elimination", "end", "halt", "freeze", "recognition", "relief",
        "demand", "concern", "step", "point", "area", "question", "need", "program", "programme", "file", "activity",
        "capability", "capabilities", "policy", "policies", "development", "support", "cooperation", "deal", "agreement",
        "negotiation", "discussion", "topic", "table", "country", "nation", "party", "week", "month", "year", "day", "hour",
        "evening", "morning", "night", "other", "exchange", "sign", "excessive", "meaningful", "tangible", "central",
        "consistent", "firm", "current", "future", "possible", "equation", "principle",
        "interest", "view", "approach", "decision", "process", "outcome", "result", "progress", "meeting", "round", "session",
        "hundred", "thousand", "dozen", "lack", "people", "switch", "introduction", "transition", "move", "return", "use",
        "deadline", "date", "timetable", "schedule", "such", "own", "same", "many", "several", "few", "more", "most", "much",
        "whole", "only", "main", "course", "sake", "statement", "interview", "remark", "conference", "briefing",
        "notion", "idea", "problem", "fact", "reality", "something", "anything", "everything", "nothing",
        "refusal", "willingness", "readiness", "effort", "attempt", "intention", "failure", "focus", "yesterday", "tomorrow", "tonight",
    }.SelectMany(w => new[] { Key(w), Key(w + "s"), Key(w + "es") })];

    /// <summary>A word's concept with a plural "s" and a final "e" taken off, so "missiles"/"missile" and "jobs"/"job" meet.</summary>
    private static string Key(string word)
    {
        var c = Normalize.Concept(word);
        if (c.Length > 3 && c[^1] == 's' && c[^2] != 's')
        {
            c = c[..^1];
        }
        return c.Length > 3 && c[^1] == 'e' ? c[..^1] : c;
    }

    /// <summary>The issues of a statement, keyed so that different reports' wordings of one issue meet.</summary>
    private sealed class Issues
    {
        private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
        private readonly HashSet<string> _notIssues;
        private readonly int _reports;

        public Issues(IReadOnlyList<Doc> docs, IEnumerable<string> partyWords)
        {
            _reports = docs.Count;
            foreach (var doc in docs)
            {
                foreach (var w in Normalize.ContentWords(doc.Article.Body).Select(Key).Distinct(StringComparer.Ordinal))
                {
                    _frequency[w] = _frequency.GetValueOrDefault(w) + 1;
                }
            }
            _notIssues = [.. Light, .. partyWords.SelectMany(w => new[] { Key(w), Key(w + "s") })];
        }

        /// <summary>The discussed words of an issue label that name an issue ("deadline for cranes at the container terminal": crane, container, terminal).</summary>
        public HashSet<string> Words(string label) =>
            [.. Normalize.Words(label).Select(Key).Where(c => !_notIssues.Contains(c) && Discussed(c))];

        /// <summary>A word is discussed in the story when at least two of its reports use it (every word of a one-report story).</summary>
        private bool Discussed(string concept) => _frequency.GetValueOrDefault(concept) >= Math.Min(2, _reports);

        /// <summary>
        /// The issues of a statement: its first noun phrase (adjectives and common nouns ending in a noun; names aside)
        /// that names an issue the story discusses, else the first that names anything, and the phrases listed with it
        /// ("ballistic missiles, nuclear program and regional sponsorship of ..."), at most
        /// <see cref="MaxIssuesPerStatement"/>. A phrase takes its prepositional phrases with it ("curbs on uranium
        /// enrichment" is one); a verb or any other word ends the list. The key of a phrase is its last discussed word
        /// that names an issue, or the prepositional phrase's when its head is a measure ("the lifting of sanctions").
        /// </summary>
        public List<(string Key, string Label)> Of(Doc doc, TextSpan statement, bool discussedOnly = false)
        {
            if (doc.PartOfSpeech.Count != doc.Tokens.Count || doc.Tokens.Count == 0)
            {
                return [];
            }
            var runs = new List<List<int>>();
            var links = new List<Link>();
            var run = new List<int>();
            var glue = Link.None;
            void Close()
            {
                while (run.Count > 0 && doc.PartOfSpeech[run[^1]] is not ("NN" or "NNS"))
                {
                    run.RemoveAt(run.Count - 1);
                }
                if (run.Count > 0)
                {
                    links.Add(glue);
                    runs.Add([.. run]);
                    glue = Link.None;
                }
                run.Clear();
            }
            // The tokens inside the statement: from the first starting in it to the last ending in it.
            for (int t = doc.FirstTokenAtOrAfter(statement.Start); t < doc.Tokens.Count && doc.Tokens[t].Span.End <= statement.End; t++)
            {
                var word = doc.Slice(doc.Tokens[t].Span);
                bool part = doc.PartOfSpeech[t] is "JJ" or "JJR" or "JJS" or "NN" or "NNS" && word.All(c => char.IsLetter(c) || c == '-') && !char.IsUpper(word[0]);
                if (part)
                {
                    run.Add(t);
                    continue;
                }
                Close();
                var kind = Glue(Normalize.Fold(word), doc.PartOfSpeech[t], word);
                glue = (Link)Math.Max((int)glue, (int)kind);
            }
            Close();

            var phrases = new List<(int First, int Last, string? Key, bool Discussed, Link Before)>();
            for (int r = 0; r < runs.Count; r++)
            {
                if (links[r] == Link.Attach && phrases.Count > 0)
                {
                    var p = phrases[^1];
                    phrases[^1] = (p.First, r, p.Key, p.Discussed, p.Before);
                }
                else
                {
                    phrases.Add((r, r, null, false, links[r]));
                }
            }
            for (int i = 0; i < phrases.Count; i++)
            {
                var (key, discussed) = KeyOf(doc, runs, phrases[i].First, phrases[i].Last);
                phrases[i] = (phrases[i].First, phrases[i].Last, key, discussed, phrases[i].Before);
            }
            int first = phrases.FindIndex(p => p.Discussed);
            if (first < 0 && !discussedOnly)
            {
                first = phrases.FindIndex(p => p.Key is not null);
            }
            var result = new List<(string Key, string Label)>();
            for (int i = first; i >= 0 && i < phrases.Count && result.Count < MaxIssuesPerStatement; i++)
            {
                if (i > first && phrases[i].Before is not (Link.Coordinate or Link.Resume))
                {
                    break;
                }
                if (phrases[i].Key is { } key && (i == first || phrases[i].Discussed) && !result.Any(x => x.Key == key))
                {
                    var label = doc.Text[doc.Tokens[runs[phrases[i].First][0]].Span.Start..doc.Tokens[runs[phrases[i].Last][^1]].Span.End];
                    result.Add((key, ClaimAligner.CleanSentence(label).Replace("\u201C", "", StringComparison.Ordinal)
                        .Replace("\u201D", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal).ToLowerInvariant()));
                }
            }
            return result;
        }

        /// <summary>The key of the phrase made of runs first..last (a noun phrase and its prepositional phrases), and whether the story discusses it.</summary>
        private (string? Key, bool Discussed) KeyOf(Doc doc, List<List<int>> runs, int first, int last)
        {
            List<string> Concepts(int r) => [.. runs[r].Select(t => Key(Normalize.Fold(doc.Slice(doc.Tokens[t].Span))))];
            bool lightHead = _notIssues.Contains(Concepts(first)[^1]);
            var order = lightHead ? Enumerable.Range(first + 1, last - first).Append(first) : Enumerable.Range(first, last - first + 1);
            foreach (var r in order)
            {
                if (Concepts(r).Where(c => !_notIssues.Contains(c)).LastOrDefault(Discussed) is { } key)
                {
                    return (key, true);
                }
            }
            foreach (var r in order)
            {
                if (Concepts(r).LastOrDefault(c => !_notIssues.Contains(c)) is { } key)
                {
                    return (key, false);
                }
            }
            return (null, false);
        }

        /// <summary>How a word between two noun phrases links them: not at all (a verb ends the list), as a list, or as a prepositional phrase.</summary>
        private static Link Glue(string word, string tag, string original)
        {
            // "other demands it has often made, including pay rises": examples of what was named resume the list.
            if (word == "including")
            {
                return Link.Resume;
            }
            if (word is "," or "and" or "or" or "nor" or "with" or "alongside" or "encompassing" or "plus" or "such" or "as" or "well")
            {
                return Link.Coordinate;
            }
            if (word is "of" or "for" or "on" or "to" or "at" or "in" or "from" or "over" or "about" or "against" or "into" or "toward" or "towards")
            {
                return Link.Attach;
            }
            bool neutral = tag is "DT" or "PRP$" or "POS" or "CD" or "NNP" or "NNPS" || !original.Any(char.IsLetterOrDigit) ||
                word is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "any" or "all" or "some" or "every" or "each" ||
                char.IsUpper(original[0]) && tag is not ("VB" or "VBD" or "VBZ" or "VBP" or "VBG" or "VBN" or "MD");
            return neutral ? Link.None : Link.Stop;
        }
    }

    /// <summary>What lies between two noun phrases, the strongest kind winning: "including" over a stop over a list over a prepositional phrase.</summary>
    private enum Link
    {
        None,
        Attach,
        Coordinate,
        Stop,
        Resume,
    }
}
