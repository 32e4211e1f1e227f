namespace Parallax.Text;

/// <summary>
/// The English (Porter2) stemmer of the Snowball project, written from its published description
/// (snowballstem.org/algorithms/english/stemmer.html): every inflection of a word, and most of its derivations, get one
/// stem ("missile", "missiles" → "missil"; "negotiate", "negotiations", "negotiating" → "negoti"), while words the
/// rules would wrongly merge are kept apart by its exception lists ("news" is not "new", "gener-" and "commun-" keep
/// their full first syllables).
/// </summary>
public static class EnglishStemmer
{
    /// <summary>Words the rules would get wrong, with their stems (the algorithm's first exception list).</summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie", ["idly"] = "idl",
        ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias",
        ["andes"] = "andes",
    };

    /// <summary>Words left as they are once step 1a has run (the algorithm's second exception list).</summary>
    private static readonly HashSet<string> AfterStep1a = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    /// <summary>
    /// The stem of a lower-case word. Words of other characters than a-z, apostrophes and hyphens (figures, "u.s.")
    /// and words of one or two letters are returned as they are.
    /// </summary>
    public static string Stem(string word) => Run(word, derivations: true);

    /// <summary>
    /// The stem of a lower-case word with its inflections only undone: the algorithm's steps for possessives, plurals,
    /// -ed and -ing, a final y and a final e (steps 0, 1a, 1b, 1c and 5), without its derivational steps 2 to 4, so
    /// "missiles", "missile" → "missil" and "negotiated", "negotiating" → "negotiat" but "negotiation" stays apart,
    /// as "organization" from "organ" and "university" from "universe".
    /// </summary>
    public static string StemInflections(string word) => Run(word, derivations: false);

    private static string Run(string word, bool derivations)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z' or '\'' or '-'))
        {
            return word;
        }
        var w = word.StartsWith('\'') ? word[1..] : word;
        if (Exceptions.TryGetValue(w, out var exception))
        {
            return exception;
        }
        if (w.Length <= 2)
        {
            return w;
        }
        var s = new Word(w);
        s.Step0();
        s.Step1a();
        if (AfterStep1a.Contains(s.Text))
        {
            return s.Text;
        }
        s.Step1b();
        s.Step1c();
        if (derivations)
        {
            s.Step2();
            s.Step3();
            s.Step4();
        }
        s.Step5();
        return s.Text.Replace('Y', 'y');
    }

    /// <summary>A word being stemmed: its letters (a y that acts as a consonant written Y) and its regions R1 and R2.</summary>
    private sealed class Word
    {
        private readonly System.Text.StringBuilder _b;
        private readonly int _r1;
        private readonly int _r2;

        public Word(string w)
        {
            _b = new System.Text.StringBuilder(w);
            // A y at the start or after a vowel is a consonant.
            for (int i = 0; i < _b.Length; i++)
            {
                if (_b[i] == 'y' && (i == 0 || IsVowel(_b[i - 1])))
                {
                    _b[i] = 'Y';
                }
            }
            var text = _b.ToString();
            _r1 = text.StartsWith("gener", StringComparison.Ordinal) ? 5
                : text.StartsWith("commun", StringComparison.Ordinal) ? 6
                : text.StartsWith("arsen", StringComparison.Ordinal) ? 5
                : RegionAfter(text, 0);
            _r2 = RegionAfter(text, _r1);
        }

        public string Text => _b.ToString();

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

        /// <summary>The position after the first non-vowel that follows a vowel, from <paramref name="from"/> on; the end if none.</summary>
        private static int RegionAfter(string text, int from)
        {
            for (int i = from + 1; i < text.Length; i++)
            {
                if (!IsVowel(text[i]) && IsVowel(text[i - 1]))
                {
                    return i + 1;
                }
            }
            return text.Length;
        }

        private bool EndsWith(string suffix) =>
            _b.Length >= suffix.Length && _b.ToString(_b.Length - suffix.Length, suffix.Length) == suffix;

        /// <summary>The longest of the suffixes the word ends with, or null.</summary>
        private string? Longest(IEnumerable<string> suffixes)
        {
            string? best = null;
            foreach (var s in suffixes)
            {
                if ((best is null || s.Length > best.Length) && EndsWith(s))
                {
                    best = s;
                }
            }
            return best;
        }

        private int Start(string suffix) => _b.Length - suffix.Length;

        private void Replace(string suffix, string by)
        {
            _b.Length -= suffix.Length;
            _b.Append(by);
        }

        private bool HasVowelBefore(int end)
        {
            for (int i = 0; i < end; i++)
            {
                if (IsVowel(_b[i]))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether the letters up to <paramref name="end"/> end in a short syllable: a non-vowel, a vowel and a non-vowel
        /// other than w, x or Y; or, at the word's start, a vowel and a non-vowel.
        /// </summary>
        private bool EndsInShortSyllable(int end)
        {
            if (end >= 3 && !IsVowel(_b[end - 3]) && IsVowel(_b[end - 2]) && !IsVowel(_b[end - 1]) && _b[end - 1] is not ('w' or 'x' or 'Y'))
            {
                return true;
            }
            return end == 2 && IsVowel(_b[0]) && !IsVowel(_b[1]);
        }

        /// <summary>A word is short when it ends in a short syllable and R1 is empty.</summary>
        private bool IsShort => _r1 >= _b.Length && EndsInShortSyllable(_b.Length);

        /// <summary>Step 0: the possessive endings ', 's and 's'.</summary>
        public void Step0()
        {
            if (Longest(["'s'", "'s", "'"]) is { } s)
            {
                Replace(s, "");
            }
        }

        /// <summary>Step 1a: plurals (sses → ss; ied, ies → i or ie; s deleted after a vowel that is not just before it).</summary>
        public void Step1a()
        {
            switch (Longest(["sses", "ied", "ies", "us", "ss", "s"]))
            {
                case "sses":
                    Replace("sses", "ss");
                    break;
                case "ied" or "ies":
                    Replace("ies", _b.Length > 4 ? "i" : "ie");
                    break;
                case "s" when HasVowelBefore(_b.Length - 2):
                    Replace("s", "");
                    break;
            }
        }

        /// <summary>Step 1b: past and progressive endings (eed, eedly → ee in R1; ed, edly, ing, ingly deleted after a vowel, then tidied).</summary>
        public void Step1b()
        {
            var s = Longest(["eed", "eedly", "ed", "edly", "ing", "ingly"]);
            if (s is null)
            {
                return;
            }
            if (s is "eed" or "eedly")
            {
                if (Start(s) >= _r1)
                {
                    Replace(s, "ee");
                }
                return;
            }
            if (!HasVowelBefore(Start(s)))
            {
                return;
            }
            Replace(s, "");
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                _b.Append('e');
            }
            else if (_b.Length >= 2 && _b[^1] == _b[^2] && _b[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
            {
                _b.Length--;
            }
            else if (IsShort)
            {
                _b.Append('e');
            }
        }

        /// <summary>Step 1c: a final y or Y after a non-vowel that is not the first letter becomes i.</summary>
        public void Step1c()
        {
            if (_b.Length > 2 && _b[^1] is 'y' or 'Y' && !IsVowel(_b[^2]))
            {
                _b[^1] = 'i';
            }
        }

        private static readonly (string Suffix, string By)[] Step2Rules =
        [
            ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"),
            ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"),
            ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"),
            ("biliti", "ble"), ("bli", "ble"), ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
        ];

        /// <summary>Step 2: derivational endings in R1 (ization → ize, ational → ate, fulness → ful, ...).</summary>
        public void Step2()
        {
            var s = Longest(Step2Rules.Select(r => r.Suffix));
            if (s is null || Start(s) < _r1)
            {
                return;
            }
            if (s == "ogi" && (Start(s) == 0 || _b[Start(s) - 1] != 'l'))
            {
                return;
            }
            if (s == "li" && (Start(s) == 0 || _b[Start(s) - 1] is not ('c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')))
            {
                return;
            }
            Replace(s, Step2Rules.First(r => r.Suffix == s).By);
        }

        private static readonly (string Suffix, string By)[] Step3Rules =
        [
            ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
            ("ful", ""), ("ness", ""), ("ative", ""),
        ];

        /// <summary>Step 3: more derivational endings in R1 (alize → al, ical → ic, ful and ness deleted; ative deleted in R2).</summary>
        public void Step3()
        {
            var s = Longest(Step3Rules.Select(r => r.Suffix));
            if (s is null || Start(s) < _r1 || s == "ative" && Start(s) < _r2)
            {
                return;
            }
            Replace(s, Step3Rules.First(r => r.Suffix == s).By);
        }

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive",
            "ize", "ion",
        ];

        /// <summary>Step 4: endings deleted in R2 (ance, ement, ism, ...; ion after s or t).</summary>
        public void Step4()
        {
            var s = Longest(Step4Suffixes);
            if (s is null || Start(s) < _r2)
            {
                return;
            }
            if (s == "ion" && (Start(s) == 0 || _b[Start(s) - 1] is not ('s' or 't')))
            {
                return;
            }
            Replace(s, "");
        }

        /// <summary>Step 5: a final e in R2, or in R1 after no short syllable, and the second l of a final ll in R2, deleted.</summary>
        public void Step5()
        {
            int last = _b.Length - 1;
            if (_b[last] == 'e' && (last >= _r2 || last >= _r1 && !EndsInShortSyllable(last)))
            {
                _b.Length--;
            }
            else if (_b[last] == 'l' && last >= _r2 && last > 0 && _b[last - 1] == 'l')
            {
                _b.Length--;
            }
        }
    }
}
